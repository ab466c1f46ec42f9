import { prisma } from "~/utils/db.server";

/** For /healthz: can we reach the database right now? */
export async function databaseIsHealthy() {
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
