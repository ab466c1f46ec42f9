import type { Prisma } from "@prisma/client";
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { containsIgnoringCase, prisma } from "~/utils/db.server";

/** People who live in these neighbourhoods (their own, or a building's there); undefined: everyone. */
export function livesIn(neighbourhoodIds: { in: string[] } | undefined): Prisma.UserWhereInput {
  if (!neighbourhoodIds) return {};
  return {
    OR: [{ neighbourhoodId: neighbourhoodIds }, { residences: { some: { movedOutAt: null, building: { neighbourhoodId: neighbourhoodIds } } } }],
  };
}

export function getProfile(userId: string) {
  return prisma.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      id: true,
      displayName: true,
      email: true,
      phone: true,
      locale: true,
    },
  });
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
export function listActedFor(userId: string) {
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
