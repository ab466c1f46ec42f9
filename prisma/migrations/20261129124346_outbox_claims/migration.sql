-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dedupeKey" TEXT,
    "kind" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 1,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attachments" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "queuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "leaseUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "failedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_OutboxMessage" ("attachments", "attempts", "createdAt", "dedupeKey", "html", "id", "kind", "lastError", "nextAttemptAt", "sentAt", "status", "subject", "text", "to") SELECT "attachments", "attempts", "createdAt", "dedupeKey", "html", "id", "kind", "lastError", "nextAttemptAt", "sentAt", "status", "subject", "text", "to" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
-- Messages already queued: their wait counts from when they were queued (in the format the app wrote), and they
-- get the priority of their kind (priorityOf in app/utils/outbox-rules.ts).
UPDATE "OutboxMessage" SET "queuedAt" = "createdAt",
  "priority" = CASE WHEN "kind" IN ('sign-in-code', 'activity-promoted') THEN 0 WHEN "kind" IN ('activity-reminder', 'activity-digest', 'agreement-review') THEN 2 ELSE 1 END;
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");
CREATE INDEX "OutboxMessage_status_priority_nextAttemptAt_idx" ON "OutboxMessage"("status", "priority", "nextAttemptAt");
CREATE INDEX "OutboxMessage_status_queuedAt_idx" ON "OutboxMessage"("status", "queuedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

