import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { spawn } from "node:child_process";
import { databaseProvider, prisma, readRows } from "~/utils/db.server";

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

  test("transactions that read first and write later in two processes wait for each other instead of failing", async () => {
    // Each process reads, holds its transaction 300 ms, then writes. With a deferred BEGIN the second writer found
    // its snapshot outdated and failed at once (SQLITE_BUSY_SNAPSHOT: 16 of 200 simultaneous sign-ups answered
    // 500); with BEGIN IMMEDIATE it waits for the first (busy timeout).
    const key = `read-then-write-${Date.now()}`;
    const children = [1, 2].map(() => spawn("node", ["--import", "tsx", "tests/integration/read-then-write.script.ts", key, "300"], { env: { ...process.env, JOBS: "off" } }));
    const outputs = children.map((child) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
      return {
        ready: new Promise<void>((resolve) => child.stdout.on("data", () => out.includes("ready") && resolve())),
        done: new Promise<string>((resolve) => child.on("exit", () => resolve(out.replace("ready", "").trim()))),
      };
    });
    await Promise.all(outputs.map((output) => output.ready));
    for (const child of children) child.stdin.write("go\n");
    expect(await Promise.all(outputs.map((output) => output.done))).toEqual(["written", "written"]);
    expect(await prisma.rateLimitEvent.count({ where: { key } })).toBe(2);
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

// The hot reads of every signed-in page (readRows, past the client's query engine), on each database the suite runs on.
describe("readRows", () => {
  test("gives dates as Dates, booleans as booleans, counts and whole numbers as numbers, and nothing as null", async () => {
    const at = new Date("2026-05-17T14:03:21.456Z");
    const name = `Rijen ${Date.now()}`;
    const user = await prisma.user.create({
      data: { displayName: name, deletedAt: at, activitySettings: { create: { calendarToken: `rijen-${Date.now()}`, digest: true, reminders: false } } },
    });
    const [row] = await readRows<Record<string, unknown>>`
      SELECT u."displayName", u."deletedAt", u."email", s."digest", s."reminders", s."digestSentAt",
        (SELECT COUNT(*) FROM "User" WHERE "displayName" = ${name}) AS "named"
      FROM "User" u JOIN "ActivitySettings" s ON s."userId" = u."id"
      WHERE u."id" = ${user.id}`;
    expect(row).toEqual({ displayName: name, deletedAt: at, email: null, digest: true, reminders: false, digestSentAt: null, named: 1 });
    expect(row?.deletedAt).toBeInstanceOf(Date);
  });

  test("binds each value: a date compares as a date, text with quotes is only text", async () => {
    const at = new Date("2026-06-01T08:00:00.000Z");
    const name = `O'Brien"; DROP TABLE "User"; -- ${Date.now()}`;
    await prisma.user.create({ data: { displayName: name, deletedAt: at } });
    const before = await readRows<{ displayName: string }>`
      SELECT "displayName" FROM "User" WHERE "displayName" = ${name} AND "deletedAt" < ${new Date(at.getTime() + 1)}`;
    const after = await readRows<{ displayName: string }>`
      SELECT "displayName" FROM "User" WHERE "displayName" = ${name} AND "deletedAt" > ${at}`;
    expect(before).toEqual([{ displayName: name }]);
    expect(after).toEqual([]);
  });

  test("opens the connection again after the client closed it", async () => {
    await prisma.$disconnect();
    const [row] = await readRows<{ one: number }>`SELECT 1 AS "one"`;
    expect(row).toEqual({ one: 1 });
    expect(await prisma.user.count()).toBeGreaterThan(0);
  });
});
