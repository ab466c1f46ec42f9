// Who may do what with meeting moments. Reading the public ones needs no permission (the queries decide what an
// anonymous visitor sees); organising is for buurtwerkers in the neighbourhood where it happens, and for admins.
import { definePermissions, worksIn, worksInAny, type Actor } from "~/utils/actor";

/** Where an activity, or one date of it, takes place. */
export type ActivityPlace = { neighbourhoodId: string };

/** A date that is only for the residents of one building; `residentHere`: the person lives in that building. */
export type BuildingDate = { neighbourhoodId: string; residentHere: boolean };

/** A resident signed up by a buurtwerker: the date, and where the resident lives. */
export type AssistedSignUp = { neighbourhoodId: string; residentNeighbourhoodIds: readonly string[] };

const worksThere = (actor: Actor, place: ActivityPlace) => worksIn(actor, place.neighbourhoodId);

export const can = definePermissions({
  /** The "new activity" page: staff with at least one neighbourhood to organise in. */
  startActivity: (actor) => actor.staff !== null && (actor.staff.admin || actor.staff.neighbourhoodIds.length > 0),
  /** Create an activity in this neighbourhood: the form offers only these places, the mutation refuses others. */
  organise: worksThere,
  /** Edit, duplicate or cancel an activity, or change or cancel one of its dates. */
  edit: worksThere,
  /** The attendee list with names, phone numbers and needs: on screen, printed and as CSV. */
  seeAttendees: worksThere,
  makePoster: worksThere,
  checkIn: worksThere,
  addWalkIn: worksThere,
  /** Sign up a resident at the desk: a date and a resident both where the buurtwerker works. */
  signUpResident: (actor, signUp: AssistedSignUp) => worksIn(actor, signUp.neighbourhoodId) && worksInAny(actor, signUp.residentNeighbourhoodIds),
  /** A building-only date: its residents, and the staff of its neighbourhood (the list queries say the same in their where). */
  seeBuildingDate: (actor, date: BuildingDate) => date.residentHere || worksIn(actor, date.neighbourhoodId),
  /** A new private calendar address is the resident's own choice, not a buurtwerker's acting for them. */
  resetCalendar: (actor) => actor.acting === null,
});
