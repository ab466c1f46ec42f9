// Run by bookings-concurrency.test.ts as a separate process: loads the app, says "ready", and
// books one slot when the test writes "go", so the processes really race. Prints "booked" or "conflict".
import { createBooking } from "~/features/bookings/mutations.server";
import { AppError } from "~/utils/app-error";
import { prepareDatabase, prisma } from "~/utils/db.server";
import { residentActor } from "#tests/fixtures/actors";

const [userId, buildingSlug, spaceSlug, startsAt, endsAt, holdMs] = process.argv.slice(2);
await prepareDatabase(prisma);
console.log("ready");
await new Promise((resolve) => process.stdin.once("data", resolve));
try {
  await createBooking(
    residentActor(userId ?? ""),
    { buildingSlug: buildingSlug ?? "", spaceSlug: spaceSlug ?? "", kind: "booking", purpose: "Race", slot: { startsAt: new Date(startsAt ?? ""), endsAt: new Date(endsAt ?? "") } },
    { holdMs: Number(holdMs ?? 0) },
  );
  console.log("booked");
} catch (error) {
  if (!(error instanceof AppError) || error.code !== "agreements:errors.overlap") throw error;
  console.log("conflict");
}
process.exit(0);
