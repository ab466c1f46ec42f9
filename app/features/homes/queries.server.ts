// Reads about where people live: one's own home for /ik, the places to choose from, and the desk's list of homes
// to confirm (only in the neighbourhoods the buurtwerker works in).
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { prisma, readRows } from "~/utils/db.server";

type HomeRow = {
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  requestStatus: string | null;
  requestUnit: string | null;
  requestBuildingId: string | null;
  requestBuildingName: string | null;
  unit: string | null;
  buildingId: string | null;
  buildingName: string | null;
  buildingNeighbourhoodName: string | null;
};

/**
 * Where this person lives: their neighbourhood, the buildings confirmed, and a request that waits or was refused.
 * One SQL query (a row per building they live in): /ik asks on every visit, and the query builder's nested select
 * was five.
 */
export async function getHome(userId: string) {
  const rows = await readRows<HomeRow>`
    SELECT n."id" AS "neighbourhoodId", n."name" AS "neighbourhoodName",
      rr."status" AS "requestStatus", rr."unit" AS "requestUnit", rb."id" AS "requestBuildingId", rb."name" AS "requestBuildingName",
      r."unit", b."id" AS "buildingId", b."name" AS "buildingName", bn."name" AS "buildingNeighbourhoodName"
    FROM "User" u
    LEFT JOIN "Neighbourhood" n ON n."id" = u."neighbourhoodId"
    LEFT JOIN "ResidenceRequest" rr ON rr."userId" = u."id"
    LEFT JOIN "Building" rb ON rb."id" = rr."buildingId"
    LEFT JOIN "Residence" r ON r."userId" = u."id" AND r."movedOutAt" IS NULL
    LEFT JOIN "Building" b ON b."id" = r."buildingId"
    LEFT JOIN "Neighbourhood" bn ON bn."id" = b."neighbourhoodId"
    WHERE u."id" = ${userId} AND u."deletedAt" IS NULL
    ORDER BY r."id" ASC`;
  const first = rows[0];
  if (!first) return null;
  return {
    neighbourhood: first.neighbourhoodId !== null ? { id: first.neighbourhoodId, name: first.neighbourhoodName ?? "" } : null,
    buildings: rows.flatMap((row) =>
      row.buildingId !== null ? [{ unit: row.unit ?? "", building: { id: row.buildingId, name: row.buildingName ?? "", neighbourhood: { name: row.buildingNeighbourhoodName ?? "" } } }] : [],
    ),
    request:
      first.requestStatus !== null
        ? { status: first.requestStatus, unit: first.requestUnit ?? "", building: { id: first.requestBuildingId ?? "", name: first.requestBuildingName ?? "" } }
        : null,
  };
}

/**
 * Every neighbourhood, by name: public, for filters and forms (activities, notifications, volunteering). In SQL:
 * the activity list asks on every visit, and the query builder took three times as long for these few rows.
 */
export function listNeighbourhoods() {
  return readRows<{ id: string; slug: string; name: string }>`
    SELECT "id", "slug", "name" FROM "Neighbourhood" ORDER BY "name" ASC`;
}

/** Every neighbourhood with its blocks: public information, the form lists them all. */
export function listHomeChoices() {
  return prisma.neighbourhood.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, buildings: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
  });
}

/** Homes waiting for the desk: people who said they live in a block of a neighbourhood this buurtwerker works in. */
export function listHomesToConfirm(actor: Actor) {
  return prisma.residenceRequest.findMany({
    where: { status: "pending", building: { neighbourhoodId: staffNeighbourhoods(actor) }, user: { deletedAt: null } },
    orderBy: { createdAt: "asc" },
    // A busy week brings a handful; the rest waits for the next look.
    take: 30,
    select: { id: true, unit: true, createdAt: true, user: { select: { displayName: true } }, building: { select: { name: true } } },
  });
}
