import type { Viewer } from "~/utils/auth.server";
import { isStaff } from "~/utils/roles";

/**
 * Who asks, for help queries. `userId` is whom the app acts as (the resident while a buurtwerker helps
 * them at the desk); `actorId` is who is really signed in (recorded as creator and in the contact log);
 * `isStaff` only when a buurtwerker works as themselves.
 */
export type HelpActor = { userId: string; actorId: string; isStaff: boolean; isVolunteer: boolean };

export function helpActor(viewer: Viewer): HelpActor {
  const staff = isStaff(viewer.actor.roles) && !viewer.actingFor;
  return {
    userId: viewer.user.id,
    actorId: viewer.actor.id,
    isStaff: staff,
    isVolunteer: viewer.user.roles.includes("volunteer"),
  };
}
