// Run by agreements-concurrency.test.ts as a separate process: loads the app, says "ready", and
// books one slot when the test writes "go", so the processes really race. Prints "booked" or "conflict".
import { BookingConflictError, createBooking } from "~/features/agreements/bookings.server";
import { prepareDatabase, prisma } from "~/utils/db.server";
import { toAsker } from "~/features/agreements/queries.server";
import { residentActor } from "#tests/fixtures/actors";

const [userId, buildingSlug, spaceSlug, startsAt, endsAt, holdMs] = process.argv.slice(2);
await prepareDatabase(prisma);
console.log("ready");
await new Promise((resolve) => process.stdin.once("data", resolve));
try {
  await createBooking(
    toAsker(residentActor(userId ?? "")),
    { buildingSlug: buildingSlug ?? "", spaceSlug: spaceSlug ?? "", kind: "booking", purpose: "Race", slot: { startsAt: new Date(startsAt ?? ""), endsAt: new Date(endsAt ?? "") } },
    { holdMs: Number(holdMs ?? 0) },
  );
  console.log("booked");
} catch (error) {
  if (!(error instanceof BookingConflictError)) throw error;
  console.log("conflict");
}
process.exit(0);
