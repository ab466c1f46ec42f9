-- AlterTable
ALTER TABLE "AgreementResponse" ADD COLUMN     "assistedById" TEXT;

-- AlterTable
ALTER TABLE "AgreementConsent" ADD COLUMN     "assistedById" TEXT;

-- AlterTable
ALTER TABLE "AgreementComment" ADD COLUMN     "assistedById" TEXT;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "assistedById" TEXT;

-- CreateTable
CREATE TABLE "StaffAssignment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "endsAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActingSession" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "ActingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActingEvent" (
    "id" TEXT NOT NULL,
    "actingSessionId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffAssignment_neighbourhoodId_idx" ON "StaffAssignment"("neighbourhoodId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAssignment_userId_neighbourhoodId_key" ON "StaffAssignment"("userId", "neighbourhoodId");

-- CreateIndex
CREATE INDEX "ActingSession_residentId_startedAt_idx" ON "ActingSession"("residentId", "startedAt");

-- CreateIndex
CREATE INDEX "ActingSession_staffId_startedAt_idx" ON "ActingSession"("staffId", "startedAt");

-- CreateIndex
CREATE INDEX "ActingEvent_actingSessionId_createdAt_idx" ON "ActingEvent"("actingSessionId", "createdAt");

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssignment" ADD CONSTRAINT "StaffAssignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActingSession" ADD CONSTRAINT "ActingSession_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActingSession" ADD CONSTRAINT "ActingSession_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActingEvent" ADD CONSTRAINT "ActingEvent_actingSessionId_fkey" FOREIGN KEY ("actingSessionId") REFERENCES "ActingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementResponse" ADD CONSTRAINT "AgreementResponse_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementConsent" ADD CONSTRAINT "AgreementConsent_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementComment" ADD CONSTRAINT "AgreementComment_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Buurtwerkers keep working where they worked: their neighbourhood becomes their first assignment.
INSERT INTO "StaffAssignment" ("id", "userId", "neighbourhoodId", "createdAt")
SELECT 'sa-' || "User"."id", "User"."id", "User"."neighbourhoodId", CURRENT_TIMESTAMP
FROM "User" JOIN "UserRole" ON "UserRole"."userId" = "User"."id" AND "UserRole"."role" = 'buurtwerker'
WHERE "User"."neighbourhoodId" IS NOT NULL;
