-- AlterTable
ALTER TABLE "AgreementVersion" ADD COLUMN "adoptedAnswered" INTEGER;
ALTER TABLE "AgreementVersion" ADD COLUMN "adoptedBeforeClosing" BOOLEAN;
ALTER TABLE "AgreementVersion" ADD COLUMN "adoptedBy" TEXT;
ALTER TABLE "AgreementVersion" ADD COLUMN "adoptedHouseholds" INTEGER;
ALTER TABLE "AgreementVersion" ADD COLUMN "adoptedQuorumPercent" INTEGER;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "buildingId" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "reviewDate" DATETIME,
    "meetingNote" TEXT,
    "quorumPercent" INTEGER NOT NULL DEFAULT 50,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Agreement_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Agreement_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Agreement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Agreement" ("buildingId", "createdAt", "createdById", "currentVersion", "id", "meetingNote", "reviewDate", "spaceId", "updatedAt") SELECT "buildingId", "createdAt", "createdById", "currentVersion", "id", "meetingNote", "reviewDate", "spaceId", "updatedAt" FROM "Agreement";
DROP TABLE "Agreement";
ALTER TABLE "new_Agreement" RENAME TO "Agreement";
CREATE UNIQUE INDEX "Agreement_spaceId_key" ON "Agreement"("spaceId");
CREATE INDEX "Agreement_buildingId_idx" ON "Agreement"("buildingId");
CREATE INDEX "Agreement_reviewDate_idx" ON "Agreement"("reviewDate");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Versions adopted before this migration: what their adoption was based on, as far as the data still tells (the
-- households living in the building now, the answers counted, the default quorum. adopt() moved the closing date to
-- the moment of adoption when it was still ahead). Who adopted was not kept, staff adopted nearly all of them.
UPDATE "AgreementVersion" SET
  "adoptedAnswered" = (SELECT COUNT(*) FROM "AgreementConsent" c WHERE c."versionId" = "AgreementVersion"."id"),
  "adoptedHouseholds" = (
    SELECT COUNT(DISTINCT r."unit") FROM "Residence" r JOIN "Agreement" a ON a."buildingId" = r."buildingId"
    WHERE a."id" = "AgreementVersion"."agreementId" AND r."movedOutAt" IS NULL
  ),
  "adoptedQuorumPercent" = 50,
  "adoptedBeforeClosing" = ("closesAt" IS NOT NULL AND "closesAt" >= "adoptedAt"),
  "adoptedBy" = 'staff'
WHERE "adoptedAt" IS NOT NULL;
