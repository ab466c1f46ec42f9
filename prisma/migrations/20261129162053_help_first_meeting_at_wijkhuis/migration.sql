-- AlterTable
ALTER TABLE "HelpRequest" ADD COLUMN "firstMeetingAt" DATETIME;
ALTER TABLE "HelpRequest" ADD COLUMN "firstMeetingDoneAt" DATETIME;

