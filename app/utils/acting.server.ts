// Help given "as" a resident is on the record: every change a buurtwerker makes while acting for someone is written
// down under the acting session, in the same transaction as the change. The resident reads it on /ik.
import type { Prisma, PrismaClient } from "@prisma/client";
import type { Actor } from "~/utils/actor";

/** What can be done for someone; the resident's /ik shows each in words (common:actedFor.actions, "." as "_"). */
export const actingActions = [
  "activities.signUp",
  "activities.cancel",
  "agreements.respond",
  "agreements.comment",
  "agreements.acknowledge",
  "bookings.book",
  "bookings.cancel",
  "help.request",
  "help.cancel",
  "help.finish",
  "help.concern",
  "home.choose",
  "profile.update",
  "settings.update",
  "surveys.answer",
] as const;

export type ActingAction = (typeof actingActions)[number];

/** Writes the change down when `actor` acts for someone; does nothing otherwise. `subject`: a title or a name. */
export async function noteActing(db: PrismaClient | Prisma.TransactionClient, actor: Actor, action: ActingAction, subject = "") {
  if (!actor.acting) return;
  await db.actingEvent.create({ data: { actingSessionId: actor.acting.sessionId, action, subject: subject.slice(0, 120) } });
}
