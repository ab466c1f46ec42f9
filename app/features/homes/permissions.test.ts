import { describe, expect, test } from "vitest";
import { actingActor, residentActor, staffActor } from "#tests/fixtures/actors";
import { can } from "~/features/homes/permissions";
import type { Actor } from "~/utils/actor";

// The building is in Noordwijk.
const people = {
  resident: residentActor("bewoner-noordwijk"),
  volunteer: residentActor("vrijwilliger", { roles: ["resident", "volunteer"] }),
  staffHere: staffActor("sofie", ["wijk-noordwijk"]),
  staffElsewhere: staffActor("youssef", ["wijk-kanaalzone"]),
  admin: staffActor("beheer", "all"),
  actingStaff: actingActor("sofie", "bewoner-noordwijk", "acting-1"),
} satisfies Record<string, Actor>;
type Persona = keyof typeof people;
const personas = Object.keys(people) as Persona[];
const noOne: Record<Persona, boolean> = { resident: false, volunteer: false, staffHere: false, staffElsewhere: false, admin: false, actingStaff: false };

const table: { action: string; check: (actor: Actor) => boolean; expected: Record<Persona, boolean> }[] = [
  { action: "say where they live", check: (actor) => can(actor, "chooseHome"), expected: { ...noOne, resident: true, volunteer: true, actingStaff: true } },
  {
    action: "confirm a home in a Noordwijk building",
    check: (actor) => can(actor, "confirmHome", { neighbourhoodId: "wijk-noordwijk" }),
    // Acting for a resident, a buurtwerker is that resident: they cannot confirm their own request.
    expected: { ...noOne, staffHere: true, admin: true },
  },
];

describe("homes: who may do what", () => {
  for (const row of table) {
    for (const persona of personas) {
      test(`${row.action}: ${persona} ${row.expected[persona] ? "may" : "may not"}`, () => {
        expect(row.check(people[persona])).toBe(row.expected[persona]);
      });
    }
  }

  test("an anonymous visitor may do none of it", () => {
    expect(can(null, "chooseHome")).toBe(false);
    expect(can(null, "confirmHome", { neighbourhoodId: "wijk-noordwijk" })).toBe(false);
  });
});
