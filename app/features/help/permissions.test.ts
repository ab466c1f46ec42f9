import { describe, expect, test } from "vitest";
import { can, type ConcernSubject, type RequestSubject } from "~/features/help/permissions";
import { actingActor, residentActor, staffActor } from "#tests/fixtures/actors";
import type { Actor } from "~/utils/actor";

// The people of every row. The request belongs to res-1 in Noordwijk; vol-1 is its volunteer.
const people = {
  resident: residentActor("res-1"),
  otherResident: residentActor("res-2"),
  volunteer: residentActor("vol-1", { roles: ["resident", "volunteer"] }),
  staffHere: staffActor("sofie", ["noordwijk"]),
  staffElsewhere: staffActor("youssef", ["kanaalzone"]),
  admin: staffActor("beheer", "all"),
  actingForResident: actingActor("sofie", "res-1", "session-1"),
  // A buurtwerker acting for a resident who also volunteers: volunteering stays the volunteer's own.
  actingForVolunteer: {
    ...actingActor("sofie", "vol-1", "session-2"),
    user: residentActor("vol-1", { roles: ["resident", "volunteer"] }).user,
  },
} satisfies Record<string, Actor>;
type Persona = keyof typeof people;
const order: Persona[] = [
  "resident",
  "otherResident",
  "volunteer",
  "staffHere",
  "staffElsewhere",
  "admin",
  "actingForResident",
  "actingForVolunteer",
];

const waiting: RequestSubject = {
  residentId: "res-1",
  neighbourhoodId: "noordwijk",
  status: "offered",
  matchedVolunteerId: null,
  offers: [{ volunteerId: "vol-1", origin: "staff", status: "pending" }],
  meetAtWijkhuis: false,
  firstMeetingAt: null,
  firstMeetingDoneAt: null,
};
const matched: RequestSubject = {
  ...waiting,
  status: "matched",
  matchedVolunteerId: "vol-1",
  offers: [{ volunteerId: "vol-1", origin: "staff", status: "accepted" }],
};
const done: RequestSubject = { ...matched, status: "done" };
// "Eerst kennismaken in het wijkhuis" (issue 16): matched, the meeting to plan, planned, and done.
const wijkhuisToPlan: RequestSubject = { ...matched, meetAtWijkhuis: true };
const wijkhuisPlanned: RequestSubject = { ...wijkhuisToPlan, firstMeetingAt: new Date("2026-12-01T13:00:00Z") };
const wijkhuisMet: RequestSubject = { ...wijkhuisPlanned, firstMeetingDoneAt: new Date("2026-12-01T14:00:00Z") };
const openNearby: RequestSubject = { ...waiting, status: "open", offers: [] };
const servingNoordwijk = { neighbourhoodIds: ["noordwijk"], approved: true };
const concernByNeighbour: ConcernSubject = {
  raisedById: "res-1",
  requestNeighbourhoodId: null,
  raiserNeighbourhoodIds: ["noordwijk"],
};
// Raised by someone living in Kanaalzone about the Noordwijk request: staff of either place handle it.
const concernFromKanaalzone: ConcernSubject = {
  raisedById: "res-2",
  requestNeighbourhoodId: "noordwijk",
  raiserNeighbourhoodIds: ["kanaalzone"],
};

type Row = [name: string, check: (actor: Actor) => boolean, expected: string];

// Expected answers in the order of `order`: 1 = may, . = may not. One row per line, to read as a table.
// prettier-ignore
const rows: Row[] = [
  ["coordinate (overview, volunteers, suggestions)", (a) => can(a, "coordinate"), "...111.."],
  ["see a waiting request", (a) => can(a, "seeRequest", waiting), "1.11.111"],
  ["see a matched request", (a) => can(a, "seeRequest", matched), "1.11.111"],
  ["read the details of a waiting request", (a) => can(a, "seeDetails", waiting), "1..1.11."],
  ["read the details of a matched request", (a) => can(a, "seeDetails", matched), "1.11.111"],
  ["see address and phone of a waiting request", (a) => can(a, "seeContact", waiting), "...1.1.."],
  ["see address and phone of a matched request", (a) => can(a, "seeContact", matched), "..11.1.."],
  ["see address and phone of a finished request", (a) => can(a, "seeContact", done), "...1.1.."],
  ["see address and phone before the first meeting at the wijkhuis", (a) => can(a, "seeContact", wijkhuisPlanned), "...1.1.."],
  ["see address and phone after the first meeting at the wijkhuis", (a) => can(a, "seeContact", wijkhuisMet), "..11.1.."],
  ["plan the first meeting at the wijkhuis", (a) => can(a, "planMeeting", wijkhuisToPlan), "..11.1.."],
  ["move the planned first meeting", (a) => can(a, "planMeeting", wijkhuisPlanned), "..11.1.."],
  ["plan a meeting nobody asked for", (a) => can(a, "planMeeting", matched), "........"],
  ["plan the first meeting once it took place", (a) => can(a, "planMeeting", wijkhuisMet), "........"],
  ["mark the planned first meeting done", (a) => can(a, "meetingDone", wijkhuisPlanned), "...1.1.."],
  ["mark a meeting done that was never planned", (a) => can(a, "meetingDone", wijkhuisToPlan), "........"],
  ["log a visit before the first meeting at the wijkhuis", (a) => can(a, "logVisit", wijkhuisPlanned), "........"],
  ["log a visit after the first meeting at the wijkhuis", (a) => can(a, "logVisit", wijkhuisMet), "..1....."],
  ["ask for help for oneself", (a) => can(a, "askForHelp"), "111...11"],
  ["record a request for a Noordwijk resident", (a) => can(a, "recordFor", { neighbourhoodIds: ["noordwijk"] }), "...1.1.."],
  ["record a request for a resident living nowhere known", (a) => can(a, "recordFor", { neighbourhoodIds: [] }), ".....1.."],
  ["offer a waiting request to volunteers", (a) => can(a, "offer", waiting), "...1.1.."],
  ["offer a matched request", (a) => can(a, "offer", matched), "........"],
  ["answer an offer", (a) => can(a, "answerOffer", waiting), "..1....."],
  ["answer an offer already accepted", (a) => can(a, "answerOffer", matched), "........"],
  ["propose help (approved, serving Noordwijk)", (a) => can(a, "proposeHelp", { request: openNearby, volunteer: servingNoordwijk }), "..1....."],
  ["propose help while not approved", (a) => can(a, "proposeHelp", { request: openNearby, volunteer: { ...servingNoordwijk, approved: false } }), "........"],
  ["propose help elsewhere", (a) => can(a, "proposeHelp", { request: openNearby, volunteer: { neighbourhoodIds: ["kanaalzone"], approved: true } }), "........"],
  ["approve a volunteer serving Noordwijk", (a) => can(a, "approveVolunteer", { neighbourhoodIds: ["noordwijk"] }), "...1.1.."],
  ["keep a volunteer profile", (a) => can(a, "keepProfile"), "111111.."],
  ["log a visit", (a) => can(a, "logVisit", matched), "..1....."],
  ["log a visit before the match", (a) => can(a, "logVisit", waiting), "........"],
  ["mark the check-in done", (a) => can(a, "checkIn", matched), "...1.1.."],
  ["cancel a waiting request", (a) => can(a, "cancel", waiting), "1..1.11."],
  ["cancel a matched request", (a) => can(a, "cancel", matched), "1..1.11."],
  ["cancel a finished request", (a) => can(a, "cancel", done), "........"],
  ["finish a matched request", (a) => can(a, "finish", matched), "1.11.11."],
  ["finish a waiting request", (a) => can(a, "finish", waiting), "........"],
  ["raise a concern", (a) => can(a, "raiseConcern", null), "11111111"],
  ["raise a concern about the request", (a) => can(a, "raiseConcern", matched), "1.11.111"],
  ["see the offers of a request", (a) => can(a, "seeOffers", waiting), "...1.1.."],
  ["see a neighbour's concern", (a) => can(a, "seeConcern", concernByNeighbour), "1..1.11."],
  ["handle a neighbour's concern", (a) => can(a, "handleConcern", concernByNeighbour), "...1.1.."],
  ["handle a concern from Kanaalzone about Noordwijk", (a) => can(a, "handleConcern", concernFromKanaalzone), "...111.."],
];

describe.each(rows)("%s", (_name, check, expected) => {
  test.each(order.map((persona, i) => [persona, expected[i] === "1"] as const))(
    "%s: %s",
    (persona, allowed) => {
      expect(check(people[persona])).toBe(allowed);
    },
  );
});

test("every row names every person", () => {
  for (const [name, , expected] of rows) expect(expected, name).toHaveLength(order.length);
});

test("anonymous visitors may do none of it", () => {
  expect(can(null, "raiseConcern", null)).toBe(false);
  expect(can(null, "seeRequest", waiting)).toBe(false);
});
