// Who may do what with a building's agreements. Residents take part in their own building; staff work on the
// buildings of their neighbourhoods (an admin on all); a co-author is a resident the staff asked to help write.
import { definePermissions, worksIn, type Actor } from "~/utils/actor";

/**
 * A building as the rules see it. `livesHere` is about the person the app acts as (a current residence), so a
 * buurtwerker acting for a resident takes part as that resident, on the record.
 */
export type BuildingSubject = { neighbourhoodId: string; livesHere: boolean };
/** An agreement: its building, and whether the person is one of its co-authors. */
export type AgreementSubject = BuildingSubject & { coAuthor: boolean };

const staffThere = (actor: Actor, building: BuildingSubject) => worksIn(actor, building.neighbourhoodId);
/** Authors: staff of the neighbourhood, or a co-author who still lives in the building. */
const author = (actor: Actor, agreement: AgreementSubject) => staffThere(actor, agreement) || (agreement.coAuthor && agreement.livesHere);

export const can = definePermissions({
  /** A building, its spaces, agreements, versions, comparisons and the hallway notice. */
  read: (actor, building: BuildingSubject) => building.livesHere || staffThere(actor, building),
  /** Who answered what, with names and flat numbers; who commented; who has not read the rules yet. */
  seeNames: (actor, building: BuildingSubject) => staffThere(actor, building),
  respond: (_actor, building: BuildingSubject) => building.livesHere,
  /** Residents ask and suggest; the buurtwerker answers them under the item. */
  comment: (actor, building: BuildingSubject) => building.livesHere || staffThere(actor, building),
  acknowledge: (_actor, building: BuildingSubject) => building.livesHere,
  /** The "new agreement" page: staff working as themselves; it offers only their neighbourhoods' spaces. */
  startAgreements: (actor) => actor.staff !== null,
  /** Start an agreement for a space of this building. */
  create: (actor, building: BuildingSubject) => staffThere(actor, building),
  edit: author,
  open: author,
  revise: author,
  adopt: author,
  setMeetingNote: author,
  addCoAuthor: (actor, agreement: AgreementSubject) => staffThere(actor, agreement),
  /** A household's answer given on paper at the bewonersbijeenkomst. */
  recordPaperConsent: (actor, agreement: AgreementSubject) => staffThere(actor, agreement),
});

/** The buttons and forms an agreement's page shows this person; each change asks again when it is sent. */
export function agreementPageAbilities(actor: Actor, agreement: AgreementSubject) {
  return {
    respond: can(actor, "respond", agreement),
    comment: can(actor, "comment", agreement),
    acknowledge: can(actor, "acknowledge", agreement),
    edit: can(actor, "edit", agreement),
    open: can(actor, "open", agreement),
    revise: can(actor, "revise", agreement),
    adopt: can(actor, "adopt", agreement),
    setMeetingNote: can(actor, "setMeetingNote", agreement),
    addCoAuthor: can(actor, "addCoAuthor", agreement),
    recordPaperConsent: can(actor, "recordPaperConsent", agreement),
  };
}
