import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { databaseProvider, prisma } from "~/utils/db.server";

// The suite runs on SQLite (npm test) and on PostgreSQL (npm run test:postgres); each database has its own settings.
describe.runIf(databaseProvider === "sqlite")("on SQLite", () => {
  test("the app's database runs in WAL mode so readers do not wait for writers", async () => {
    await prisma.user.count();
    const rows = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(rows[0]?.journal_mode).toBe("wal");
  });

  test("a script that makes its own client never opens the default database", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "warme-buurt-default-"));
    const defaultFile = path.join(dir, "dev.db");
    try {
      const run = spawnSync("node", ["--import", "tsx", "tests/integration/other-database.script.ts", process.env.DATABASE_URL ?? ""], {
        env: { ...process.env, DATABASE_URL: `file:${defaultFile}`, NODE_ENV: "development" },
        encoding: "utf8",
      });
      expect(run.stderr).toBe("");
      expect(run.stdout.trim()).toMatch(/^users: \d+$/);
      expect(existsSync(defaultFile)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the busy timeout lets a second connection wait for the write lock", async () => {
    const rows = await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(Number(rows[0]?.timeout)).toBe(5000);
  });
});

describe.runIf(databaseProvider === "postgresql")("on PostgreSQL", () => {
  test("the app talks to PostgreSQL and keeps the milliseconds of a date", async () => {
    const [{ version }] = await prisma.$queryRawUnsafe<[{ version: string }]>("SELECT version()");
    expect(version).toMatch(/^PostgreSQL/);
    const at = new Date("2026-05-17T14:03:21.456Z");
    const user = await prisma.user.create({ data: { displayName: "Databanktest", deletedAt: at } });
    const read = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(read.deletedAt?.toISOString()).toBe(at.toISOString());
  });
});
