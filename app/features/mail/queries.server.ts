// What admins see of mail delivery: messages given up on, and whether mail has been stuck for an hour.
import { formatMoment } from "~/components/ui/format";
import { prisma } from "~/utils/db.server";
import type { Locale } from "~/utils/i18n";
import { canSendAgain, maskAddress, outageCutoff } from "~/utils/outbox-rules";

/** Failed messages, newest first: who (masked), what kind, why; never the message itself. */
export async function listFailedMails({ take = 100 }: { take?: number } = {}) {
  const rows = await prisma.outboxMessage.findMany({
    where: { status: "failed" },
    orderBy: { failedAt: "desc" },
    take,
    select: {
      id: true,
      to: true,
      kind: true,
      lastError: true,
      attempts: true,
      queuedAt: true,
      failedAt: true,
    },
  });
  return rows.map((row) => ({
    id: row.id,
    to: maskAddress(row.to),
    kind: row.kind,
    lastError: row.lastError ?? "",
    attempts: row.attempts,
    queuedAt: row.queuedAt.toISOString(),
    failedAt: (row.failedAt ?? row.queuedAt).toISOString(),
    canSendAgain: canSendAgain(row.kind),
  }));
}

/**
 * Since when the oldest message still waiting to go out has waited, if that is more than an hour: the mail server is
 * down, refuses us, or no process delivers. One read on the (status, queuedAt) index, cheap enough for every admin page.
 */
export async function mailStuckSince(now = new Date()): Promise<Date | null> {
  const oldest = await prisma.outboxMessage.findFirst({
    where: { status: "pending", queuedAt: { lt: outageCutoff(now) } },
    orderBy: { queuedAt: "asc" },
    select: { queuedAt: true },
  });
  return oldest?.queuedAt ?? null;
}

/** How much is waiting, for the admin page. */
export async function countWaitingMails() {
  return prisma.outboxMessage.count({ where: { status: "pending" } });
}

/**
 * What the header tells an admin on every page (root loader), in the reader's words: mail stuck for an hour, or mails
 * given up on; null when mail is fine. Two reads on the (status, queuedAt) index; nobody else pays for them.
 */
export async function mailAlertFor(locale: Locale, now = new Date()) {
  const [stuckSince, failed] = await Promise.all([
    mailStuckSince(now),
    prisma.outboxMessage.count({ where: { status: "failed" } }),
  ]);
  return stuckSince || failed > 0 ? { stuckSince: stuckSince && formatMoment(stuckSince, locale), failed } : null;
}
