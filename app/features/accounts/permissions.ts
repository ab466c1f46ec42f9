// Who may do what with people's accounts: the desk, acting for someone, registering, assigning staff.
import { definePermissions, isAdmin, worksInAny } from "~/utils/actor";

/** Where a resident lives: their neighbourhood and the neighbourhoods of their buildings. */
export type ResidentPlaces = { neighbourhoodIds: readonly string[] };

export const can = definePermissions({
  /** The desk (onthaal): staff working as themselves. */
  useDesk: (actor) => actor.staff !== null,
  /** Act for a resident, or register one: only where the buurtwerker works. */
  actFor: (actor, resident: ResidentPlaces) => worksInAny(actor, resident.neighbourhoodIds),
  register: (actor, resident: ResidentPlaces) => worksInAny(actor, resident.neighbourhoodIds),
  /** Who works where: admins only. */
  assignStaff: (actor) => isAdmin(actor),
});
