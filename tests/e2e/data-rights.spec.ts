// Issue 14: people see, download and delete what we keep about them; the desk does it for people without email;
// admins see a log of deletions without names.
import { expect, sessionCookie, test } from "./fixtures";
import { createActivity, createSignUp, daysFromNow } from "#tests/fixtures/activities";
import { createUser } from "#tests/fixtures/factories";

test("a resident downloads everything we keep as JSON, then deletes the account in the browser", async ({ page, signIn, db }) => {
  const stamp = Date.now().toString(36);
  const email = `wis-mij-${stamp}@example.test`;
  const person = await createUser(db, { displayName: `Hilde Wismans ${stamp}`, email, phone: "0473 12 12 12", neighbourhoodId: "wijk-noordwijk", residence: { buildingId: "blok-vlashof", unit: "3.03" } });
  const activity = await createActivity(db, { title: `Breicafé ${stamp}`, neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 1, date: daysFromNow(5).date });
  const date = activity.occurrences[0]?.id ?? "";
  await createSignUp(db, { occurrenceId: date, userId: person.id, name: person.displayName, email });
  const neighbour = await createUser(db, { neighbourhoodId: "wijk-noordwijk" });
  await createSignUp(db, { occurrenceId: date, userId: neighbour.id, name: neighbour.displayName, email: neighbour.email, status: "waitlisted" });

  await signIn(email);
  await page.goto("/ik");
  await page.getByRole("link", { name: "Wat we over jou bewaren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wat we over jou bewaren" })).toBeVisible();
  await expect(page.getByText(`Breicafé ${stamp}`)).toBeVisible();
  await page.screenshot({ path: "test-results/screens/my-data.png", fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download als bestand (JSON)" }).click()]);
  const file = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
  expect(file.profile).toMatchObject({ name: person.displayName, email, phone: "0473 12 12 12" });
  expect(file.signUps[0]).toMatchObject({ activity: `Breicafé ${stamp}`, status: "confirmed" });
  // The address the issue names answers with the same file.
  const byQuery = await page.request.get("/ik/gegevens?formaat=json");
  expect(byQuery.headers()["content-type"]).toContain("application/json");
  expect(byQuery.headers()["cache-control"]).toBe("private, no-store");

  await page.goto("/ik/verwijderen");
  await page.screenshot({ path: "test-results/screens/delete-account.png", fullPage: true });
  await page.getByRole("button", { name: "Account verwijderen" }).click();
  await expect(page.getByText("Vink aan dat je je account wil verwijderen.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { deletedAt: true } })).deletedAt).toBeNull();

  await page.getByLabel("Ja, ik wil mijn account verwijderen").check();
  await page.getByRole("button", { name: "Account verwijderen" }).click();
  await expect(page.getByText("Je account is verwijderd. Bedankt dat je erbij was.")).toBeVisible();
  const after = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { displayName: true, email: true, phone: true, deletedAt: true } });
  expect(after).toMatchObject({ displayName: "Vroegere bewoner", email: null, phone: null });
  // Signed out, and the place went to the neighbour on the waitlist.
  expect((await page.request.get("/ik/gegevens", { maxRedirects: 0 })).headers()["location"]).toMatch(/^\/inloggen/);
  const moved = await db.signUp.findFirstOrThrow({ where: { occurrenceId: date, userId: neighbour.id }, select: { status: true } });
  expect(moved.status).toBe("confirmed");
});

test("the desk prints and deletes the data of someone without email; the admin's log names nobody", async ({ page, db, baseURL }) => {
  const stamp = Date.now().toString(36);
  const person = await createUser(db, { displayName: `Odiel Balie ${stamp}`, email: null, phone: "0474 44 44 44", neighbourhoodId: "wijk-noordwijk", registeredById: "buurtwerker-sofie", residence: { buildingId: "blok-de-linde", unit: "1.07" } });
  await page.context().addCookies([await sessionCookie(db, "buurtwerker-sofie", baseURL ?? "")]);
  await page.goto(`/onthaal?q=${encodeURIComponent(`Odiel Balie ${stamp}`)}`);
  // The desk list says who and where, not how to reach them.
  await expect(page.getByText("0474 44 44 44")).toHaveCount(0);
  await page.getByRole("link", { name: "Gegevens bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Gegevens van Odiel Balie ${stamp}` })).toBeVisible();
  await expect(page.getByText("0474 44 44 44")).toBeVisible();
  expect(await db.contactView.count({ where: { subjectId: person.id, viewerId: "buurtwerker-sofie" } })).toBe(1);

  await page.getByRole("link", { name: "Mijn account verwijderen" }).click();
  await page.getByLabel("Waarom?").selectOption({ label: "Verhuisd" });
  await page.getByRole("button", { name: "Account verwijderen" }).click();
  await expect(page.getByText("Het account is verwijderd.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { displayName: true } })).displayName).toBe("Vroegere bewoner");

  // Youssef (Kanaalzone) may not do this for a Noordwijk resident.
  const other = await createUser(db, { email: null, neighbourhoodId: "wijk-noordwijk", registeredById: "buurtwerker-sofie" });
  await page.context().clearCookies();
  await page.context().addCookies([await sessionCookie(db, "buurtwerker-youssef", baseURL ?? "")]);
  const refused = await page.request.post(`/onthaal/${other.id}/verwijderen`, { form: { reason: "moved" }, headers: { Origin: baseURL ?? "" }, maxRedirects: 0 });
  expect([403, 404]).toContain(refused.status());
  expect((await db.user.findUniqueOrThrow({ where: { id: other.id }, select: { deletedAt: true } })).deletedAt).toBeNull();

  await page.context().clearCookies();
  await page.context().addCookies([await sessionCookie(db, "beheerder-wijkhuis", baseURL ?? "")]);
  await page.goto("/beheer/verwijderingen");
  const log = page.getByTestId("deletions");
  await expect(log).toContainText("Door Sofie Claes");
  await expect(log).toContainText("Verhuisd");
  await expect(log).not.toContainText("Odiel");
});

test("the privacy page says how long we keep things, in the reader's language, from the same settings the jobs use", async ({ page }) => {
  await page.goto("/privacy");
  await expect(page.getByText("E-mails aan jou: 30 dagen.", { exact: false })).toBeVisible();
  await expect(page.getByText("Wie je gegevens bekeek of iets voor je deed: 730 dagen.")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/privacy.png", fullPage: true });
  await page.locator("summary").first().click();
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الخصوصية: ما نحتفظ به عنك");
});
