import { describe, expect, test } from "vitest";
import { actingActor, residentActor, staffActor } from "#tests/fixtures/actors";
import type { Actor } from "~/utils/actor";
import { can, type SurveyAction, type SurveySubject } from "./permissions";
import type { SurveyPhase } from "./rules";

// A survey of a Noordwijk building, seen by each kind of person. `livesHere` is about the person the app acts as:
// the acting buurtwerker acts for a resident of the building.
const noordwijk = "wijk-noordwijk";
const people = {
  resident: { actor: residentActor("bewoner"), livesHere: true },
  otherResident: { actor: residentActor("ander"), livesHere: false },
  volunteer: { actor: residentActor("vrijwilliger", { roles: ["resident", "volunteer"] }), livesHere: false },
  staffHere: { actor: staffActor("sofie", [noordwijk]), livesHere: false },
  staffElsewhere: { actor: staffActor("youssef", ["wijk-kanaalzone"]), livesHere: false },
  admin: { actor: staffActor("beheer", "all"), livesHere: false },
  actingStaff: { actor: actingActor("sofie", "bewoner", "sessie"), livesHere: true },
} satisfies Record<string, { actor: Actor; livesHere: boolean }>;
type Person = keyof typeof people;
const order: Person[] = ["resident", "otherResident", "volunteer", "staffHere", "staffElsewhere", "admin", "actingStaff"];

function row(resident: boolean, otherResident: boolean, volunteer: boolean, staffHere: boolean, staffElsewhere: boolean, admin: boolean, actingStaff: boolean): Record<Person, boolean> {
  return { resident, otherResident, volunteer, staffHere, staffElsewhere, admin, actingStaff };
}
const T = true;
const F = false;

type SubjectAction = Exclude<SurveyAction, "startSurveys" | "create">;

/** Each action in each phase: draft, scheduled, open, closed (paper still open), closed (paper closed too). */
const phases: { phase: SurveyPhase; paperOpen: boolean; name: string }[] = [
  { phase: "draft", paperOpen: false, name: "draft" },
  { phase: "scheduled", paperOpen: false, name: "scheduled" },
  { phase: "open", paperOpen: true, name: "open" },
  { phase: "closed", paperOpen: true, name: "just closed" },
  { phase: "closed", paperOpen: false, name: "closed long ago" },
];

const staff = row(F, F, F, T, F, T, F);
const nobody = row(F, F, F, F, F, F, F);
const table: Record<SubjectAction, Record<string, Record<Person, boolean>>> = {
  //                                    res other vol here else admin acting
  manage: { draft: staff, scheduled: staff, open: staff, "just closed": staff, "closed long ago": staff },
  seeResults: { draft: staff, scheduled: staff, open: staff, "just closed": staff, "closed long ago": staff },
  invite: { draft: nobody, scheduled: staff, open: staff, "just closed": staff, "closed long ago": staff },
  answer: { draft: nobody, scheduled: nobody, open: row(T, F, F, F, F, F, T), "just closed": nobody, "closed long ago": nobody },
  collect: { draft: nobody, scheduled: nobody, open: staff, "just closed": nobody, "closed long ago": nobody },
  enterPaper: { draft: nobody, scheduled: nobody, open: staff, "just closed": staff, "closed long ago": nobody },
};

const isSubjectAction = (name: string): name is SubjectAction => name in table;

describe("who may do what with a survey", () => {
  for (const [action, byPhase] of Object.entries(table)) {
    for (const { phase, paperOpen, name } of phases) {
      const expected = byPhase[name];
      if (!expected) throw new Error(`${action} ${name}`);
      test.each(order.map((person) => [person, expected[person]] as const))(`${action} (${name}): %s → %s`, (person, answer) => {
        if (!isSubjectAction(action)) throw new Error(action);
        const { actor, livesHere } = people[person];
        const subject: SurveySubject = { neighbourhoodId: noordwijk, livesHere, phase, paperOpen };
        expect(can(actor, action, subject)).toBe(answer);
      });
    }
  }

  test("starting a survey: staff working as themselves; creating one: only where they work", () => {
    expect(order.filter((p) => can(people[p].actor, "startSurveys"))).toEqual(["staffHere", "staffElsewhere", "admin"]);
    expect(order.filter((p) => can(people[p].actor, "create", { neighbourhoodId: noordwijk }))).toEqual(["staffHere", "admin"]);
  });

  test("an anonymous visitor may do none of it", () => {
    const subject: SurveySubject = { neighbourhoodId: noordwijk, livesHere: true, phase: "open", paperOpen: true };
    expect(can(null, "answer", subject)).toBe(false);
    expect(can(null, "startSurveys")).toBe(false);
  });
});
