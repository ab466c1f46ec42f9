// Run by database.test.ts as a separate process: a transaction that reads, waits, then writes (as a rate limit or a
// claim does), started when the test writes "go". Prints "written", or the error code it failed with.
import { prepareDatabase, prisma } from "~/utils/db.server";

const [key, holdMs] = process.argv.slice(2);
await prepareDatabase(prisma);
console.log("ready");
await new Promise((resolve) => process.stdin.once("data", resolve));
try {
  await prisma.$transaction(async (tx) => {
    await tx.rateLimitEvent.count({ where: { key } });
    await new Promise((resolve) => setTimeout(resolve, Number(holdMs ?? 0)));
    await tx.rateLimitEvent.create({ data: { key: key ?? "" } });
  });
  console.log("written");
} catch (error) {
  console.log(error instanceof Error && "code" in error ? String(error.code) : String(error));
}
process.exit(0);
