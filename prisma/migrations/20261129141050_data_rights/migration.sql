-- AlterTable
ALTER TABLE "User" ADD COLUMN "reviewFlaggedAt" DATETIME;

-- CreateTable
CREATE TABLE "DeletionRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestedBy" TEXT NOT NULL,
    "staffId" TEXT,
    "reason" TEXT,
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeletionRecord_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DeletionRecord_deletedAt_idx" ON "DeletionRecord"("deletedAt");

