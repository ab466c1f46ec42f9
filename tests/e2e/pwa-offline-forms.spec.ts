// Issue 6: a sign-up, a cancellation and a visit log made offline are saved on the phone, sent when the
// network is back, and sent once: replaying the same submission (same idempotency key) changes nothing.
// Each test makes its own neighbourhood, people and activity, so no other test's demo data is touched.
import type { Page } from "@playwright/test";
import { createActivity, daysFromNow } from "#tests/fixtures/activities";
import { createPlace, createUser } from "#tests/fixtures/factories";
import { createHelpRequest, createVolunteerProfile } from "#tests/fixtures/help";
import { expect, test } from "./fixtures";

const queuedBanner = "Bewaard op je telefoon. We sturen het door zodra je weer online bent.";
const queuedNextToButton = "Je hoeft niets opnieuw te doen.";

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated", undefined, { timeout: 20_000 });
}

async function keyOf(page: Page, form: string) {
  const key = await page.locator(`${form} input[name="idempotencyKey"]`).inputValue();
  expect(key).toMatch(/^[0-9a-f]{32}$/);
  return key;
}

test("a sign-up and a cancellation made offline are each sent once when the network is back", async ({ page, context, signIn, db, baseURL }) => {
  test.setTimeout(120_000);
  const { neighbourhood } = await createPlace(db);
  const staff = await createUser(db, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
  const activity = await createActivity(db, { title: "Soep in de kelder", neighbourhoodId: neighbourhood.id, createdById: staff.id, capacity: 12, date: daysFromNow(6).date });
  const occurrenceId = activity.occurrences[0]?.id ?? "";
  const person = await createUser(db, { displayName: "Offline Olga", neighbourhoodId: neighbourhood.id });
  await signIn(person.email ?? "");
  await page.goto(`/activiteiten/${occurrenceId}`);
  await waitForServiceWorker(page);
  await expect(page.getByRole("heading", { level: 1, name: "Soep in de kelder" })).toBeVisible();

  // Sign up without network.
  await context.setOffline(true);
  const signUpKey = await keyOf(page, "#sign-up");
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText(queuedBanner)).toBeVisible();
  await expect(page.getByText(queuedNextToButton)).toBeVisible();
  await page.screenshot({ path: "test-results/screens/pwa-offline-sign-up.png" });
  expect(await db.signUp.count({ where: { occurrenceId } })).toBe(0);

  await context.setOffline(false);
  await expect
    .poll(() => db.signUp.count({ where: { occurrenceId, userId: person.id, status: "confirmed" } }), { timeout: 20_000 })
    .toBe(1);
  await expect(page.getByText("Je bewaarde wijziging is verstuurd.")).toBeVisible();
  await expect(page.getByText("Je bent ingeschreven.", { exact: true })).toBeVisible();

  // The same submission again (a second replay): answered as the first time, no second sign-up, no refusal.
  const signUpForm = { intent: "signUp", guests: "0", children: "0", idempotencyKey: signUpKey };
  const replay = await page.request.post(`/activiteiten/${occurrenceId}?index`, { form: signUpForm, headers: { Origin: baseURL ?? "" } });
  expect(replay.status()).toBe(200);
  expect(await db.signUp.count({ where: { occurrenceId, userId: person.id } })).toBe(1);
  expect(await db.idempotencyKey.count({ where: { key: signUpKey, userId: person.id } })).toBe(1);
  expect((await db.occurrence.findUniqueOrThrow({ where: { id: occurrenceId }, select: { placesTaken: true } })).placesTaken).toBe(1);

  // Cancel without network.
  await context.setOffline(true);
  const cancelKey = await keyOf(page, 'form:has(input[name="intent"][value="cancel"])');
  const signUpId = await page.locator('input[name="signUpId"]').inputValue();
  await page.getByRole("button", { name: "Ik kan toch niet komen" }).click();
  await expect(page.getByText(queuedBanner)).toBeVisible();
  await expect(page.getByText(queuedNextToButton)).toBeVisible();
  expect((await db.signUp.findUniqueOrThrow({ where: { id: signUpId }, select: { status: true } })).status).toBe("confirmed");

  await context.setOffline(false);
  await expect.poll(async () => (await db.signUp.findUniqueOrThrow({ where: { id: signUpId }, select: { status: true } })).status, { timeout: 20_000 }).toBe("cancelled");
  const cancelled = await db.signUp.findUniqueOrThrow({ where: { id: signUpId }, select: { cancelledAt: true } });
  await expect(page.getByRole("button", { name: "Ik kom" })).toBeVisible();

  const cancelReplay = await page.request.post(`/activiteiten/${occurrenceId}?index`, {
    form: { intent: "cancel", signUpId, idempotencyKey: cancelKey },
    headers: { Origin: baseURL ?? "" },
  });
  expect(cancelReplay.status()).toBe(200);
  // The replay answers the first outcome ("cancelled"), and changes nothing.
  expect(await cancelReplay.text()).toContain("Je inschrijving is geannuleerd.");
  const after = await db.signUp.findUniqueOrThrow({ where: { id: signUpId }, select: { status: true, cancelledAt: true } });
  expect(after).toEqual({ status: "cancelled", cancelledAt: cancelled.cancelledAt });
  expect(await db.idempotencyKey.count({ where: { key: cancelKey, userId: person.id } })).toBe(1);
  expect((await db.occurrence.findUniqueOrThrow({ where: { id: occurrenceId }, select: { placesTaken: true } })).placesTaken).toBe(0);
});

test("a visit logged offline is sent once when the network is back", async ({ page, context, signIn, db, baseURL }) => {
  test.setTimeout(120_000);
  const { neighbourhood } = await createPlace(db);
  const worker = await createUser(db, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
  const volunteer = await createUser(db, { displayName: "Vera Vrijwilliger", roles: ["volunteer"], neighbourhoodId: neighbourhood.id });
  await createVolunteerProfile(db, { userId: volunteer.id, neighbourhoods: [neighbourhood.id], approvedById: worker.id });
  const resident = await createUser(db, { displayName: "Rik Resident", neighbourhoodId: neighbourhood.id });
  const request = await createHelpRequest(db, { residentId: resident.id, neighbourhoodId: neighbourhood.id, matchedVolunteerId: volunteer.id });
  await signIn(volunteer.email ?? "");
  await page.goto(`/hulp/vragen/${request.id}`);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());
  await page.getByLabel("Datum").fill(today);
  await page.getByLabel("Hoe lang? (minuten)").fill("40");
  await page.getByLabel("Korte notitie").fill("Samen naar de markt, zonder bereik.");
  const key = await keyOf(page, 'form:has(input[name="intent"][value="visit"])');
  await page.getByRole("button", { name: "Bezoek bewaren" }).click();
  await expect(page.getByText(queuedBanner)).toBeVisible();
  await expect(page.getByText(queuedNextToButton)).toBeVisible();
  await page.screenshot({ path: "test-results/screens/pwa-offline-visit.png" });
  expect(await db.visitLog.count({ where: { requestId: request.id } })).toBe(0);

  await context.setOffline(false);
  await expect.poll(() => db.visitLog.count({ where: { requestId: request.id } }), { timeout: 20_000 }).toBe(1);
  await expect(page.getByText("Samen naar de markt, zonder bereik.")).toBeVisible();

  const replay = await page.request.post(`/hulp/vragen/${request.id}`, {
    form: { intent: "visit", date: today, minutes: "40", note: "Samen naar de markt, zonder bereik.", idempotencyKey: key },
    headers: { Origin: baseURL ?? "" },
  });
  expect(replay.status()).toBe(200);
  expect(await db.visitLog.count({ where: { requestId: request.id } })).toBe(1);
  expect(await db.visitLog.findFirstOrThrow({ where: { requestId: request.id }, select: { minutes: true, volunteerId: true } })).toEqual({ minutes: 40, volunteerId: volunteer.id });
  expect(await db.idempotencyKey.count({ where: { key, userId: volunteer.id } })).toBe(1);
});
