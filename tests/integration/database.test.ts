import { expect, test } from "vitest";
import { prisma } from "~/utils/db.server";

test("the app's database runs in WAL mode so readers do not wait for writers", async () => {
  await prisma.user.count();
  const rows = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  expect(rows[0]?.journal_mode).toBe("wal");
});

test("the busy timeout lets a second connection wait for the write lock", async () => {
  const rows = await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
  expect(Number(rows[0]?.timeout)).toBe(5000);
});
