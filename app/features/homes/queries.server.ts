// Reads about where people live: one's own home for /ik, the places to choose from, and the desk's list of homes
// to confirm (only in the neighbourhoods the buurtwerker works in).
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { prisma } from "~/utils/db.server";

/** Where this person lives: their neighbourhood, the buildings confirmed, and a request that waits or was refused. */
export async function getHome(userId: string) {
  const user = await prisma.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      neighbourhood: { select: { id: true, name: true } },
      residences: { where: { movedOutAt: null }, select: { unit: true, building: { select: { id: true, name: true, neighbourhood: { select: { name: true } } } } } },
      residenceRequest: { select: { status: true, unit: true, building: { select: { id: true, name: true } } } },
    },
  });
  if (!user) return null;
  return { neighbourhood: user.neighbourhood, buildings: user.residences, request: user.residenceRequest };
}

/** Every neighbourhood, by name: public, for filters and forms (activities, notifications, volunteering). */
export function listNeighbourhoods() {
  return prisma.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
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
