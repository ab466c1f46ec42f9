// Issue 16, points 7 and 8: /ik is the place for everything about oneself, a resident who made their own account says
// where they live (the desk confirms the building), and the home page shows what is on this week nearby.
import { expect, sessionCookie, test } from "./fixtures";
import { createActivity, createSignUp, daysFromNow } from "#tests/fixtures/activities";
import { createPlace, createUser } from "#tests/fixtures/factories";

test("a new resident finds everything on /ik, says where they live, and the desk of that neighbourhood confirms the building", async ({ page, signIn, db, browser, baseURL }) => {
  const stamp = Date.now().toString(36);
  const email = `nadia-${stamp}@example.test`;
  const name = `Nadia Nieuwkomer ${stamp}`;
  await signIn(email);
  await page.goto("/ik?welkom=1");
  await page.getByLabel("Naam").fill(name);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Je gegevens zijn bewaard.")).toBeVisible();

  await page.goto("/ik");
  await expect(page.getByRole("heading", { level: 1, name: `Hallo ${name}` })).toBeVisible();
  for (const heading of ["Mijn volgende activiteiten", "Mijn hulp", "Waar ik woon", "Meldingen en agenda", "Mijn gegevens", "Je gegevens"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText("Je koos nog geen wijk. Dan krijg je geen nieuws uit je buurt.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Meldingen en agenda instellen" })).toHaveAttribute("href", "/ik/meldingen");
  await expect(page.getByLabel("Taal", { exact: true })).toBeVisible();
  // Two different words: signing out here, turning emails off in emails.
  await expect(page.getByRole("button", { name: "Uitloggen", exact: true })).toBeVisible();
  await expect(page.getByText(/afmeld/i)).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/me-hub.png", fullPage: true });

  await page.getByRole("link", { name: "Kies je wijk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Waar woon je?" })).toBeVisible();
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Noordwijk" });
  await page.getByLabel("Gebouw").selectOption({ label: "Residentie Vlashof" });
  await page.getByLabel("Appartement").fill("3.07");
  await page.screenshot({ path: "test-results/screens/me-home-choose.png", fullPage: true });
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page).toHaveURL(/\/ik$/);
  await expect(page.getByText("Wijk: Noordwijk")).toBeVisible();
  await expect(page.getByText("Residentie Vlashof 3.07: je buurtwerker moet dit nog bevestigen.", { exact: false })).toBeVisible();
  const user = await db.user.findFirstOrThrow({ where: { email }, select: { id: true, neighbourhoodId: true } });
  expect(user.neighbourhoodId).toBe("wijk-noordwijk");
  // Not confirmed: the building's own pages stay closed.
  expect((await page.request.get("/afspraken/gebouw/residentie-vlashof", { maxRedirects: 0 })).status()).toBe(404);

  // Sofie works in Noordwijk: her desk shows the request; she confirms it.
  const desk = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  await desk.addCookies([await sessionCookie(db, "buurtwerker-sofie", baseURL ?? "")]);
  const sofie = await desk.newPage();
  await sofie.goto("/onthaal");
  await expect(sofie.getByTestId("homes-to-confirm")).toContainText(`${name} · Residentie Vlashof 3.07`);
  await sofie.screenshot({ path: "test-results/screens/desk-homes.png", fullPage: true });
  await sofie.getByRole("button", { name: `Klopt: ${name}` }).click();
  await expect(sofie.getByText("Bevestigd. De persoon ziet nu alles van het gebouw.")).toBeVisible();
  await desk.close();

  await page.reload();
  await expect(page.getByText("Residentie Vlashof 3.07", { exact: true })).toBeVisible();
  expect((await page.request.get("/afspraken/gebouw/residentie-vlashof", { maxRedirects: 0 })).status()).toBe(200);
});

test("/ik lists my next sign-ups and help; a buurtwerker acting for me cannot sign me out everywhere", async ({ page, db, baseURL, context }) => {
  const resident = await createUser(db, { neighbourhoodId: "wijk-noordwijk", residence: { buildingId: "blok-de-linde", unit: "2.02" } });
  const activity = await createActivity(db, { title: `Soepmiddag bij ${resident.displayName}`, neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", date: daysFromNow(3).date });
  await createSignUp(db, { occurrenceId: activity.occurrences[0]?.id ?? "", userId: resident.id, name: resident.displayName, email: resident.email });
  await context.addCookies([await sessionCookie(db, resident.id, baseURL ?? "")]);
  await page.goto("/ik");
  await expect(page.getByTestId("next-sign-ups")).toContainText(`Soepmiddag bij ${resident.displayName}`);
  await expect(page.getByText("Je hebt nu geen hulpvraag.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitloggen op al je toestellen" })).toBeVisible();

  await context.clearCookies();
  await context.addCookies([await sessionCookie(db, "buurtwerker-sofie", baseURL ?? "")]);
  const acting = await page.request.post("/namens", { form: { residentId: resident.id }, headers: { Origin: baseURL ?? "" }, maxRedirects: 0 });
  expect(acting.status()).toBe(302);
  await page.goto("/ik");
  await expect(page.getByText(`Je helpt nu ${resident.displayName}.`)).toBeVisible();
  await expect(page.getByTestId("next-sign-ups")).toContainText("Soepmiddag");
  await expect(page.getByRole("button", { name: "Uitloggen op al je toestellen" })).toHaveCount(0);
});

test("the home page shows what is on this week nearby and, signed in, my next sign-up", async ({ page, db, baseURL, context }) => {
  const stamp = Date.now().toString(36);
  // A neighbourhood of its own: nothing else is on there this week.
  const { neighbourhood } = await createPlace(db);
  const near = await createActivity(db, { title: `Buurtsoep ${stamp}`, neighbourhoodId: neighbourhood.id, createdById: "buurtwerker-youssef", date: daysFromNow(2).date, capacity: 12 });
  await createActivity(db, { title: `Verre wandeling ${stamp}`, neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", date: daysFromNow(1).date });
  const later = await createActivity(db, { title: `Volgende maand ${stamp}`, neighbourhoodId: neighbourhood.id, createdById: "buurtwerker-youssef", date: daysFromNow(20).date });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Deze week te doen" })).toBeVisible();
  await expect(page.getByTestId("this-week").getByRole("listitem").first()).toBeVisible();

  const resident = await createUser(db, { neighbourhoodId: neighbourhood.id });
  await createSignUp(db, { occurrenceId: later.occurrences[0]?.id ?? "", userId: resident.id, name: resident.displayName, email: resident.email });
  await context.addCookies([await sessionCookie(db, resident.id, baseURL ?? "")]);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Je volgende activiteit" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Volgende maand ${stamp}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Deze week in je buurt" })).toBeVisible();
  const week = page.getByTestId("this-week");
  await expect(week).toContainText(`Buurtsoep ${stamp}`);
  await expect(week).toContainText("Nog 12 plaatsen vrij");
  // Near: where this resident lives. Another neighbourhood's date is on the full list, not here; nor next month's.
  await expect(week).not.toContainText(`Verre wandeling ${stamp}`);
  await expect(week).not.toContainText(`Volgende maand ${stamp}`);
  await expect(week.getByRole("link", { name: new RegExp(`Buurtsoep ${stamp}`) })).toHaveAttribute("href", `/activiteiten/${near.occurrences[0]?.id}`);
  await page.screenshot({ path: "test-results/screens/home.png", fullPage: true });
});
