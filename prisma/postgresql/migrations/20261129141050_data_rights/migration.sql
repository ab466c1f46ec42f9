-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reviewFlaggedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DeletionRecord" (
    "id" TEXT NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "staffId" TEXT,
    "reason" TEXT,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeletionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeletionRecord_deletedAt_idx" ON "DeletionRecord"("deletedAt");

-- AddForeignKey
ALTER TABLE "DeletionRecord" ADD CONSTRAINT "DeletionRecord_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

