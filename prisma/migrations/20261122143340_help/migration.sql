-- CreateTable
CREATE TABLE "VolunteerProfile" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "skills" TEXT NOT NULL DEFAULT '',
    "languages" TEXT NOT NULL DEFAULT '',
    "availability" TEXT NOT NULL DEFAULT '',
    "neighbourhoods" TEXT NOT NULL DEFAULT '',
    "maxDistanceMeters" INTEGER NOT NULL DEFAULT 1000,
    "maxTasks" INTEGER NOT NULL DEFAULT 2,
    "pausedUntil" DATETIME,
    "approvedAt" DATETIME,
    "approvedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "VolunteerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VolunteerProfile_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "residentId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "recurrence" TEXT NOT NULL DEFAULT 'once',
    "dateFrom" DATETIME,
    "dateUntil" DATETIME,
    "times" TEXT NOT NULL DEFAULT '',
    "languages" TEXT NOT NULL DEFAULT '',
    "urgency" TEXT NOT NULL DEFAULT 'normal',
    "meetAtWijkhuis" BOOLEAN NOT NULL DEFAULT false,
    "neighbourhoodId" TEXT,
    "buildingId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "matchedVolunteerId" TEXT,
    "matchedAt" DATETIME,
    "closedAt" DATETIME,
    "checkInDueAt" DATETIME,
    "checkInDoneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "HelpRequest_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HelpRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HelpRequest_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "HelpRequest_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "HelpRequest_matchedVolunteerId_fkey" FOREIGN KEY ("matchedVolunteerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HelpOffer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "volunteerId" TEXT NOT NULL,
    "offeredById" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'staff',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "declineReason" TEXT,
    "respondedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HelpOffer_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HelpRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HelpOffer_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HelpOffer_offeredById_fkey" FOREIGN KEY ("offeredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VisitLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "volunteerId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VisitLog_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HelpRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VisitLog_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContactView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "viewerId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "requestId" TEXT,
    "viewedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContactView_viewerId_fkey" FOREIGN KEY ("viewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ContactView_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ContactView_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HelpRequest" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Concern" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "raisedById" TEXT NOT NULL,
    "requestId" TEXT,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "handledById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Concern_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Concern_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HelpRequest" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Concern_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "VolunteerProfile_approvedAt_idx" ON "VolunteerProfile"("approvedAt");

-- CreateIndex
CREATE INDEX "HelpRequest_status_createdAt_idx" ON "HelpRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "HelpRequest_residentId_idx" ON "HelpRequest"("residentId");

-- CreateIndex
CREATE INDEX "HelpRequest_matchedVolunteerId_status_idx" ON "HelpRequest"("matchedVolunteerId", "status");

-- CreateIndex
CREATE INDEX "HelpRequest_neighbourhoodId_status_idx" ON "HelpRequest"("neighbourhoodId", "status");

-- CreateIndex
CREATE INDEX "HelpOffer_volunteerId_status_idx" ON "HelpOffer"("volunteerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "HelpOffer_requestId_volunteerId_key" ON "HelpOffer"("requestId", "volunteerId");

-- CreateIndex
CREATE INDEX "VisitLog_requestId_date_idx" ON "VisitLog"("requestId", "date");

-- CreateIndex
CREATE INDEX "ContactView_subjectId_viewedAt_idx" ON "ContactView"("subjectId", "viewedAt");

-- CreateIndex
CREATE INDEX "ContactView_viewerId_viewedAt_idx" ON "ContactView"("viewerId", "viewedAt");

-- CreateIndex
CREATE INDEX "Concern_status_createdAt_idx" ON "Concern"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Concern_raisedById_idx" ON "Concern"("raisedById");

