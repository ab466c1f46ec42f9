-- AlterTable
ALTER TABLE "SignUp" ADD COLUMN "cancelCodeHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "SignUp_cancelCodeHash_key" ON "SignUp"("cancelCodeHash");

