-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BookableSpace" (
    "spaceId" TEXT NOT NULL PRIMARY KEY,
    "hours" TEXT NOT NULL DEFAULT 'mon=09:00-22:00,tue=09:00-22:00,wed=09:00-22:00,thu=09:00-22:00,fri=09:00-22:00,sat=09:00-22:00,sun=09:00-22:00',
    "maxMinutes" INTEGER NOT NULL DEFAULT 240,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BookableSpace_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The one daily range becomes the same range on every weekday.
INSERT INTO "new_BookableSpace" ("active", "hours", "maxMinutes", "spaceId", "updatedAt") SELECT "active",
    'mon=' || "opensAt" || '-' || "closesAt" || ',tue=' || "opensAt" || '-' || "closesAt" || ',wed=' || "opensAt" || '-' || "closesAt" ||
    ',thu=' || "opensAt" || '-' || "closesAt" || ',fri=' || "opensAt" || '-' || "closesAt" || ',sat=' || "opensAt" || '-' || "closesAt" ||
    ',sun=' || "opensAt" || '-' || "closesAt",
    "maxMinutes", "spaceId", "updatedAt" FROM "BookableSpace";
DROP TABLE "BookableSpace";
ALTER TABLE "new_BookableSpace" RENAME TO "BookableSpace";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

