-- CreateTable
CREATE TABLE "HelpAlertSettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "newRequests" TEXT NOT NULL DEFAULT 'each',
    "digestSentAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "HelpAlertSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

