import { describe, expect, test } from "vitest";
import { actingActor, residentActor, staffActor } from "#tests/fixtures/actors";
import { can } from "~/features/activities/permissions";
import type { Actor } from "~/utils/actor";

// Everything here happens in Noordwijk; the resident lives in the building the date is for.
const people = {
  resident: residentActor("bewoner-noordwijk"),
  otherResident: residentActor("bewoner-kanaalzone"),
  volunteer: residentActor("vrijwilliger", { roles: ["resident", "volunteer"] }),
  staffHere: staffActor("sofie", ["wijk-noordwijk"]),
  staffElsewhere: staffActor("youssef", ["wijk-kanaalzone"]),
  admin: staffActor("beheer", "all"),
  actingStaff: actingActor("sofie", "bewoner-noordwijk", "acting-1"),
} satisfies Record<string, Actor>;
type Persona = keyof typeof people;
const personas: Persona[] = ["resident", "otherResident", "volunteer", "staffHere", "staffElsewhere", "admin", "actingStaff"];

const noordwijk = { neighbourhoodId: "wijk-noordwijk" };
const noOne: Record<Persona, boolean> = { resident: false, otherResident: false, volunteer: false, staffHere: false, staffElsewhere: false, admin: false, actingStaff: false };
const noordwijkStaff = { ...noOne, staffHere: true, admin: true };

const table: { action: string; check: (actor: Actor, persona: Persona) => boolean; expected: Record<Persona, boolean> }[] = [
  { action: "startActivity", check: (actor) => can(actor, "startActivity"), expected: { ...noOne, staffHere: true, staffElsewhere: true, admin: true } },
  { action: "organise in Noordwijk", check: (actor) => can(actor, "organise", noordwijk), expected: noordwijkStaff },
  { action: "edit a Noordwijk activity", check: (actor) => can(actor, "edit", noordwijk), expected: noordwijkStaff },
  { action: "see its attendees", check: (actor) => can(actor, "seeAttendees", noordwijk), expected: noordwijkStaff },
  { action: "make its poster", check: (actor) => can(actor, "makePoster", noordwijk), expected: noordwijkStaff },
  { action: "check people in", check: (actor) => can(actor, "checkIn", noordwijk), expected: noordwijkStaff },
  { action: "add a walk-in", check: (actor) => can(actor, "addWalkIn", noordwijk), expected: noordwijkStaff },
  {
    action: "sign up a Noordwijk resident",
    check: (actor) => can(actor, "signUpResident", { ...noordwijk, residentNeighbourhoodIds: ["wijk-noordwijk"] }),
    expected: noordwijkStaff,
  },
  {
    action: "sign up a Kanaalzone resident for a Noordwijk date",
    check: (actor) => can(actor, "signUpResident", { ...noordwijk, residentNeighbourhoodIds: ["wijk-kanaalzone"] }),
    expected: { ...noOne, admin: true },
  },
  {
    action: "see a building-only date",
    check: (actor, persona) => can(actor, "seeBuildingDate", { ...noordwijk, residentHere: persona === "resident" || persona === "actingStaff" }),
    // The acting buurtwerker sees what the resident they act for sees.
    expected: { ...noordwijkStaff, resident: true, actingStaff: true },
  },
  { action: "reset the private calendar address", check: (actor) => can(actor, "resetCalendar"), expected: { ...noOne, resident: true, otherResident: true, volunteer: true, staffHere: true, staffElsewhere: true, admin: true } },
];

describe("activities: who may do what", () => {
  for (const row of table) {
    for (const persona of personas) {
      test(`${row.action}: ${persona} ${row.expected[persona] ? "may" : "may not"}`, () => {
        expect(row.check(people[persona], persona)).toBe(row.expected[persona]);
      });
    }
  }

  test("an anonymous visitor may do none of it", () => {
    expect(can(null, "startActivity")).toBe(false);
    expect(can(null, "seeAttendees", noordwijk)).toBe(false);
    expect(can(null, "seeBuildingDate", { ...noordwijk, residentHere: false })).toBe(false);
  });

  test("a buurtwerker without a neighbourhood cannot start an activity", () => {
    expect(can(staffActor("nieuw", []), "startActivity")).toBe(false);
  });
});
