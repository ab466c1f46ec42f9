import type { Actor } from "~/utils/actor";

/**
 * Who asks, for help queries. `userId` is whom the app acts as (the resident while a buurtwerker helps them at the
 * desk); `actorId` is who is really signed in (recorded as creator and in the contact log); `isStaff` only when a
 * buurtwerker works as themselves.
 */
export type HelpActor = { userId: string; actorId: string; isStaff: boolean; isVolunteer: boolean };

export function helpActor(actor: Actor): HelpActor {
  return {
    userId: actor.user.id,
    actorId: actor.signedIn.id,
    isStaff: actor.staff !== null,
    isVolunteer: actor.user.roles.includes("volunteer"),
  };
}
