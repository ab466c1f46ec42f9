-- AlterTable
ALTER TABLE "HelpRequest" ADD COLUMN     "firstMeetingAt" TIMESTAMP(3),
ADD COLUMN     "firstMeetingDoneAt" TIMESTAMP(3);

