-- AlterTable
ALTER TABLE "AgreementItemTranslation" ADD COLUMN     "sourceExplanation" TEXT,
ADD COLUMN     "sourceText" TEXT NOT NULL DEFAULT '';


-- Translations made before this migration count as made for the Dutch text their item has now (nothing older was
-- kept). From here on, a change of the Dutch text marks them outdated.
UPDATE "AgreementItemTranslation" SET
  "sourceText" = (SELECT i."text" FROM "AgreementItem" i WHERE i."id" = "AgreementItemTranslation"."itemId"),
  "sourceExplanation" = (SELECT i."explanation" FROM "AgreementItem" i WHERE i."id" = "AgreementItemTranslation"."itemId");
