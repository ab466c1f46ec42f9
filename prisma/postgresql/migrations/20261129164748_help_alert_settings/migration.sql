-- CreateTable
CREATE TABLE "HelpAlertSettings" (
    "userId" TEXT NOT NULL,
    "newRequests" TEXT NOT NULL DEFAULT 'each',
    "digestSentAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HelpAlertSettings_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "HelpAlertSettings" ADD CONSTRAINT "HelpAlertSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

