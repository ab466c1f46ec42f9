// A sign-up queued offline can reach the server twice (Background Sync and the page-load replay): the
// activity page's action, called twice with one idempotency key, makes one sign-up and answers the same twice
// (a redirect to the page, post/redirect/get, with the outcome in the session's one-time message).
import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma, prepareDatabase } = await import("~/utils/db.server");
const { action } = await import("~/routes/activiteiten+/$occurrenceId._index");
const { sessionStorage } = await import("~/utils/session.server");
const { createPlace, createUser } = await import("#tests/fixtures/factories");
const { createActivity, daysFromNow } = await import("#tests/fixtures/activities");

await prepareDatabase(prisma);
afterAll(() => smtp.close());

async function occurrenceWith(capacity: number | null) {
  const { neighbourhood } = await createPlace(prisma);
  const staff = await createUser(prisma, { roles: ["buurtwerker"] });
  const activity = await createActivity(prisma, { neighbourhoodId: neighbourhood.id, createdById: staff.id, capacity, date: daysFromNow(9).date });
  const occurrence = activity.occurrences[0];
  if (!occurrence) throw new Error("no occurrence");
  return occurrence.id;
}

function post(occurrenceId: string, fields: Record<string, string>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  const request = new Request(`http://localhost/activiteiten/${occurrenceId}?index`, { method: "POST", body, headers: { Origin: "http://localhost" } });
  return action({ request, params: { occurrenceId }, context: {} });
}

/** A saved sign-up answers 303 to the activity page; the outcome rides along in the session cookie. */
async function redirectedOutcome(answer: unknown, occurrenceId: string) {
  if (!(answer instanceof Response)) throw new Error("expected a redirect");
  expect(answer.status).toBe(303);
  // To the message at the top of the page (issue 16: on a phone the button was far below it).
  expect(answer.headers.get("Location")).toBe(`/activiteiten/${occurrenceId}#uitkomst`);
  const session = await sessionStorage.getSession(answer.headers.get("Set-Cookie"));
  return session.get("signUpOutcome");
}

describe("the sign-up action with an idempotency key", () => {
  test("the same submission twice makes one sign-up and answers the first outcome twice", async () => {
    const occurrenceId = await occurrenceWith(10);
    const fields = { intent: "signUp", name: "Offline Buur", phone: "0470 98 76 54", guests: "1", children: "0", idempotencyKey: "0123456789abcdef0123456789abcdef" };
    const first = await post(occurrenceId, fields);
    const second = await post(occurrenceId, fields);
    const firstDone = await redirectedOutcome(first, occurrenceId);
    const secondDone = await redirectedOutcome(second, occurrenceId);
    expect(firstDone).toMatchObject({ signedUp: { status: "confirmed", position: null } });
    // The cancel code of someone without an account is shown once, with the first answer; it is not stored, so a
    // replay cannot show it again (issue 16). Everything else is the same answer.
    expect(firstDone?.signedUp?.cancelCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(secondDone?.signedUp?.cancelCode).toBeNull();
    expect({ ...secondDone, signedUp: { ...secondDone?.signedUp, cancelCode: undefined } }).toEqual({ ...firstDone, signedUp: { ...firstDone?.signedUp, cancelCode: undefined } });
    const signUps = await prisma.signUp.findMany({ where: { occurrenceId }, select: { id: true, people: true } });
    expect(signUps).toHaveLength(1);
    expect(signUps[0]?.people).toBe(2);
    const occurrence = await prisma.occurrence.findUniqueOrThrow({ where: { id: occurrenceId }, select: { placesTaken: true } });
    expect(occurrence.placesTaken).toBe(2);
    expect(await prisma.idempotencyKey.count({ where: { key: fields.idempotencyKey } })).toBe(1);
  });

  test("a new key for the same person is a new submission: it is refused as already signed up", async () => {
    const occurrenceId = await occurrenceWith(null);
    const fields = { intent: "signUp", name: "Twee Keer", phone: "0470 98 76 55", guests: "0", children: "0" };
    await post(occurrenceId, { ...fields, idempotencyKey: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" });
    const again = await post(occurrenceId, { ...fields, idempotencyKey: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" });
    expect(again).toBeInstanceOf(Response);
    expect(again instanceof Response ? again.status : 0).toBe(400);
    expect(await prisma.signUp.count({ where: { occurrenceId } })).toBe(1);
    // The refused one stored no key: its change was rolled back with it.
    expect(await prisma.idempotencyKey.count({ where: { key: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" } })).toBe(0);
  });
});
