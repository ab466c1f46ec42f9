import { describe, expect, test } from "vitest";
import { actingActor, residentActor, staffActor } from "#tests/fixtures/actors";
import { can } from "./permissions";

const amina = residentActor("amina");
const sofie = staffActor("sofie", ["noordwijk"]);
const youssef = staffActor("youssef", ["kanaalzone"]);
const admin = staffActor("beheer", "all");
const sofieForAmina = actingActor("sofie", "amina", "s1");
const deskPerson = { hasEmail: false, neighbourhoodIds: ["noordwijk"] };
const withEmail = { hasEmail: true, neighbourhoodIds: ["noordwijk"] };

describe("privacy permissions", () => {
  test.each([
    ["resident, own data", amina, "eraseOwn", { userId: "amina" }, true],
    ["resident, someone else's", amina, "eraseOwn", { userId: "jozef" }, false],
    ["staff acting for the resident", sofieForAmina, "eraseOwn", { userId: "amina" }, false],
    ["staff here, desk person", sofie, "eraseFor", deskPerson, true],
    ["staff here, person with email", sofie, "eraseFor", withEmail, false],
    ["staff elsewhere, desk person", youssef, "eraseFor", deskPerson, false],
    ["admin, desk person", admin, "eraseFor", deskPerson, true],
    ["resident, desk person", amina, "eraseFor", deskPerson, false],
    ["staff here, export desk person", sofie, "exportFor", deskPerson, true],
    ["staff elsewhere, export desk person", youssef, "exportFor", deskPerson, false],
  ] as const)("%s: %s", (_name, actor, action, subject, expected) => {
    expect(can(actor, action, subject as never)).toBe(expected);
  });

  test("only admins see the deletion log; anonymous visitors may do nothing", () => {
    expect([amina, sofie, youssef, admin].map((actor) => can(actor, "seeDeletionLog"))).toEqual([false, false, false, true]);
    expect(can(null, "exportOwn")).toBe(false);
  });
});
