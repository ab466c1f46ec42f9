import { prisma } from "~/utils/db.server";

export type RateLimit = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counts an event under `key` unless the limit for the window is reached. Stored in the database
 * so it holds across restarts and across app processes.
 */
export async function consumeRateLimit(key: string, { limit, windowMs }: RateLimit, now = new Date()) {
  const since = new Date(now.getTime() - windowMs);
  return prisma.$transaction(async (tx): Promise<RateLimitResult> => {
    const recent = await tx.rateLimitEvent.findMany({
      where: { key, createdAt: { gt: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
      take: limit,
    });
    const oldest = recent[0];
    if (recent.length >= limit && oldest) {
      return { allowed: false, retryAfterMs: oldest.createdAt.getTime() + windowMs - now.getTime() };
    }
    await tx.rateLimitEvent.create({ data: { key, createdAt: now } });
    return { allowed: true };
  });
}

/** Old events only cost space; the jobs loop removes them once a day is past. */
export async function pruneRateLimitEvents(now = new Date()) {
  await prisma.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
}
