// npm run backup / npm run restore on SQLite (prisma/sqlite-backup.ts): what a backup holds, how many are kept, and
// every backup a restore must refuse. The backup taken while people sign up on the running app is an end-to-end
// test (tests/e2e/backup-restore.spec.ts). PostgreSQL deployments use pg_dump (README, Backups).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { providerOf } from "~/utils/database-url";
import { BackupError, backupSqlite, checkDatabaseFile, restoreSqlite, sqliteFileOf } from "#prisma/sqlite-backup";

const databaseUrl = process.env.DATABASE_URL ?? "";
let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "warme-buurt-backup-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** This worker's migrated database with one person in it, as a file of its own in `dir`. */
function liveDatabase() {
  const file = path.join(dir, "live.db");
  copyFileSync(sqliteFileOf(databaseUrl), file);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.prepare("INSERT INTO User (id, displayName, locale, createdAt, updatedAt) VALUES ('backup-test', 'Back-up', 'nl', 0, 0)").run();
  db.close();
  return file;
}

function editCopy(source: string, name: string, sql: string) {
  const file = path.join(dir, name);
  copyFileSync(source, file);
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

describe.runIf(providerOf(databaseUrl) === "sqlite")("backups of a SQLite database", () => {
  test("a backup is a checked copy named by date; only the newest BACKUP_KEEP stay", () => {
    const live = liveDatabase();
    const backups = path.join(dir, "backups");
    const made = ["2026-11-27T03:00:00Z", "2026-11-28T03:00:00Z", "2026-11-29T03:00:00Z"].map((at) =>
      backupSqlite({ source: live, dir: backups, keep: 2, now: new Date(at) }),
    );
    expect(made.map((backup) => path.basename(backup.file))).toEqual([
      "warme-buurt-20261127T030000Z.db",
      "warme-buurt-20261128T030000Z.db",
      "warme-buurt-20261129T030000Z.db",
    ]);
    expect(made[2]?.removed).toEqual([made[0]?.file]);
    expect(readdirSync(backups).sort()).toEqual(["warme-buurt-20261128T030000Z.db", "warme-buurt-20261129T030000Z.db"]);
    const copy = new Database(made[2]?.file ?? "", { readonly: true });
    expect(copy.prepare("SELECT displayName FROM User WHERE id = 'backup-test'").get()).toEqual({ displayName: "Back-up" });
    copy.close();
    // The live database is untouched and still in WAL mode.
    const db = new Database(live, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  test("a backup refuses a database path that does not exist instead of making an empty one", () => {
    const missing = path.join(dir, "nope", "dev.db");
    expect(() => backupSqlite({ source: missing, dir, keep: 3 })).toThrow(BackupError);
    expect(existsSync(missing)).toBe(false);
  });

  test("restore refuses a damaged file, a file that is not a database, and a database of another version", () => {
    const live = liveDatabase();
    const damaged = path.join(dir, "damaged.db");
    const bytes = readFileSync(live);
    // Overwrite pages in the middle of the file: the header still says SQLite.
    bytes.fill(0x5a, 8192, 8192 + 16384);
    writeFileSync(damaged, bytes);
    expect(() => checkDatabaseFile(damaged)).toThrow(/damaged|not a usable/);

    const text = path.join(dir, "notes.db");
    writeFileSync(text, "not a database ".repeat(500));
    expect(() => checkDatabaseFile(text)).toThrow(/not a usable SQLite database/);

    const stranger = editCopy(live, "stranger.db", "DROP TABLE _prisma_migrations");
    expect(() => checkDatabaseFile(stranger)).toThrow(/not a Warme Buurt database/);

    const newer = editCopy(
      live,
      "newer.db",
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('x', 'abc', '29991231000000_future', 1, 1)",
    );
    expect(() => checkDatabaseFile(newer)).toThrow(/newer than this code: it has migration 29991231000000_future/);

    const older = editCopy(live, "older.db", "DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)");
    expect(() => checkDatabaseFile(older)).toThrow(/older than this code: it lacks migration \d+_\w+/);

    const changed = editCopy(live, "changed.db", "UPDATE _prisma_migrations SET checksum = 'other' WHERE migration_name = (SELECT min(migration_name) FROM _prisma_migrations)");
    expect(() => checkDatabaseFile(changed)).toThrow(/differs from this code's/);

    // None of them got anywhere near the database they would have replaced.
    const target = path.join(dir, "target.db");
    for (const file of [damaged, text, stranger, newer, older, changed]) {
      expect(() => restoreSqlite({ backup: file, target })).toThrow(BackupError);
    }
    expect(existsSync(target)).toBe(false);
  });

  test("restore refuses while the database is open, and otherwise keeps the database it replaces", () => {
    const live = liveDatabase();
    const backup = backupSqlite({ source: live, dir, keep: 5, now: new Date("2026-11-29T03:00:00Z") });
    const target = path.join(dir, "app.db");
    copyFileSync(live, target);
    const app = new Database(target);
    app.pragma("journal_mode = WAL");
    app.prepare("DELETE FROM User WHERE id = 'backup-test'").run();
    expect(() => restoreSqlite({ backup: backup.file, target })).toThrow(/in use .*stop the app first/);
    app.close();

    const restored = restoreSqlite({ backup: backup.file, target, now: new Date("2026-11-29T09:30:00Z") });
    expect(restored.previous).toBe(`${target}.before-restore-20261129T093000Z`);
    const previous = new Database(restored.previous ?? "", { readonly: true });
    expect(previous.prepare("SELECT count(*) AS n FROM User WHERE id = 'backup-test'").get()).toEqual({ n: 0 });
    previous.close();
    const now = new Database(target, { readonly: true });
    expect(now.prepare("SELECT count(*) AS n FROM User WHERE id = 'backup-test'").get()).toEqual({ n: 1 });
    now.close();
  });

  test("npm run restore says in one line why it refuses, and changes nothing", () => {
    const live = liveDatabase();
    const newer = editCopy(
      live,
      "newer.db",
      "INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('x', 'abc', '29991231000000_future', 1, 1)",
    );
    const run = spawnSync("npm", ["run", "-s", "restore", "--", newer], { env: { ...process.env, DATABASE_URL: `file:${live}` }, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Restore refused: The backup is newer than this code: it has migration 29991231000000_future[^\n]*$/);
    const db = new Database(live, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM _prisma_migrations WHERE migration_name = '29991231000000_future'").get()).toEqual({ n: 0 });
    db.close();
  });
});
