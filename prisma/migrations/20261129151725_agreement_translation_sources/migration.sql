-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AgreementItemTranslation" (
    "itemId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "explanation" TEXT,
    "sourceText" TEXT NOT NULL DEFAULT '',
    "sourceExplanation" TEXT,

    PRIMARY KEY ("itemId", "locale"),
    CONSTRAINT "AgreementItemTranslation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgreementItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AgreementItemTranslation" ("explanation", "itemId", "locale", "text") SELECT "explanation", "itemId", "locale", "text" FROM "AgreementItemTranslation";
DROP TABLE "AgreementItemTranslation";
ALTER TABLE "new_AgreementItemTranslation" RENAME TO "AgreementItemTranslation";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Translations made before this migration count as made for the Dutch text their item has now (nothing older was
-- kept). From here on, a change of the Dutch text marks them outdated.
UPDATE "AgreementItemTranslation" SET
  "sourceText" = (SELECT i."text" FROM "AgreementItem" i WHERE i."id" = "AgreementItemTranslation"."itemId"),
  "sourceExplanation" = (SELECT i."explanation" FROM "AgreementItem" i WHERE i."id" = "AgreementItemTranslation"."itemId");
