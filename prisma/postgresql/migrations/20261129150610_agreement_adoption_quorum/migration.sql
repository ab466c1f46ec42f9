-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "quorumPercent" INTEGER NOT NULL DEFAULT 50;

-- AlterTable
ALTER TABLE "AgreementVersion" ADD COLUMN     "adoptedAnswered" INTEGER,
ADD COLUMN     "adoptedBeforeClosing" BOOLEAN,
ADD COLUMN     "adoptedBy" TEXT,
ADD COLUMN     "adoptedHouseholds" INTEGER,
ADD COLUMN     "adoptedQuorumPercent" INTEGER;


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
