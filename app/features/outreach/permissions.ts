// Who may do what in outreach. Households, their knocks, follow-ups, notes, intakes and referrals are for the staff of
// the household's neighbourhood (an admin works in all of them); residents and volunteers see none of it, and a
// buurtwerker acting for a resident is that resident here too. The queries scope their `where` by the same rule
// (staffNeighbourhoods), and every mutation loads its subject that way and asks again.
import { definePermissions, worksIn, worksInAny, type Actor } from "~/utils/actor";

/** Where a household, a round, a partner or a neighbourhood's figures belong. */
export type Place = { neighbourhoodId: string };

/** A household member referred somewhere: where their household is and, for an activity, where that takes place. */
export type ReferralSubject = Place & { activityNeighbourhoodId?: string | null };

const staffHere = (actor: Actor, place: Place) => worksIn(actor, place.neighbourhoodId);

export const can = definePermissions({
  /** The buurtwerk pages and the intake at the desk: staff working as themselves, each in their own neighbourhoods. */
  work: (actor) => actor.staff !== null,
  /** Plan a round, add addresses, register a household, keep the partners of this neighbourhood. */
  workIn: staffHere,
  /** A household's address, members' names, languages, consent, knocks, intakes and referrals. */
  seeHousehold: staffHere,
  /** Members' phone numbers: each view is logged (HouseholdView "contact"). */
  seeContact: staffHere,
  /** The follow-up's notes: each view is logged (HouseholdView "notes"). */
  seeNotes: staffHere,
  /** Log a knock, add a member, record consent and languages. */
  knock: staffHere,
  /** Start, change and end a follow-up; write a note; tag a signal. */
  followUp: staffHere,
  /**
   * Refer a household member. To an activity only one the buurtwerker may sign people up for (the activity's
   * neighbourhood is theirs too); to a buddy or a partner of the household's neighbourhood.
   */
  refer: (actor, referral: ReferralSubject) =>
    staffHere(actor, referral) &&
    (referral.activityNeighbourhoodId == null || worksIn(actor, referral.activityNeighbourhoodId)),
  /** Record a referral's outcome by hand (a partner said they helped; an invitation was not taken up). */
  recordOutcome: staffHere,
  /** Take an intake at the desk for someone living here (or record it for this neighbourhood). */
  intake: staffHere,
  /** A neighbourhood's reach and signals: figures without names, for its own staff and admins. */
  seeFigures: staffHere,
  /** "First time, invited by Sofie" on an attendee list: staff of the household's or the activity's neighbourhood. */
  seeReferralOnAttendeeList: (actor, places: { neighbourhoodIds: readonly string[] }) =>
    worksInAny(actor, places.neighbourhoodIds),
});

/** What a household page offers this person (the JSX shows only these forms). */
export function householdAbilities(actor: Actor, household: Place) {
  return {
    seeContact: can(actor, "seeContact", household),
    seeNotes: can(actor, "seeNotes", household),
    knock: can(actor, "knock", household),
    followUp: can(actor, "followUp", household),
    refer: can(actor, "refer", household),
    recordOutcome: can(actor, "recordOutcome", household),
  };
}
