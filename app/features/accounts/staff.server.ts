// Who works where: an admin assigns buurtwerkers to neighbourhoods, for good or as a temporary cover.
import { can } from "~/features/accounts/permissions";
import { forbidden, notFound } from "~/utils/app-error";
import type { Actor } from "~/utils/actor";
import { prisma } from "~/utils/db.server";
import { endOfLocalDay } from "~/utils/dates";

/** Every buurtwerker with the neighbourhoods they work in now or will until a cover ends. */
export async function listStaffAssignments(actor: Actor, now = new Date()) {
  if (!can(actor, "assignStaff")) throw forbidden();
  const [staff, neighbourhoods] = await Promise.all([
    prisma.user.findMany({
      where: { deletedAt: null, roles: { some: { role: "buurtwerker" } } },
      orderBy: { displayName: "asc" },
      select: {
        id: true,
        displayName: true,
        staffAssignments: {
          where: { OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
          orderBy: { neighbourhood: { name: "asc" } },
          select: { id: true, endsAt: true, neighbourhood: { select: { name: true } } },
        },
      },
    }),
    prisma.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { staff, neighbourhoods };
}

/** Assigns (again) a buurtwerker to a neighbourhood; `until` (a local date) makes it a temporary cover. */
export async function assignStaff(actor: Actor, { userId, neighbourhoodId, until }: { userId: string; neighbourhoodId: string; until?: string }) {
  if (!can(actor, "assignStaff")) throw forbidden();
  const person = await prisma.user.findFirst({ where: { id: userId, deletedAt: null, roles: { some: { role: "buurtwerker" } } }, select: { id: true } });
  const neighbourhood = await prisma.neighbourhood.findUnique({ where: { id: neighbourhoodId }, select: { id: true } });
  if (!person || !neighbourhood) throw notFound();
  const endsAt = until ? endOfLocalDay(until) : null;
  await prisma.staffAssignment.upsert({
    where: { userId_neighbourhoodId: { userId, neighbourhoodId } },
    create: { userId, neighbourhoodId, endsAt, createdById: actor.signedIn.id },
    update: { endsAt, createdById: actor.signedIn.id },
  });
}

/** Ends an assignment now: from the next request on, the buurtwerker no longer sees that neighbourhood. */
export async function endAssignment(actor: Actor, assignmentId: string, now = new Date()) {
  if (!can(actor, "assignStaff")) throw forbidden();
  const ended = await prisma.staffAssignment.updateMany({ where: { id: assignmentId }, data: { endsAt: now } });
  if (ended.count !== 1) throw notFound();
}
