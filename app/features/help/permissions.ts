// Who may do what with help requests, volunteers and concerns. Pure: the queries in queries.server.ts scope their
// `where` by the same rules (requestsVisibleTo...), and every mutation loads its subject that way and asks again.
import { contactReleased, type FirstMeeting } from "~/features/help/first-meeting";
import { definePermissions, isAdmin, worksIn, worksInAny, type Actor } from "~/utils/actor";

/** A help request as the rules see it (with its first meeting at the wijkhuis, if one was asked: first-meeting.ts). */
export type RequestSubject = FirstMeeting & {
  residentId: string;
  neighbourhoodId: string | null;
  status: string;
  matchedVolunteerId: string | null;
  /** Offers made to volunteers by staff, and offers volunteers made themselves. */
  offers: readonly { volunteerId: string; origin: string; status: string }[];
};

/** Where a volunteer serves (their profile), or where a resident lives. */
export type Places = { neighbourhoodIds: readonly string[] };

/** A concern: the request it is about (if any) and where the person who raised it lives. */
export type ConcernSubject = {
  raisedById: string;
  requestNeighbourhoodId: string | null;
  raiserNeighbourhoodIds: readonly string[];
};

/** Requests still looking for a volunteer. */
export const activeStatuses = ["open", "offered"];

const isActive = (request: RequestSubject) => activeStatuses.includes(request.status);
const isOwner = (actor: Actor, request: RequestSubject) => request.residentId === actor.user.id;
const isMatched = (actor: Actor, request: RequestSubject) => request.matchedVolunteerId === actor.user.id;
const staffHere = (actor: Actor, request: RequestSubject) => worksIn(actor, request.neighbourhoodId);

/**
 * Volunteering is done by the volunteer themselves: acting for someone is help for residents who cannot use the app
 * (asking for help, cancelling, finishing, a concern), and only those changes are written down for them.
 */
const asVolunteer = (actor: Actor) => actor.acting === null;

const seeRequest = (actor: Actor, request: RequestSubject) =>
  isOwner(actor, request) ||
  isMatched(actor, request) ||
  request.offers.some((o) => o.volunteerId === actor.user.id) ||
  staffHere(actor, request);

export const can = definePermissions({
  /** The overview, the volunteers list and suggestions: staff working as themselves, each in their own neighbourhoods. */
  coordinate: (actor) => actor.staff !== null,
  /** Kind, place, times and first name: the resident, volunteers it was offered to, the buddy, staff of its neighbourhood. */
  seeRequest,
  /** The description, names and visits: the resident, the buddy once matched, staff of its neighbourhood. */
  seeDetails: (actor, request: RequestSubject) =>
    isOwner(actor, request) ||
    (isMatched(actor, request) && ["matched", "done"].includes(request.status)) ||
    staffHere(actor, request),
  /**
   * Address and phone (every view is recorded): the buddy while matched, staff of its neighbourhood. When the resident
   * asked to meet at the wijkhuis first, the buddy only after the buurtwerker marked that meeting done.
   */
  seeContact: (actor, request: RequestSubject) =>
    (asVolunteer(actor) && isMatched(actor, request) && request.status === "matched" && contactReleased(request)) ||
    staffHere(actor, request),
  /** Plan (or move) the first meeting at the wijkhuis: staff of its neighbourhood, or the buddy (in the resident's times). */
  planMeeting: (actor, request: RequestSubject) =>
    request.meetAtWijkhuis &&
    request.status === "matched" &&
    request.firstMeetingDoneAt === null &&
    (staffHere(actor, request) || (asVolunteer(actor) && isMatched(actor, request))),
  /** Mark the first meeting at the wijkhuis done (it releases address and phone to the buddy): staff of its neighbourhood. */
  meetingDone: (actor, request: RequestSubject) =>
    request.meetAtWijkhuis &&
    request.status === "matched" &&
    request.firstMeetingAt !== null &&
    request.firstMeetingDoneAt === null &&
    staffHere(actor, request),
  /** Ask for help for oneself (a buurtwerker working as themselves records a request for a resident instead). */
  askForHelp: (actor) => actor.staff === null,
  /** Record a request for a resident: staff where the resident lives (an admin also for someone living nowhere known). */
  recordFor: (actor, resident: Places) => isAdmin(actor) || worksInAny(actor, resident.neighbourhoodIds),
  /** Offer a waiting request to volunteers: staff of its neighbourhood. */
  offer: (actor, request: RequestSubject) => isActive(request) && staffHere(actor, request),
  /** Confirm a volunteer's own offer: staff of its neighbourhood (the first-wins claim says whether it is still free). */
  confirmOffer: (actor, request: RequestSubject) => staffHere(actor, request),
  /** Say yes or no to an offer from a buurtwerker. */
  answerOffer: (actor, request: RequestSubject) =>
    asVolunteer(actor) &&
    request.offers.some(
      (o) =>
        o.volunteerId === actor.user.id &&
        o.origin === "staff" &&
        (o.status === "pending" || o.status === "taken"),
    ),
  /** A volunteer offers to help with a waiting request in a neighbourhood they serve (not their own request). */
  proposeHelp: (actor, subject: { request: RequestSubject; volunteer: Places & { approved: boolean } }) =>
    asVolunteer(actor) &&
    actor.user.roles.includes("volunteer") &&
    subject.volunteer.approved &&
    isActive(subject.request) &&
    !isOwner(actor, subject.request) &&
    subject.request.neighbourhoodId !== null &&
    subject.volunteer.neighbourhoodIds.includes(subject.request.neighbourhoodId),
  /** Approve a volunteer after the intake: staff of a neighbourhood they serve. */
  approveVolunteer: (actor, volunteer: Places) => worksInAny(actor, volunteer.neighbourhoodIds),
  /** Keep a volunteer profile: anyone, for themselves. */
  keepProfile: (actor) => asVolunteer(actor),
  /** Log a visit: the buddy (after the first meeting at the wijkhuis, when one was asked). */
  logVisit: (actor, request: RequestSubject) =>
    asVolunteer(actor) && isMatched(actor, request) && request.status === "matched" && contactReleased(request),
  /** Mark the check-in after the first visit done: staff of its neighbourhood. */
  checkIn: (actor, request: RequestSubject) => staffHere(actor, request),
  /** Cancel a request that is not finished: the resident, staff of its neighbourhood. */
  cancel: (actor, request: RequestSubject) =>
    [...activeStatuses, "matched"].includes(request.status) &&
    (isOwner(actor, request) || staffHere(actor, request)),
  /** A task done, a buddy pair ended: the resident, the buddy, staff of its neighbourhood. */
  finish: (actor, request: RequestSubject) =>
    request.status === "matched" &&
    (isOwner(actor, request) ||
      (asVolunteer(actor) && isMatched(actor, request)) ||
      staffHere(actor, request)),
  /** Raise a concern: anyone signed in; about a request only one they may see. */
  raiseConcern: (actor, about: RequestSubject | null) => about === null || seeRequest(actor, about),
  /** Change a concern's status: staff where the request is, or where the person who raised it lives. */
  handleConcern: (actor, concern: ConcernSubject) =>
    worksIn(actor, concern.requestNeighbourhoodId) || worksInAny(actor, concern.raiserNeighbourhoodIds),
  /** Read a concern: the person who raised it, and the staff who handle it. */
  seeConcern: (actor, concern: ConcernSubject) =>
    concern.raisedById === actor.user.id ||
    worksIn(actor, concern.requestNeighbourhoodId) ||
    worksInAny(actor, concern.raiserNeighbourhoodIds),
  /** Every offer made for a request, and who answered: staff of its neighbourhood. */
  seeOffers: (actor, request: RequestSubject) => staffHere(actor, request),
});

/** What the request page offers this person, from the same rules (the JSX shows only these buttons). */
export function requestAbilities(actor: Actor, request: RequestSubject) {
  return {
    seeContact: can(actor, "seeContact", request),
    planMeeting: can(actor, "planMeeting", request),
    meetingDone: can(actor, "meetingDone", request),
    offer: can(actor, "offer", request),
    answerOffer: can(actor, "answerOffer", request),
    logVisit: can(actor, "logVisit", request),
    checkIn: can(actor, "checkIn", request),
    cancel: can(actor, "cancel", request),
    finish: can(actor, "finish", request),
    seeOffers: can(actor, "seeOffers", request),
  };
}
