// Builds the demo: npx prisma db seed (or npm run setup). Ids are stable so links in the README keep working.
import { createBuilding, createNeighbourhood, createUser } from "#tests/fixtures/factories";
import { createPrismaClient, prepareDatabase } from "~/utils/db.server";
import { seedActivities } from "./seed-activities";
import { buildings, neighbourhoods, residents, staff, volunteers } from "./seed-data";
import { seedAgreements } from "./seed-agreements";
import { seedHelp } from "./seed-help";
import { seedOutreach } from "./seed-outreach";
import { seedSurveys } from "./seed-surveys";

export async function seed(databaseUrl = process.env.DATABASE_URL ?? "file:./data/dev.db") {
  const db = createPrismaClient(databaseUrl);
  await prepareDatabase(db);
  if (await db.neighbourhood.findUnique({ where: { id: "wijk-noordwijk" } })) {
    console.log("The demo data is already there.");
    await db.$disconnect();
    return;
  }
  for (const neighbourhood of neighbourhoods) await createNeighbourhood(db, neighbourhood);
  for (const building of buildings) await createBuilding(db, { ...building, spaces: [...building.spaces] });
  for (const person of staff) await createUser(db, { ...person, roles: [...person.roles] });
  for (const volunteer of volunteers) await createUser(db, { ...volunteer, roles: ["volunteer"] });
  for (const resident of residents) {
    const building = buildings.find((b) => b.id === resident.buildingId);
    await createUser(db, {
      id: resident.id,
      displayName: resident.displayName,
      email: resident.email,
      phone: resident.phone,
      locale: resident.locale,
      neighbourhoodId: building?.neighbourhoodId ?? null,
      registeredById: resident.assisted ? "buurtwerker-sofie" : null,
      residence: { buildingId: resident.buildingId, unit: resident.unit },
    });
  }
  await seedAgreements(db);
  await seedHelp(db);
  await seedActivities(db);
  await seedOutreach(db);
  await seedSurveys(db);
  console.log(`Seeded ${residents.length} residents, ${volunteers.length} volunteers, ${staff.length} staff.`);
  await db.$disconnect();
}

if (import.meta.url === `file://${process.argv[1]}`) await seed();
