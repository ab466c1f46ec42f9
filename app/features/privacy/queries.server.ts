// Reads for data rights: whose rights staff may act on, the desk's review list, the admins' deletion log.
import { livesIn } from "~/features/accounts/queries.server";
import { can, type DeskPerson } from "~/features/privacy/permissions";
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { forbidden } from "~/utils/app-error";
import { neighbourhoodsOf } from "~/utils/auth.server";
import { prisma } from "~/utils/db.server";

/** What the permission rules need to know about a person: an email of their own, and where they live. */
async function deskPersonOf(userId: string): Promise<(DeskPerson & { displayName: string }) | null> {
  const person = await prisma.user.findFirst({ where: { id: userId, deletedAt: null }, select: { displayName: true, email: true } });
  if (!person) return null;
  return { displayName: person.displayName, hasEmail: person.email !== null, neighbourhoodIds: await neighbourhoodsOf(userId) };
}

/**
 * The person whose data `actor` asks for: themselves, or someone registered at the desk in the neighbourhood where
 * the buurtwerker works. Forbidden otherwise; null when there is no such person.
 */
export async function personForRights(actor: Actor, userId: string, action: "exportFor" | "eraseFor") {
  if (userId === actor.user.id && actor.acting === null) return { displayName: actor.user.displayName };
  const person = await deskPersonOf(userId);
  if (person && !can(actor, action, person)) throw forbidden();
  return person && { displayName: person.displayName };
}

/** People registered at the desk in the buurtwerker's neighbourhoods that the retention job put up for a look. */
export function listFlaggedForReview(actor: Actor) {
  if (!actor.staff) throw forbidden();
  return prisma.user.findMany({
    where: { deletedAt: null, email: null, reviewFlaggedAt: { not: null }, ...livesIn(staffNeighbourhoods(actor)) },
    orderBy: { reviewFlaggedAt: "asc" },
    take: 100,
    select: { id: true, displayName: true, reviewFlaggedAt: true, createdAt: true },
  });
}

/** The admins' log of deletions: when, requested by whom, why (a code). No personal data is in it. */
export function listDeletions(actor: Actor) {
  if (!can(actor, "seeDeletionLog")) throw forbidden();
  return prisma.deletionRecord.findMany({
    orderBy: { deletedAt: "desc" },
    take: 200,
    select: { id: true, deletedAt: true, requestedBy: true, reason: true, staff: { select: { displayName: true } } },
  });
}
