-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "spaceId" TEXT,
    "address" TEXT,
    "neighbourhoodId" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT 'everyone',
    "audienceBuildingId" TEXT,
    "capacity" INTEGER,
    "deadlineMinutes" INTEGER,
    "wheelchairAccess" BOOLEAN NOT NULL DEFAULT false,
    "childrenWelcome" BOOLEAN NOT NULL DEFAULT false,
    "languages" TEXT NOT NULL DEFAULT '',
    "cost" TEXT NOT NULL DEFAULT '',
    "recurrence" TEXT NOT NULL DEFAULT 'none',
    "createdById" TEXT NOT NULL,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Activity_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Activity_audienceBuildingId_fkey" FOREIGN KEY ("audienceBuildingId") REFERENCES "Building" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Occurrence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "activityId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "audienceBuildingId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "placeNote" TEXT,
    "capacity" INTEGER,
    "signUpDeadline" DATETIME,
    "placesTaken" INTEGER NOT NULL DEFAULT 0,
    "waitingCount" INTEGER NOT NULL DEFAULT 0,
    "queueCounter" INTEGER NOT NULL DEFAULT 0,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Occurrence_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "occurrenceId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "guests" INTEGER NOT NULL DEFAULT 0,
    "children" INTEGER NOT NULL DEFAULT 0,
    "people" INTEGER NOT NULL DEFAULT 1,
    "interpreterLanguage" TEXT,
    "childcare" BOOLEAN NOT NULL DEFAULT false,
    "wheelchair" BOOLEAN NOT NULL DEFAULT false,
    "lift" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "queueNumber" INTEGER NOT NULL,
    "activeKey" TEXT,
    "walkIn" BOOLEAN NOT NULL DEFAULT false,
    "checkedInAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME,
    "promotedAt" DATETIME,
    "reminderQueuedAt" DATETIME,
    CONSTRAINT "SignUp_occurrenceId_fkey" FOREIGN KEY ("occurrenceId") REFERENCES "Occurrence" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SignUp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SignUp_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActivitySettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "confirmations" BOOLEAN NOT NULL DEFAULT true,
    "reminders" BOOLEAN NOT NULL DEFAULT true,
    "changes" BOOLEAN NOT NULL DEFAULT true,
    "digest" BOOLEAN NOT NULL DEFAULT false,
    "calendarToken" TEXT NOT NULL,
    "digestSentAt" DATETIME,
    CONSTRAINT "ActivitySettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EmailOptOut" (
    "email" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Activity_neighbourhoodId_idx" ON "Activity"("neighbourhoodId");

-- CreateIndex
CREATE INDEX "Occurrence_startsAt_id_idx" ON "Occurrence"("startsAt", "id");

-- CreateIndex
CREATE INDEX "Occurrence_neighbourhoodId_startsAt_id_idx" ON "Occurrence"("neighbourhoodId", "startsAt", "id");

-- CreateIndex
CREATE INDEX "Occurrence_category_startsAt_id_idx" ON "Occurrence"("category", "startsAt", "id");

-- CreateIndex
CREATE INDEX "Occurrence_activityId_startsAt_idx" ON "Occurrence"("activityId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "SignUp_activeKey_key" ON "SignUp"("activeKey");

-- CreateIndex
CREATE INDEX "SignUp_occurrenceId_status_queueNumber_idx" ON "SignUp"("occurrenceId", "status", "queueNumber");

-- CreateIndex
CREATE INDEX "SignUp_userId_status_idx" ON "SignUp"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SignUp_occurrenceId_queueNumber_key" ON "SignUp"("occurrenceId", "queueNumber");

-- CreateIndex
CREATE UNIQUE INDEX "ActivitySettings_calendarToken_key" ON "ActivitySettings"("calendarToken");

