-- AlterTable
ALTER TABLE "BookableSpace" ADD COLUMN     "hours" TEXT NOT NULL DEFAULT 'mon=09:00-22:00,tue=09:00-22:00,wed=09:00-22:00,thu=09:00-22:00,fri=09:00-22:00,sat=09:00-22:00,sun=09:00-22:00';

-- The one daily range becomes the same range on every weekday.
UPDATE "BookableSpace" SET "hours" =
    'mon=' || "opensAt" || '-' || "closesAt" || ',tue=' || "opensAt" || '-' || "closesAt" || ',wed=' || "opensAt" || '-' || "closesAt" ||
    ',thu=' || "opensAt" || '-' || "closesAt" || ',fri=' || "opensAt" || '-' || "closesAt" || ',sat=' || "opensAt" || '-' || "closesAt" ||
    ',sun=' || "opensAt" || '-' || "closesAt";

-- AlterTable
ALTER TABLE "BookableSpace" DROP COLUMN "closesAt",
DROP COLUMN "opensAt";
