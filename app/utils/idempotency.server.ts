// Makes a form action safe to replay. A phone that queued a sign-up offline sends it when the network is back,
// maybe twice (Background Sync and the page-load replay, or a tap on a weak signal): each submission carries
// an idempotency key (a hidden field, see app/components/ui/idempotency-key.tsx) and the change runs once.
import { Prisma } from "@prisma/client";
import { prisma } from "~/utils/db.server";
import { idempotencyKeyField, idempotencyKeyPattern } from "~/utils/pwa";

export type Tx = Prisma.TransactionClient;

export type RunOnceResult<T> = { outcome: T; replayed: boolean };

/** The key from a submitted form (a FormData or Conform's `submission.payload`), if it is a valid one. */
export function idempotencyKeyFrom(form: FormData | Record<string, unknown>): string | undefined {
  const value = form instanceof FormData ? form.get(idempotencyKeyField) : form[idempotencyKeyField];
  return typeof value === "string" && idempotencyKeyPattern.test(value) ? value : undefined;
}

/**
 * Runs `change` in a transaction that also stores the key, or, when the key was seen before for this person,
 * skips the change and returns what the first run returned. Without a key (an old page), it just runs.
 * The outcome must survive JSON (plain values, ids, dates as strings).
 */
export async function runOnce<T>(
  key: string | undefined,
  userId: string | null,
  change: (tx: Tx) => Promise<T>,
  /** For changes that wait their turn at busy moments (sign-ups): how long to wait for and hold the transaction. */
  options?: { maxWait?: number; timeout?: number },
): Promise<RunOnceResult<T>> {
  if (!key) return { outcome: await prisma.$transaction(change, options), replayed: false };
  try {
    return await prisma.$transaction(async (tx) => {
      // Inserting first takes the write lock: a concurrent replay waits here, then fails on the unique key.
      await tx.idempotencyKey.create({ data: { key, userId }, select: { key: true } });
      const outcome = await change(tx);
      await tx.idempotencyKey.update({
        where: { key },
        data: { outcome: JSON.stringify(outcome ?? null) },
        select: { key: true },
      });
      return { outcome, replayed: false };
    }, options);
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    const seen = await prisma.idempotencyKey.findFirst({ where: { key, userId }, select: { outcome: true } });
    // Someone else's key (guessed or leaked): not theirs to replay.
    if (!seen) throw new Response("Conflict", { status: 409 });
    return { outcome: JSON.parse(seen.outcome) as T, replayed: true };
  }
}

/** Replays come within days (the offline queue keeps a submission 7 days); 30 days is plenty. */
export async function pruneIdempotencyKeys(now = new Date()) {
  const before = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const { count } = await prisma.idempotencyKey.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
