// Backups of a SQLite database, for `npm run backup` and `npm run restore` (prisma/backup.ts, prisma/restore.ts).
// A backup is taken with VACUUM INTO: one read transaction, so the copy is the database as it was at one moment,
// while the app (in WAL mode) goes on writing. A plain file copy of a database in use can be torn.
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Backup files are named by their UTC time, so sorting by name sorts by date: warme-buurt-20261129T030000Z.db */
export const backupNamePattern = /^warme-buurt-\d{8}T\d{6}Z\.db$/;

/** What a restore or a backup refuses to do, said so that the person running it knows what to do next. */
export class BackupError extends Error {}

export function backupFileName(at: Date) {
  return `warme-buurt-${at.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z.db`;
}

/** The file of a `file:` DATABASE_URL, as the app's adapter reads it (relative to the working directory). */
export function sqliteFileOf(databaseUrl: string) {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new BackupError("DATABASE_URL points at PostgreSQL: use pg_dump and pg_restore (README, Backups).");
  }
  return databaseUrl.replace(/^file:/, "");
}

type Migration = { name: string; checksum: string };

/** The migrations this code brings: Prisma stores the SHA-256 of each migration.sql as its checksum. */
export function codeMigrations(migrationsDir = path.join("prisma", "migrations")): Migration[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => ({
      name: entry.name,
      checksum: createHash("sha256").update(readFileSync(path.join(migrationsDir, entry.name, "migration.sql"))).digest("hex"),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type CheckedDatabase = { migrations: number; lastMigration: string; sizeBytes: number };

/**
 * Is this file a sound Warme Buurt database at the same migration level as this code? Throws a BackupError that
 * says what is wrong: damaged pages, not a database, made by a newer or older version.
 */
export function checkDatabaseFile(file: string, expected: Migration[] = codeMigrations()): CheckedDatabase {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as a SQLite database (${String(error)}).`);
  }
  try {
    let integrity: string[];
    try {
      integrity = db.prepare<[], { integrity_check: string }>("PRAGMA integrity_check").all().map((row) => row.integrity_check);
    } catch (error) {
      throw new BackupError(`${file} is not a usable SQLite database (${String(error)}).`);
    }
    if (integrity.join() !== "ok") {
      throw new BackupError(`${file} is damaged (PRAGMA integrity_check): ${integrity.slice(0, 3).join("; ")}`);
    }
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasTable) throw new BackupError(`${file} is not a Warme Buurt database: it has no _prisma_migrations table.`);
    const rows = db
      .prepare<[], Migration & { finishedAt: string | null }>(
        "SELECT migration_name AS name, checksum, finished_at AS finishedAt FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name",
      )
      .all();
    const unfinished = rows.find((row) => row.finishedAt === null);
    if (unfinished) throw new BackupError(`${file} holds a migration that did not finish (${unfinished.name}): it was taken during a failed upgrade.`);
    compareMigrations(rows, expected);
    const last = expected[expected.length - 1]?.name ?? "";
    return { migrations: rows.length, lastMigration: last, sizeBytes: statSync(file).size };
  } finally {
    db.close();
  }
}

function compareMigrations(found: Migration[], expected: Migration[]) {
  const known = new Map(expected.map((migration) => [migration.name, migration.checksum]));
  const foundNames = new Set(found.map((migration) => migration.name));
  const newer = found.filter((migration) => !known.has(migration.name)).map((migration) => migration.name);
  if (newer.length > 0) {
    throw new BackupError(
      `The backup is newer than this code: it has migration ${newer.join(", ")}, which this version of Warme Buurt does not know. ` +
        "Restore it with the version that made it (or a later one).",
    );
  }
  const missing = expected.filter((migration) => !foundNames.has(migration.name)).map((migration) => migration.name);
  if (missing.length > 0) {
    const lastFound = found[found.length - 1]?.name ?? "none";
    throw new BackupError(
      `The backup is older than this code: it lacks migration ${missing.join(", ")} (its last one is ${lastFound}). ` +
        "Restore it with the version that made it, then upgrade as usual (npm ci, npx prisma migrate deploy, see README).",
    );
  }
  const changed = found.filter((migration) => known.get(migration.name) !== migration.checksum).map((migration) => migration.name);
  if (changed.length > 0) {
    throw new BackupError(`The backup's migration ${changed.join(", ")} differs from this code's: it comes from another branch of Warme Buurt.`);
  }
}

/** Writes a file's data to disk before it is renamed into place: a backup must survive a power cut. */
function syncToDisk(file: string) {
  const fd = openSync(file, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A consistent copy of the live database in `dir`, named by date, checked, then the oldest backups beyond `keep`
 * removed. Safe while the app serves: VACUUM INTO reads one snapshot and writers (WAL mode) are not held up.
 */
export function backupSqlite({ source, dir, keep, now = new Date() }: { source: string; dir: string; keep: number; now?: Date }) {
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source} (DATABASE_URL).`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupFileName(now));
  if (existsSync(file)) throw new BackupError(`${file} already exists: one backup per second at most.`);
  // Hidden and without the .db name until it is complete and checked: keep-last-N only counts finished backups.
  const partial = path.join(dir, `.${path.basename(file)}.partial`);
  rmSync(partial, { force: true });
  // fileMustExist: a wrong path must not create an empty database; the busy timeout covers a checkpoint in progress.
  const db = new Database(source, { fileMustExist: true, timeout: 5_000 });
  try {
    db.prepare("VACUUM INTO ?").run(partial);
  } finally {
    db.close();
  }
  try {
    const checked = checkDatabaseFile(partial);
    syncToDisk(partial);
    renameSync(partial, file);
    const removed = pruneBackups(dir, keep);
    return { file, removed, ...checked };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Removes all but the newest `keep` backups in `dir`; returns the removed files. */
export function pruneBackups(dir: string, keep: number) {
  const backups = readdirSync(dir)
    .filter((name) => backupNamePattern.test(name))
    .sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep)).map((name) => path.join(dir, name));
  for (const file of old) rmSync(file);
  return old;
}

/**
 * Puts a checked backup in place of the database at `target`. Refuses while anything has the database open (the
 * app must be stopped); the database it replaces is kept next to it, renamed, so a mistaken restore can be undone.
 */
export function restoreSqlite({ backup, target, now = new Date() }: { backup: string; target: string; now?: Date }) {
  const checked = checkDatabaseFile(backup);
  for (const suffix of ["-wal", "-shm", "-journal"]) {
    if (existsSync(`${target}${suffix}`) && !existsSync(target)) {
      throw new BackupError(`${target}${suffix} exists without its database: move it away first.`);
    }
  }
  // Copied next to the target (same disk), checked again, then renamed: the target is never half written.
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  copyFileSync(backup, incoming);
  try {
    checkDatabaseFile(incoming);
    syncToDisk(incoming);
    let previous: string | null = null;
    if (existsSync(target)) {
      assertNotInUse(target);
      previous = `${target}.before-restore-${backupFileName(now).replace(/^warme-buurt-|\.db$/g, "")}`;
      renameSync(target, previous);
    }
    renameSync(incoming, target);
    return { target, previous, ...checked };
  } finally {
    rmSync(incoming, { force: true });
  }
}

/**
 * The app keeps its database open in WAL mode; leaving WAL mode needs the only connection, so SQLite answers
 * "database is locked" while the app (or anything else) has it open. Leaving WAL also folds the -wal file into the
 * database, so it is complete when it is set aside.
 */
function assertNotInUse(target: string) {
  const db = new Database(target, { fileMustExist: true, timeout: 0 });
  try {
    const mode = db.pragma("journal_mode = DELETE", { simple: true });
    if (mode !== "delete") throw new Error(`journal mode stayed ${String(mode)}`);
  } catch (error) {
    throw new BackupError(`${target} is in use (${error instanceof Error ? error.message : String(error)}): stop the app first (e.g. systemctl stop warme-buurt), then restore again.`);
  } finally {
    db.close();
  }
}
