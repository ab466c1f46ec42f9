-- DropIndex
DROP INDEX "OutboxMessage_status_nextAttemptAt_idx";

-- AlterTable
ALTER TABLE "OutboxMessage" DROP COLUMN "lockedUntil",
ADD COLUMN     "claimedBy" TEXT,
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Messages already queued: their wait counts from when they were queued, and they get the priority of their kind
-- (priorityOf in app/utils/outbox-rules.ts).
UPDATE "OutboxMessage" SET "queuedAt" = "createdAt",
  "priority" = CASE WHEN "kind" IN ('sign-in-code', 'activity-promoted') THEN 0 WHEN "kind" IN ('activity-reminder', 'activity-digest', 'agreement-review') THEN 2 ELSE 1 END;

-- CreateIndex
CREATE INDEX "OutboxMessage_status_priority_nextAttemptAt_idx" ON "OutboxMessage"("status", "priority", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_queuedAt_idx" ON "OutboxMessage"("status", "queuedAt");

