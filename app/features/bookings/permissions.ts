// Who may do what with the booking of a shared space: residents of the building book it, staff of its
// neighbourhood (an admin anywhere) keep it running.
import { definePermissions, worksIn, type Actor } from "~/utils/actor";

/** A space's building as the rules see it; `livesHere` is about the person the app acts as. */
export type SpaceSubject = { neighbourhoodId: string; livesHere: boolean };
export type BookingSubject = { bookerId: string };

const staffThere = (actor: Actor, space: SpaceSubject) => worksIn(actor, space.neighbourhoodId);

export const can = definePermissions({
  /** The week's bookings: taken or free for residents; who and what for only for staff (seeNames). */
  seeWeek: (actor, space: SpaceSubject) => space.livesHere || staffThere(actor, space),
  /** Who booked, what for, and with whose help. */
  seeNames: (actor, space: SpaceSubject) => staffThere(actor, space),
  book: (_actor, space: SpaceSubject) => space.livesHere,
  /** Keep the room free (cleaning, a meeting of the wijkhuis), also outside the opening hours. */
  block: (actor, space: SpaceSubject) => staffThere(actor, space),
  /** Cancel anyone's booking; the resident gets the message by email. */
  cancelAny: (actor, space: SpaceSubject) => staffThere(actor, space),
  cancelOwn: (actor, booking: BookingSubject) => booking.bookerId === actor.user.id,
  /** Opening hours, the longest booking, and whether it can be booked at all. */
  changeSettings: (actor, space: SpaceSubject) => staffThere(actor, space),
});
