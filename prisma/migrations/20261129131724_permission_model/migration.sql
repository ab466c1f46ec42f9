-- CreateTable
CREATE TABLE "StaffAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "endsAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StaffAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StaffAssignment_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StaffAssignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActingSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "staffId" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "ActingSession_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActingSession_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActingEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actingSessionId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActingEvent_actingSessionId_fkey" FOREIGN KEY ("actingSessionId") REFERENCES "ActingSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AgreementResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "reason" TEXT,
    "assistedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgreementResponse_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementResponse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementResponse_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgreementResponse" ("choice", "createdAt", "id", "reason", "updatedAt", "userId", "versionId") SELECT "choice", "createdAt", "id", "reason", "updatedAt", "userId", "versionId" FROM "AgreementResponse";
DROP TABLE "AgreementResponse";
ALTER TABLE "new_AgreementResponse" RENAME TO "AgreementResponse";
CREATE UNIQUE INDEX "AgreementResponse_versionId_userId_key" ON "AgreementResponse"("versionId", "userId");
CREATE TABLE "new_AgreementConsent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "reason" TEXT,
    "method" TEXT NOT NULL,
    "userId" TEXT,
    "recordedById" TEXT,
    "assistedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreementConsent_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementConsent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementConsent_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgreementConsent" ("buildingId", "choice", "createdAt", "id", "method", "reason", "recordedById", "unit", "updatedAt", "userId", "versionId") SELECT "buildingId", "choice", "createdAt", "id", "method", "reason", "recordedById", "unit", "updatedAt", "userId", "versionId" FROM "AgreementConsent";
DROP TABLE "AgreementConsent";
ALTER TABLE "new_AgreementConsent" RENAME TO "AgreementConsent";
CREATE UNIQUE INDEX "AgreementConsent_versionId_buildingId_unit_key" ON "AgreementConsent"("versionId", "buildingId", "unit");
CREATE TABLE "new_AgreementComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "assistedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreementComment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementComment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgreementItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementComment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementComment_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgreementComment" ("body", "createdAt", "id", "itemId", "userId", "versionId") SELECT "body", "createdAt", "id", "itemId", "userId", "versionId" FROM "AgreementComment";
DROP TABLE "AgreementComment";
ALTER TABLE "new_AgreementComment" RENAME TO "AgreementComment";
CREATE INDEX "AgreementComment_itemId_createdAt_idx" ON "AgreementComment"("itemId", "createdAt");
CREATE TABLE "new_Booking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "spaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'booking',
    "purpose" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "cancelMessage" TEXT,
    "cancelledAt" DATETIME,
    "assistedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Booking_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "BookableSpace" ("spaceId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Booking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Booking_assistedById_fkey" FOREIGN KEY ("assistedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Booking" ("cancelMessage", "cancelledAt", "createdAt", "endsAt", "id", "kind", "purpose", "spaceId", "startsAt", "status", "userId") SELECT "cancelMessage", "cancelledAt", "createdAt", "endsAt", "id", "kind", "purpose", "spaceId", "startsAt", "status", "userId" FROM "Booking";
DROP TABLE "Booking";
ALTER TABLE "new_Booking" RENAME TO "Booking";
CREATE INDEX "Booking_spaceId_status_startsAt_idx" ON "Booking"("spaceId", "status", "startsAt");
CREATE INDEX "Booking_userId_idx" ON "Booking"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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


-- Buurtwerkers keep working where they worked: their neighbourhood becomes their first assignment.
-- (Dates are stored as milliseconds since 1970: the app's SQLite adapter uses unixepoch-ms.)
INSERT INTO "StaffAssignment" ("id", "userId", "neighbourhoodId", "createdAt")
SELECT 'sa-' || "User"."id", "User"."id", "User"."neighbourhoodId", CAST(strftime('%s', 'now') AS INTEGER) * 1000
FROM "User" JOIN "UserRole" ON "UserRole"."userId" = "User"."id" AND "UserRole"."role" = 'buurtwerker'
WHERE "User"."neighbourhoodId" IS NOT NULL;
