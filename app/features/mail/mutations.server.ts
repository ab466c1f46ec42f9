import { prisma } from "~/utils/db.server";
import { wakeDelivery } from "~/utils/outbox.server";
import { kindsNeverSentAgain } from "~/utils/outbox-rules";

/**
 * "Send again" for a failed message: it is queued afresh, with a new three-day window. Sign-in codes cannot be sent
 * again (they expired long ago; the person asks for a new one). Returns false if there was nothing to send again.
 */
export async function sendFailedMailAgain(messageId: string) {
  const now = new Date();
  const queued = await prisma.outboxMessage.updateMany({
    where: { id: messageId, status: "failed", kind: { notIn: kindsNeverSentAgain } },
    data: {
      status: "pending",
      attempts: 0,
      queuedAt: now,
      nextAttemptAt: now,
      failedAt: null,
      lastError: null,
      claimedBy: null,
      leaseUntil: null,
    },
  });
  if (queued.count === 1) wakeDelivery();
  return queued.count === 1;
}
