// Run by database.test.ts as a separate process: loads the database module the way a script (a benchmark, the seed)
// does, with DATABASE_URL left at a default, and works only on the database named on the command line.
import { createPrismaClient } from "~/utils/db.server";

const client = createPrismaClient(process.argv[2] ?? "");
console.log(`users: ${await client.user.count()}`);
await client.$disconnect();
