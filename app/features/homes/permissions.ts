// Where people live: a resident says it themselves (or a buurtwerker acting for them, on the record); a building
// opens what is only for its residents once the staff of its neighbourhood confirmed it.
import { definePermissions, worksIn } from "~/utils/actor";

/** The building someone says they live in. */
export type HomeBuilding = { neighbourhoodId: string };

export const can = definePermissions({
  /** Say in which neighbourhood and building you live: residents and volunteers, not staff working as themselves. */
  chooseHome: (actor) => actor.staff === null,
  /** Confirm or refuse that someone lives in a building: the staff of its neighbourhood (an admin: all). */
  confirmHome: (actor, building: HomeBuilding) => worksIn(actor, building.neighbourhoodId),
});
