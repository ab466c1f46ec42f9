import { expect, test, describe } from "vitest";
import { can, type Place } from "~/features/outreach/permissions";
import { actingActor, residentActor, staffActor } from "#tests/fixtures/actors";
import type { Actor } from "~/utils/actor";

// The household, round and figures are Noordwijk's; Sofie works there, Youssef in Kanaalzone.
const people = {
  resident: residentActor("res-1"),
  volunteer: residentActor("vol-1", { roles: ["resident", "volunteer"] }),
  staffHere: staffActor("sofie", ["noordwijk"]),
  staffElsewhere: staffActor("youssef", ["kanaalzone"]),
  staffBoth: staffActor("cover", ["kanaalzone", "noordwijk"]),
  admin: staffActor("beheer", "all"),
  // Sofie acting for a resident at the desk: she is that resident here, and residents see no outreach.
  actingStaff: actingActor("sofie", "res-1", "session-1"),
} satisfies Record<string, Actor>;
type Persona = keyof typeof people;
const order: Persona[] = [
  "resident",
  "volunteer",
  "staffHere",
  "staffElsewhere",
  "staffBoth",
  "admin",
  "actingStaff",
];

const household: Place = { neighbourhoodId: "noordwijk" };
const kanaalzoneActivity = { neighbourhoodId: "noordwijk", activityNeighbourhoodId: "kanaalzone" };
const noordwijkActivity = { neighbourhoodId: "noordwijk", activityNeighbourhoodId: "noordwijk" };

type Row = [name: string, check: (actor: Actor) => boolean, expected: string];

// Expected answers in the order of `order`: 1 = may, . = may not.
// prettier-ignore
const rows: Row[] = [
  ["open the buurtwerk pages and the intake", (a) => can(a, "work"), "..1111."],
  ["plan a round, add addresses, keep partners in Noordwijk", (a) => can(a, "workIn", household), "..1.11."],
  ["see a Noordwijk household", (a) => can(a, "seeHousehold", household), "..1.11."],
  ["see its members' phone numbers", (a) => can(a, "seeContact", household), "..1.11."],
  ["read its follow-up notes", (a) => can(a, "seeNotes", household), "..1.11."],
  ["log a knock at its door", (a) => can(a, "knock", household), "..1.11."],
  ["follow it up", (a) => can(a, "followUp", household), "..1.11."],
  ["refer a member to a buddy or partner", (a) => can(a, "refer", household), "..1.11."],
  ["refer a member to a Noordwijk activity", (a) => can(a, "refer", noordwijkActivity), "..1.11."],
  ["refer a member to a Kanaalzone activity", (a) => can(a, "refer", kanaalzoneActivity), "....11."],
  ["record a referral's outcome", (a) => can(a, "recordOutcome", household), "..1.11."],
  ["take an intake for Noordwijk", (a) => can(a, "intake", household), "..1.11."],
  ["see Noordwijk's reach and signals", (a) => can(a, "seeFigures", household), "..1.11."],
  ["see 'invited by' on a Noordwijk attendee list", (a) => can(a, "seeReferralOnAttendeeList", { neighbourhoodIds: ["noordwijk"] }), "..1.11."],
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
  expect(can(null, "work")).toBe(false);
  expect(can(null, "seeHousehold", household)).toBe(false);
});
