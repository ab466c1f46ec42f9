import type { Prisma } from "@prisma/client";
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { containsIgnoringCase, prisma, readRows } from "~/utils/db.server";

/** People who live in these neighbourhoods (their own, or a building's there); undefined: everyone. */
export function livesIn(neighbourhoodIds: { in: string[] } | undefined): Prisma.UserWhereInput {
  if (!neighbourhoodIds) return {};
  return {
    OR: [{ neighbourhoodId: neighbourhoodIds }, { residences: { some: { movedOutAt: null, building: { neighbourhoodId: neighbourhoodIds } } } }],
  };
}

/** One's own name and contact details, for /ik (in SQL: asked on every visit). */
export async function getProfile(userId: string) {
  const [profile] = await readRows<{ id: string; displayName: string; email: string | null; phone: string | null; locale: string }>`
    SELECT "id", "displayName", "email", "phone", "locale" FROM "User" WHERE "id" = ${userId} AND "deletedAt" IS NULL`;
  return profile ?? null;
}

/**
 * The desk's resident search, in the neighbourhoods the buurtwerker works in: who they are and where they live, not
 * how to reach them (contact details are shown where each view is logged). 30 rows: a buurtwerker narrows down by
 * typing, not by scrolling.
 */
export async function searchResidents(actor: Actor, query: string) {
  const rows = await prisma.user.findMany({
    where: {
      deletedAt: null,
      roles: { some: { role: "resident" } },
      ...livesIn(staffNeighbourhoods(actor)),
      ...(query ? { displayName: containsIgnoringCase(query) } : {}),
    },
    orderBy: { displayName: "asc" },
    take: 30,
    select: {
      id: true,
      displayName: true,
      email: true,
      residences: { where: { movedOutAt: null }, select: { unit: true, building: { select: { name: true } } } },
      registeredBy: { select: { displayName: true } },
    },
  });
  // Without an email of their own, the desk acts on their data rights (app/features/privacy).
  return rows.map(({ email, ...resident }) => ({ ...resident, hasEmail: email !== null }));
}

/** A resident the buurtwerker may help: one who lives where they work. */
export function getResidentForStaff(actor: Actor, residentId: string) {
  return prisma.user.findFirst({
    where: { id: residentId, deletedAt: null, roles: { some: { role: "resident" } }, ...livesIn(staffNeighbourhoods(actor)) },
    select: { id: true, displayName: true },
  });
}

/** The neighbourhoods and buildings a buurtwerker can register residents in: where they work. */
export function listPlaces(actor: Actor) {
  return prisma.neighbourhood.findMany({
    where: { id: staffNeighbourhoods(actor) },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      buildings: { orderBy: { name: "asc" }, select: { id: true, name: true } },
    },
  });
}

/** Who acted for this person in the app, when, and what they did: the newest 10 times, for their /ik page. */
export async function listActedFor(userId: string) {
  // Most people were never helped this way: one small query says so, without the query builder's three.
  const [any] = await readRows<unknown>`SELECT 1 AS "one" FROM "ActingSession" WHERE "residentId" = ${userId} LIMIT 1`;
  if (!any) return [];
  return prisma.actingSession.findMany({
    where: { residentId: userId },
    orderBy: { startedAt: "desc" },
    take: 10,
    select: {
      id: true,
      startedAt: true,
      endedAt: true,
      staff: { select: { displayName: true } },
      events: { orderBy: { createdAt: "asc" }, take: 50, select: { id: true, action: true, subject: true, createdAt: true } },
    },
  });
}
