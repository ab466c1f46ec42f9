import { describe, expect, test } from "vitest";
import { actingActor, residentActor, staffActor } from "#tests/fixtures/actors";
import type { Actor } from "~/utils/actor";
import { can, type AgreementSubject } from "./permissions";

// An agreement of a Noordwijk building, seen by each kind of person. `livesHere` and `coAuthor` are about the
// person the app acts as: the acting buurtwerker acts for a resident of the building.
const noordwijk = "wijk-noordwijk";
const people = {
  resident: { actor: residentActor("bewoner"), livesHere: true, coAuthor: false },
  coAuthor: { actor: residentActor("medeauteur"), livesHere: true, coAuthor: true },
  movedOutCoAuthor: { actor: residentActor("verhuisd"), livesHere: false, coAuthor: true },
  otherResident: { actor: residentActor("ander"), livesHere: false, coAuthor: false },
  volunteer: { actor: residentActor("vrijwilliger", { roles: ["resident", "volunteer"] }), livesHere: false, coAuthor: false },
  staffHere: { actor: staffActor("sofie", [noordwijk]), livesHere: false, coAuthor: false },
  staffElsewhere: { actor: staffActor("youssef", ["wijk-kanaalzone"]), livesHere: false, coAuthor: false },
  admin: { actor: staffActor("beheer", "all"), livesHere: false, coAuthor: false },
  actingStaff: { actor: actingActor("sofie", "bewoner", "sessie"), livesHere: true, coAuthor: false },
} satisfies Record<string, { actor: Actor; livesHere: boolean; coAuthor: boolean }>;
type Person = keyof typeof people;

const order: Person[] = ["resident", "coAuthor", "movedOutCoAuthor", "otherResident", "volunteer", "staffHere", "staffElsewhere", "admin", "actingStaff"];
/** One expected answer per person, in the order of the columns below. */
function row(
  resident: boolean,
  coAuthor: boolean,
  movedOutCoAuthor: boolean,
  otherResident: boolean,
  volunteer: boolean,
  staffHere: boolean,
  staffElsewhere: boolean,
  admin: boolean,
  actingStaff: boolean,
): Record<Person, boolean> {
  return { resident, coAuthor, movedOutCoAuthor, otherResident, volunteer, staffHere, staffElsewhere, admin, actingStaff };
}
const T = true;
const F = false;

type Action = Parameters<typeof can>[1];

const table: Record<Action, Record<Person, boolean>> = {
  //                    res co moved other vol here else admin acting
  read: row(T, T, F, F, F, T, F, T, T),
  seeNames: row(F, F, F, F, F, T, F, T, F),
  respond: row(T, T, F, F, F, F, F, F, T),
  comment: row(T, T, F, F, F, T, F, T, T),
  acknowledge: row(T, T, F, F, F, F, F, F, T),
  create: row(F, F, F, F, F, T, F, T, F),
  edit: row(F, T, F, F, F, T, F, T, F),
  open: row(F, T, F, F, F, T, F, T, F),
  revise: row(F, T, F, F, F, T, F, T, F),
  adopt: row(F, T, F, F, F, T, F, T, F),
  setMeetingNote: row(F, T, F, F, F, T, F, T, F),
  addCoAuthor: row(F, F, F, F, F, T, F, T, F),
  recordPaperConsent: row(F, F, F, F, F, T, F, T, F),
  // No subject: any staff working as themselves; the page lists only their own neighbourhoods.
  startAgreements: row(F, F, F, F, F, T, T, T, F),
};
const isAction = (name: string): name is Action => name in table;

describe("who may do what with a building's agreements", () => {
  for (const [action, expected] of Object.entries(table)) {
    test.each(order.map((person) => [person, expected[person]] as const))(`${action}: %s → %s`, (person, answer) => {
      if (!isAction(action)) throw new Error(action);
      const { actor, livesHere, coAuthor } = people[person];
      const subject: AgreementSubject = { neighbourhoodId: noordwijk, livesHere, coAuthor };
      expect(can(actor, action, subject)).toBe(answer);
    });
  }

  test("an anonymous visitor may do none of it", () => {
    const subject: AgreementSubject = { neighbourhoodId: noordwijk, livesHere: false, coAuthor: false };
    expect(can(null, "read", subject)).toBe(false);
    expect(can(null, "startAgreements")).toBe(false);
  });
});
