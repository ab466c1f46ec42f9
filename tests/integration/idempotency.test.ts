import { describe, expect, test } from "vitest";
import { createUser } from "#tests/fixtures/factories";

const { prisma } = await import("~/utils/db.server");
const { idempotencyKeyFrom, pruneIdempotencyKeys, runOnce } = await import("~/utils/idempotency.server");

let n = 0;
const freshKey = () => `test-key-${Date.now()}-${++n}`;

describe("runOnce", () => {
  test("a replayed key does not change anything again and answers the first outcome", async () => {
    const user = await createUser(prisma, { displayName: "Voor" });
    const key = freshKey();
    const first = await runOnce(key, user.id, (tx) =>
      tx.user.update({ where: { id: user.id }, data: { displayName: "Eerste" }, select: { displayName: true } }),
    );
    const second = await runOnce(key, user.id, (tx) =>
      tx.user.update({ where: { id: user.id }, data: { displayName: "Tweede" }, select: { displayName: true } }),
    );
    expect(first).toEqual({ outcome: { displayName: "Eerste" }, replayed: false });
    expect(second).toEqual({ outcome: { displayName: "Eerste" }, replayed: true });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { displayName: true } });
    expect(stored.displayName).toBe("Eerste");
  });

  test("two replays at the same moment run the change once", async () => {
    const user = await createUser(prisma, { displayName: "Teller" });
    const key = freshKey();
    let runs = 0;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        runOnce(key, user.id, async (tx) => {
          runs += 1;
          return tx.user.update({ where: { id: user.id }, data: { phone: `0470 00 00 0${runs}` }, select: { id: true } });
        }),
      ),
    );
    expect(runs).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(await prisma.idempotencyKey.count({ where: { key } })).toBe(1);
  });

  test("a failed change stores no key, so the retry still runs", async () => {
    const user = await createUser(prisma, {});
    const key = freshKey();
    await expect(
      runOnce(key, user.id, async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await prisma.idempotencyKey.count({ where: { key } })).toBe(0);
    const retry = await runOnce(key, user.id, async () => "done");
    expect(retry).toEqual({ outcome: "done", replayed: false });
  });

  test("someone else's key is refused instead of replayed", async () => {
    const owner = await createUser(prisma, {});
    const other = await createUser(prisma, {});
    const key = freshKey();
    await runOnce(key, owner.id, async () => "mine");
    const refused = await runOnce(key, other.id, async () => "theirs").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(409);
  });

  test("without a key the change simply runs", async () => {
    let runs = 0;
    await runOnce(undefined, null, async () => (runs += 1));
    await runOnce(undefined, null, async () => (runs += 1));
    expect(runs).toBe(2);
  });

  test("keys are read from a form and checked", () => {
    const form = new FormData();
    form.set("idempotencyKey", "0f3c9a8e7d6b5a4c3b2a1f0e9d8c7b6a");
    expect(idempotencyKeyFrom(form)).toBe("0f3c9a8e7d6b5a4c3b2a1f0e9d8c7b6a");
    expect(idempotencyKeyFrom({ idempotencyKey: "x y" })).toBeUndefined();
    expect(idempotencyKeyFrom({})).toBeUndefined();
  });

  test("old keys are pruned after 30 days", async () => {
    const key = freshKey();
    await prisma.idempotencyKey.create({ data: { key, createdAt: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000) } });
    await pruneIdempotencyKeys();
    expect(await prisma.idempotencyKey.count({ where: { key } })).toBe(0);
  });
});
