import { describe, expect, test } from "vitest";
import { actingActor, residentActor, staffActor } from "#tests/fixtures/actors";
import type { Actor } from "~/utils/actor";
import { can } from "./permissions";

// The common room of a Noordwijk building and one booking in it, made by "bewoner". `livesHere` is about the
// person the app acts as: the acting buurtwerker acts for that same resident.
const noordwijk = "wijk-noordwijk";
const people = {
  resident: { actor: residentActor("bewoner"), livesHere: true },
  neighbour: { actor: residentActor("buur"), livesHere: true },
  otherResident: { actor: residentActor("ander"), livesHere: false },
  volunteer: { actor: residentActor("vrijwilliger", { roles: ["resident", "volunteer"] }), livesHere: false },
  staffHere: { actor: staffActor("sofie", [noordwijk]), livesHere: false },
  staffElsewhere: { actor: staffActor("youssef", ["wijk-kanaalzone"]), livesHere: false },
  admin: { actor: staffActor("beheer", "all"), livesHere: false },
  actingStaff: { actor: actingActor("sofie", "bewoner", "sessie"), livesHere: true },
} satisfies Record<string, { actor: Actor; livesHere: boolean }>;
type Person = keyof typeof people;

const order: Person[] = ["resident", "neighbour", "otherResident", "volunteer", "staffHere", "staffElsewhere", "admin", "actingStaff"];
/** One expected answer per person, in the order of the columns below. */
function row(
  resident: boolean,
  neighbour: boolean,
  otherResident: boolean,
  volunteer: boolean,
  staffHere: boolean,
  staffElsewhere: boolean,
  admin: boolean,
  actingStaff: boolean,
): Record<Person, boolean> {
  return { resident, neighbour, otherResident, volunteer, staffHere, staffElsewhere, admin, actingStaff };
}
const T = true;
const F = false;

type SpaceAction = "seeWeek" | "seeNames" | "book" | "block" | "cancelAny" | "changeSettings";

const spaceTable: Record<SpaceAction, Record<Person, boolean>> = {
  //                    res  neigh other vol here else admin acting
  seeWeek: row(T, T, F, F, T, F, T, T),
  seeNames: row(F, F, F, F, T, F, T, F),
  book: row(T, T, F, F, F, F, F, T),
  block: row(F, F, F, F, T, F, T, F),
  cancelAny: row(F, F, F, F, T, F, T, F),
  changeSettings: row(F, F, F, F, T, F, T, F),
};
const isSpaceAction = (name: string): name is SpaceAction => name in spaceTable;

describe("who may do what with the booking of a space", () => {
  for (const [action, expected] of Object.entries(spaceTable)) {
    test.each(order.map((person) => [person, expected[person]] as const))(`${action}: %s → %s`, (person, answer) => {
      if (!isSpaceAction(action)) throw new Error(action);
      const { actor, livesHere } = people[person];
      expect(can(actor, action, { neighbourhoodId: noordwijk, livesHere })).toBe(answer);
    });
  }

  // The booker cancels their own booking, also when a buurtwerker acts for them; nobody else does through this.
  const cancelOwn = row(T, F, F, F, F, F, F, T);
  test.each(order.map((person) => [person, cancelOwn[person]] as const))("cancelOwn: %s → %s", (person, answer) => {
    expect(can(people[person].actor, "cancelOwn", { bookerId: "bewoner" })).toBe(answer);
  });

  test("an anonymous visitor may do none of it", () => {
    expect(can(null, "seeWeek", { neighbourhoodId: noordwijk, livesHere: false })).toBe(false);
    expect(can(null, "cancelOwn", { bookerId: "bewoner" })).toBe(false);
  });
});
