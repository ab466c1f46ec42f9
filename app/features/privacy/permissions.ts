// Who may see and delete what we keep about a person.
import { definePermissions, isAdmin, worksInAny } from "~/utils/actor";

/** Someone registered at the desk has no email of their own: staff of their neighbourhood act on their rights. */
export type DeskPerson = { hasEmail: boolean; neighbourhoodIds: readonly string[] };

export const can = definePermissions({
  /** Everyone signed in sees and downloads their own data (also with a buurtwerker beside them). */
  exportOwn: () => true,
  /** Only the person, themselves: not a buurtwerker acting for them (they use the desk's deletion with a reason). */
  eraseOwn: (actor, subject: { userId: string }) => actor.acting === null && actor.user.id === subject.userId,
  exportFor: (actor, person: DeskPerson) => !person.hasEmail && worksInAny(actor, person.neighbourhoodIds),
  eraseFor: (actor, person: DeskPerson) => !person.hasEmail && worksInAny(actor, person.neighbourhoodIds),
  seeDeletionLog: (actor) => isAdmin(actor),
});
