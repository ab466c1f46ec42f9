import { DateTime } from "luxon";
import { createBuilding, createNeighbourhood, createUser } from "#tests/fixtures/factories";
import { createHelpOffer, createHelpRequest, createVisit, createVolunteerProfile } from "#tests/fixtures/help";
import { alsoOnPostgres, expect, expectAccessible, sessionCookie, test } from "./fixtures";

type Db = Parameters<typeof createUser>[0];

let n = 0;
/**
 * A fresh neighbourhood per test, with its own buurtwerker and volunteers, so the suggestions and the
 * emails of one test never reach the demo people other tests sign in as.
 */
async function world(db: Db) {
  n += 1;
  const slug = `e2e-${Date.now().toString(36)}-${n}`;
  const hood = await createNeighbourhood(db, { slug, name: `Wijk ${n}${Date.now().toString(36).slice(-3)}` });
  const home = await createBuilding(db, {
    slug: `${slug}-a`,
    name: "Residentie Berkenhof",
    address: "Berkenlaan 7, 8000 Brugge",
    neighbourhoodId: hood.id,
    latitude: 51.2205,
    longitude: 3.2247,
  });
  // 350 m north: the volunteer who lives here is "2 streets away".
  const near = await createBuilding(db, {
    slug: `${slug}-b`,
    name: "Blok De Esdoorn",
    address: "Esdoornstraat 2, 8000 Brugge",
    neighbourhoodId: hood.id,
    latitude: 51.2236,
    longitude: 3.2247,
  });
  const worker = await createUser(db, { displayName: `Hanne Buurtwerk ${n}`, roles: ["buurtwerker"], neighbourhoodId: hood.id });
  const volunteer = await createUser(db, {
    displayName: `Nele Vrijwilliger ${n}`,
    roles: ["volunteer"],
    neighbourhoodId: hood.id,
    residence: { buildingId: near.id, unit: "0.01" },
  });
  await createVolunteerProfile(db, {
    userId: volunteer.id,
    skills: ["company", "groceries"],
    languages: ["nl", "ar"],
    availability: ["wed-afternoon", "sat-morning"],
    neighbourhoods: [hood.id],
    approvedById: worker.id,
  });
  const other = await createUser(db, { displayName: `Tom Vrijwilliger ${n}`, roles: ["volunteer"], neighbourhoodId: hood.id });
  await createVolunteerProfile(db, { userId: other.id, skills: ["jobs"], languages: ["nl"], availability: ["mon-evening"], neighbourhoods: [hood.id], approvedById: worker.id });
  return { hood, home, worker, volunteer, other };
}

test("a buurtwerker records a request for a resident without email, a volunteer accepts on the phone and logs a visit", alsoOnPostgres, async ({ page, signIn, db, app }) => {
  // Two sign-ins and four accessibility scans: longer than one page visit.
  test.setTimeout(120_000);
  const w = await world(db);
  const resident = await createUser(db, {
    displayName: `Fatma Yildiz ${n}`,
    email: null,
    phone: "0470 55 66 77",
    registeredById: w.worker.id,
    neighbourhoodId: w.hood.id,
    residence: { buildingId: w.home.id, unit: "2.05" },
  });

  await signIn(w.worker.email ?? "");
  await page.goto("/hulp");
  await page.getByRole("link", { name: "Hulpvraag noteren voor een bewoner" }).click();
  await page.getByLabel("Voor wie?").selectOption({ label: `${resident.displayName} (geen e-mail)` });
  await page.getByLabel("Gezelschap en bezoek").check();
  await page.getByLabel("Vertel kort wat je nodig hebt").fill("Fatma woont alleen en wil graag elke week een babbel.");
  await page.getByLabel("Elke week").check();
  await page.getByLabel("woensdag namiddag").check();
  await page.getByLabel("Arabisch").check();
  await page.getByLabel("Eerst kennismaken in het wijkhuis").check();
  await page.getByRole("button", { name: "Hulpvraag versturen" }).click();
  await expect(page.getByText("Je hulpvraag is bewaard.")).toBeVisible();
  const requestUrl = new URL(page.url()).pathname;
  const requestId = requestUrl.split("/").pop() ?? "";
  expect(await db.helpRequest.findUnique({ where: { id: requestId }, select: { residentId: true, createdById: true } })).toEqual({
    residentId: resident.id,
    createdById: w.worker.id,
  });

  // Suggestions with their reasons, best first.
  const suggestion = page.getByRole("listitem").filter({ hasText: w.volunteer.displayName });
  await expect(suggestion.getByText("Spreekt Arabisch")).toBeVisible();
  await expect(suggestion.getByText("Vrij op woensdag (namiddag)")).toBeVisible();
  await expect(suggestion.getByText("2 straten verder")).toBeVisible();
  await expect(suggestion.getByText("Doet graag: Gezelschap en bezoek")).toBeVisible();
  await expect(page.getByRole("listitem").first()).toContainText(w.volunteer.displayName);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/help-suggestions.png", fullPage: true });
  await suggestion.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Vraag aan gekozen vrijwilligers" }).click();
  await expect(page.getByText("Gevraagd aan 1 vrijwilliger(s).")).toBeVisible();

  const offerMail = await app.smtp.waitForMail(w.volunteer.email ?? "");
  expect(offerMail.subject).toContain("Kan jij helpen? Gezelschap en bezoek");
  app.smtp.inbox.splice(app.smtp.inbox.indexOf(offerMail), 1);

  // The volunteer, on their phone.
  await page.context().clearCookies();
  await signIn(w.volunteer.email ?? "");
  await page.goto("/hulp/taken");
  const card = page.getByRole("listitem").filter({ hasText: "Gezelschap en bezoek" });
  await expect(card.getByText("Fatma", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/help-tasks.png", fullPage: true });
  await card.getByRole("link", { name: "Bekijken" }).click();
  await expect(page.getByText("Het adres en telefoonnummer zie je pas als je de taak aanneemt.")).toBeVisible();
  await expect(page.getByText("Berkenlaan 7")).toHaveCount(0);
  await expect(page.getByText(resident.displayName)).toHaveCount(0);
  await expect(page.getByText("0470 55 66 77")).toHaveCount(0);
  // The buurtwerker's own views are recorded; the volunteer has none yet.
  expect(await db.contactView.count({ where: { requestId, viewerId: w.worker.id } })).toBeGreaterThan(0);
  expect(await db.contactView.count({ where: { requestId, viewerId: w.volunteer.id } })).toBe(0);

  await page.getByRole("button", { name: "Ja, ik help" }).click();
  // Fatma asked to meet at the wijkhuis first (issue 16): no address or phone, and no visits, until the buurtwerker
  // marks that meeting done.
  await expect(page.getByText("Top! Je bent de buddy. Eerst maak je kennis in het wijkhuis")).toBeVisible();
  const meeting = page.getByTestId("first-meeting");
  await expect(meeting).toContainText("De buurtwerker plant de eerste kennismaking in het wijkhuis.");
  await expect(meeting).toContainText("Het adres en telefoonnummer zie je na de kennismaking in het wijkhuis.");
  await expect(page.getByText("Berkenlaan 7")).toHaveCount(0);
  await expect(page.getByText("0470 55 66 77")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Bezoek bewaren" })).toHaveCount(0);
  expect(await db.contactView.count({ where: { requestId, viewerId: w.volunteer.id } })).toBe(0);
  // The buddy may plan it, in Fatma's times only (Wednesday afternoon).
  const wednesday = DateTime.now().setZone("Europe/Brussels").plus({ days: 1 }).startOf("week").plus({ weeks: 1, days: 2 }).toISODate() ?? "";
  const plan = page.getByRole("form", { name: "Kennismaking plannen" });
  await plan.getByLabel("Dag").fill(wednesday);
  await plan.getByLabel("Uur").fill("10:00");
  await plan.getByRole("button", { name: "Kennismaking plannen" }).click();
  await expect(page.getByText("Kies een moment dat de bewoner past")).toBeVisible();
  await plan.getByLabel("Dag").fill(wednesday);
  await plan.getByLabel("Uur").fill("14:00");
  await plan.getByRole("button", { name: "Kennismaking plannen" }).click();
  await expect(page.getByText("De kennismaking is gepland. Iedereen krijgt de datum.")).toBeVisible();
  await expect(meeting).toContainText(/Kennismaking in het wijkhuis van .*: woensdag .* 14:00\. De buurtwerker is erbij\./);
  await expect(page.getByText("Berkenlaan 7")).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/help-first-meeting-buddy.png", fullPage: true });

  // The buurtwerker hears the date, sees it on the request and marks the meeting done after it took place.
  await app.smtp.waitForMail(w.worker.email ?? "", (m) => (m.subject ?? "").startsWith("Kennismaking in het wijkhuis"));
  await page.context().clearCookies();
  await page.context().addCookies([await sessionCookie(db, w.worker.id, new URL(page.url()).origin)]);
  await page.goto(requestUrl);
  await expect(meeting).toContainText("14:00");
  await expect(page.getByRole("button", { name: "Ander moment bewaren" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/help-first-meeting-staff.png", fullPage: true });
  await page.getByRole("button", { name: "De kennismaking is gebeurd" }).click();
  await expect(page.getByText("Genoteerd. De buddy ziet nu het adres en telefoonnummer.")).toBeVisible();
  await expect(meeting).toContainText("De kennismaking in het wijkhuis is gebeurd.");
  await app.smtp.waitForMail(w.volunteer.email ?? "", (m) => (m.subject ?? "").startsWith("Kennismaking gebeurd"));

  // Now the buddy gets address and phone, and logs visits.
  await page.context().clearCookies();
  await page.context().addCookies([await sessionCookie(db, w.volunteer.id, new URL(page.url()).origin)]);
  await page.goto(requestUrl);
  await expect(page.getByText("Berkenlaan 7, 8000 Brugge")).toBeVisible();
  await expect(page.getByText("Appartement 2.05", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "0470 55 66 77" })).toBeVisible();
  expect(await db.contactView.count({ where: { requestId, viewerId: w.volunteer.id, subjectId: resident.id } })).toBeGreaterThan(0);

  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());
  await page.getByLabel("Datum").fill(today);
  await page.getByLabel("Hoe lang? (minuten)").fill("50");
  await page.getByLabel("Korte notitie").fill("Kennismaking in het wijkhuis, daarna thee bij Fatma.");
  await page.getByRole("button", { name: "Bezoek bewaren" }).click();
  await expect(page.getByText("Het bezoek is genoteerd. Bedankt!")).toBeVisible();
  await expect(page.getByText("Kennismaking in het wijkhuis, daarna thee bij Fatma.")).toBeVisible();
  await expect(page.getByText("50 minuten")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/help-request-volunteer.png", fullPage: true });

  // The buurtwerker hears of the match and is asked to check in after the first visit.
  const worker = w.worker.email ?? "";
  await app.smtp.waitForMail(worker, (m) => (m.subject ?? "").startsWith(`Plan een kennismaking: buddy gevonden voor ${resident.displayName}`));
  await app.smtp.waitForMail(worker, (m) => (m.subject ?? "").startsWith("Eerste bezoek"));
});

test("a volunteer cannot open or change a request that is not theirs, not even by posting directly", async ({ page, signIn, db }) => {
  const w = await world(db);
  const resident = await createUser(db, { phone: "0470 99 00 11", neighbourhoodId: w.hood.id, residence: { buildingId: w.home.id, unit: "4.01" } });
  const request = await createHelpRequest(db, {
    residentId: resident.id,
    neighbourhoodId: w.hood.id,
    buildingId: w.home.id,
    recurrence: "weekly",
    matchedVolunteerId: w.volunteer.id,
  });
  await createVisit(db, { requestId: request.id, volunteerId: w.volunteer.id, date: new Date(), note: "Geheim verslag" });

  await signIn(w.other.email ?? "");
  const page404 = await page.goto(`/hulp/vragen/${request.id}`);
  expect(page404?.status()).toBe(404);
  await expect(page.getByText("Berkenlaan 7")).toHaveCount(0);
  await expect(page.getByText("Geheim verslag")).toHaveCount(0);

  const posts: Record<string, string>[] = [
    { intent: "accept" },
    { intent: "visit", date: "2026-01-05", minutes: "30", note: "nep" },
    { intent: "cancel" },
    { intent: "finish" },
  ];
  for (const form of posts) {
    const response = await page.request.post(`/hulp/vragen/${request.id}`, { form });
    expect(response.status(), form.intent).toBe(404);
  }
  const offer = await page.request.post(`/hulp/vragen/${request.id}`, { form: { intent: "offer", volunteerIds: w.other.id } });
  expect(offer.status()).toBe(403);
  expect(await db.visitLog.count({ where: { requestId: request.id } })).toBe(1);
  expect(await db.helpRequest.findUnique({ where: { id: request.id }, select: { status: true, matchedVolunteerId: true } })).toEqual({
    status: "matched",
    matchedVolunteerId: w.volunteer.id,
  });
  expect(await db.contactView.count({ where: { viewerId: w.other.id } })).toBe(0);
  // Staff pages stay closed too.
  expect((await page.goto("/hulp/overzicht"))?.status()).toBe(403);
  expect((await page.request.post("/hulp/vrijwilligers", { form: { volunteerId: w.other.id } })).status()).toBe(403);
});

test("a resident sees only their own requests", async ({ page, signIn, db }) => {
  const w = await world(db);
  const me = await createUser(db, { neighbourhoodId: w.hood.id, residence: { buildingId: w.home.id, unit: "1.02" } });
  const neighbour = await createUser(db, { neighbourhoodId: w.hood.id, residence: { buildingId: w.home.id, unit: "1.03" } });
  await createHelpRequest(db, { residentId: me.id, kind: "paperwork", neighbourhoodId: w.hood.id });
  const theirs = await createHelpRequest(db, { residentId: neighbour.id, kind: "walks", neighbourhoodId: w.hood.id });
  await signIn(me.email ?? "");
  await page.goto("/hulp");
  await expect(page.getByRole("heading", { name: "Papieren en brieven" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Samen wandelen" })).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto(`/hulp/vragen/${theirs.id}`))?.status()).toBe(404);
  expect((await page.request.post(`/hulp/vragen/${theirs.id}`, { form: { intent: "cancel" } })).status()).toBe(404);
  expect((await db.helpRequest.findUnique({ where: { id: theirs.id } }))?.status).toBe("open");
});

test("a volunteer offers to help with an open request nearby and the buurtwerker confirms", async ({ page, signIn, db, app }) => {
  const w = await world(db);
  const resident = await createUser(db, { neighbourhoodId: w.hood.id, residence: { buildingId: w.home.id, unit: "3.01" } });
  const request = await createHelpRequest(db, { residentId: resident.id, kind: "groceries", neighbourhoodId: w.hood.id, buildingId: w.home.id });
  await signIn(w.volunteer.email ?? "");
  await page.goto("/hulp/taken");
  const card = page.getByRole("listitem").filter({ hasText: "Boodschappen" });
  await card.getByRole("button", { name: "Ik wil helpen" }).click();
  await expect(page.getByText("Bedankt! De buurtwerker bevestigt het zo snel mogelijk.")).toBeVisible();

  const mail = await app.smtp.waitForMail(w.worker.email ?? "", (m) => (m.subject ?? "").includes("wil helpen"));
  app.smtp.inbox.splice(app.smtp.inbox.indexOf(mail), 1);
  await page.context().clearCookies();
  await signIn(w.worker.email ?? "");
  await page.goto(`/hulp/vragen/${request.id}`);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText(`Bevestigd`)).toBeVisible();
  expect((await db.helpRequest.findUnique({ where: { id: request.id } }))?.matchedVolunteerId).toBe(w.volunteer.id);
  await app.smtp.waitForMail(w.worker.email ?? "", (m) => (m.subject ?? "").startsWith("Buddy gevonden"));
});

test("staff pages: overview, volunteers and concerns pass an accessibility scan; approval is recorded", async ({ page, signIn, db }) => {
  const w = await world(db);
  const newcomer = await createUser(db, { displayName: `Sam Nieuw ${n}`, roles: ["volunteer"], neighbourhoodId: w.hood.id });
  await createVolunteerProfile(db, { userId: newcomer.id, neighbourhoods: [w.hood.id] });
  const resident = await createUser(db, { neighbourhoodId: w.hood.id });
  await createHelpRequest(db, { residentId: resident.id, neighbourhoodId: w.hood.id, createdAt: new Date(Date.now() - 9 * 86_400_000) });
  const matched = await createHelpRequest(db, { residentId: resident.id, neighbourhoodId: w.hood.id, matchedVolunteerId: w.other.id });
  await createHelpOffer(db, { requestId: matched.id, volunteerId: w.other.id, status: "accepted" });

  await signIn(w.worker.email ?? "");
  await page.goto("/hulp/overzicht");
  await expect(page.getByText("Wacht al meer dan 7 dagen").first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/help-overview.png", fullPage: true });

  await page.goto("/hulp/vrijwilligers");
  await page.getByRole("button", { name: `Goedkeuren: ${newcomer.displayName}` }).click();
  await expect(page.getByText(`${newcomer.displayName} is goedgekeurd.`)).toBeVisible();
  expect(await db.volunteerProfile.findUnique({ where: { userId: newcomer.id }, select: { approvedById: true } })).toEqual({ approvedById: w.worker.id });
  await expectAccessible(page);

  await page.goto("/hulp/zorgen");
  await expectAccessible(page);
  await page.goto("/hulp/vragen/nieuw");
  await expectAccessible(page);
});

test("a volunteer keeps a profile; a resident raises a concern", async ({ page, signIn, db, app }) => {
  const w = await world(db);
  const person = await createUser(db, { neighbourhoodId: w.hood.id });
  await signIn(person.email ?? "");
  await page.goto("/hulp/vrijwilliger");
  await page.getByRole("button", { name: "Profiel bewaren" }).click();
  await expect(page.getByText("Kies minstens één ding dat je graag doet.")).toBeVisible();
  await page.getByLabel("Kleine klusjes").check();
  await page.getByLabel("zaterdag voormiddag").check();
  await page.getByRole("group", { name: "In welke wijken help je?" }).getByLabel(w.hood.name).check();
  await page.getByRole("button", { name: "Profiel bewaren" }).click();
  await expect(page.getByText("Je profiel is bewaard.")).toBeVisible();
  await expect(page.getByText("Nog niet goedgekeurd.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/help-volunteer-profile.png", fullPage: true });

  await page.goto("/hulp/zorgen");
  await page.getByLabel("Wat is er?").fill("Mijn buurvrouw doet al dagen de deur niet open.");
  await page.getByRole("button", { name: "Versturen naar de buurtwerker" }).click();
  await expect(page.getByText("Bedankt. De buurtwerker leest het")).toBeVisible();
  await expect(page.getByText("Mijn buurvrouw doet al dagen de deur niet open.")).toBeVisible();
  await expectAccessible(page);
  await app.smtp.waitForMail(w.worker.email ?? "", (m) => (m.subject ?? "").startsWith("Nieuwe zorg"));
});

test("a Kanaalzone buurtwerker cannot open or change a Noordwijk help request; Noordwijk's buurtwerker and the admin can", async ({ db, baseURL, playwright }) => {
  const stamp = Date.now().toString(36);
  const resident = await createUser(db, { phone: "0470 12 21 12", neighbourhoodId: "wijk-noordwijk", residence: { buildingId: "blok-vlashof", unit: `9.${stamp.slice(-2)}` } });
  const volunteer = await createUser(db, { roles: ["volunteer"], neighbourhoodId: "wijk-noordwijk" });
  await createVolunteerProfile(db, { userId: volunteer.id, neighbourhoods: ["wijk-noordwijk"], approvedById: "buurtwerker-sofie" });
  const waiting = await createHelpRequest(db, { residentId: resident.id, neighbourhoodId: "wijk-noordwijk", buildingId: "blok-vlashof" });
  await createHelpOffer(db, { requestId: waiting.id, volunteerId: volunteer.id, origin: "volunteer" });
  const matched = await createHelpRequest(db, { residentId: resident.id, neighbourhoodId: "wijk-noordwijk", matchedVolunteerId: volunteer.id, recurrence: "weekly" });
  await db.helpRequest.update({ where: { id: matched.id }, data: { checkInDueAt: new Date() } });
  const as = async (userId: string) => {
    const cookie = await sessionCookie(db, userId, baseURL ?? "");
    return playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL ?? "", Cookie: `${cookie.name}=${cookie.value}` } });
  };
  const state = async () => ({
    waiting: await db.helpRequest.findUniqueOrThrow({ where: { id: waiting.id }, select: { status: true, matchedVolunteerId: true } }),
    matched: await db.helpRequest.findUniqueOrThrow({ where: { id: matched.id }, select: { status: true, checkInDoneAt: true } }),
  });
  const before = await state();

  const youssef = await as("buurtwerker-youssef");
  const page = await youssef.get(`/hulp/vragen/${waiting.id}`);
  expect(page.status()).toBe(404);
  expect(await page.text()).not.toContain("0470 12 21 12");
  const posts: [string, Record<string, string>][] = [
    [waiting.id, { intent: "offer", volunteerIds: volunteer.id }],
    [waiting.id, { intent: "confirm", volunteerId: volunteer.id }],
    [waiting.id, { intent: "cancel" }],
    [matched.id, { intent: "checkIn" }],
    [matched.id, { intent: "finish" }],
  ];
  for (const [id, form] of posts) {
    const answer = await youssef.post(`/hulp/vragen/${id}`, { form, maxRedirects: 0 });
    expect([403, 404], form.intent).toContain(answer.status());
  }
  expect((await youssef.post("/hulp/overzicht", { form: { requestId: matched.id }, maxRedirects: 0 })).status()).toBe(404);
  expect(await (await youssef.get("/hulp/overzicht")).text()).not.toContain(resident.displayName);
  await youssef.dispose();
  expect(await state()).toEqual(before);
  expect(await db.contactView.count({ where: { viewerId: "buurtwerker-youssef", subjectId: resident.id } })).toBe(0);
  expect(await db.helpOffer.count({ where: { requestId: waiting.id, origin: "staff" } })).toBe(0);

  // Sofie works in Noordwijk: she sees it, checks in and confirms; the admin may cancel.
  const sofie = await as("buurtwerker-sofie");
  expect((await sofie.get(`/hulp/vragen/${waiting.id}`)).status()).toBe(200);
  expect((await sofie.post(`/hulp/vragen/${matched.id}`, { form: { intent: "checkIn" }, maxRedirects: 0 })).status()).toBe(302);
  expect((await sofie.post(`/hulp/vragen/${waiting.id}`, { form: { intent: "confirm", volunteerId: volunteer.id }, maxRedirects: 0 })).status()).toBe(302);
  await sofie.dispose();
  const admin = await as("beheerder-wijkhuis");
  expect((await admin.get(`/hulp/vragen/${matched.id}`)).status()).toBe(200);
  expect((await admin.post(`/hulp/vragen/${matched.id}`, { form: { intent: "cancel" }, maxRedirects: 0 })).status()).toBe(302);
  await admin.dispose();
  expect(await state()).toEqual({
    waiting: { status: "matched", matchedVolunteerId: volunteer.id },
    matched: { status: "cancelled", checkInDoneAt: expect.any(Date) },
  });
});

test("a buurtwerker acting for a resident asks for help and cancels it: the resident's /ik says so", async ({ page, db, baseURL }) => {
  const stamp = Date.now().toString(36);
  const resident = await createUser(db, { displayName: `Godelieve ${stamp}`, email: null, neighbourhoodId: "wijk-noordwijk", residence: { buildingId: "blok-de-linde", unit: "0.07" } });
  await page.context().addCookies([await sessionCookie(db, "buurtwerker-sofie", baseURL ?? "")]);
  await page.goto(`/onthaal?q=${encodeURIComponent(resident.displayName)}`);
  await page.getByRole("button", { name: `Helpen als ${resident.displayName}` }).click();
  await expect(page.getByText(`Je helpt nu ${resident.displayName}.`)).toBeVisible();

  await page.goto("/hulp/vragen/nieuw");
  await page.getByLabel("Boodschappen").check();
  await page.getByLabel("Vertel kort wat je nodig hebt").fill("Elke vrijdag boodschappen, de trap is te zwaar.");
  await page.getByLabel("Elke week").check();
  await page.getByRole("button", { name: "Hulpvraag versturen" }).click();
  await expect(page.getByText("Je hulpvraag is bewaard.")).toBeVisible();
  await page.getByRole("button", { name: "Hulpvraag annuleren" }).click();
  await expect(page.getByText("De hulpvraag is geannuleerd.")).toBeVisible();
  expect(await db.helpRequest.findFirst({ where: { residentId: resident.id }, select: { status: true, createdById: true } })).toEqual({
    status: "cancelled",
    createdById: "buurtwerker-sofie",
  });

  await page.goto("/ik");
  await expect(page.getByText("Vroeg hulp: Boodschappen")).toBeVisible();
  await expect(page.getByText("Trok een hulpvraag in: Boodschappen")).toBeVisible();
});

test("a new request mails the neighbourhood's buurtwerker; she chooses a daily digest instead on /hulp/meldingen", async ({ page, db, app }) => {
  const w = await world(db);
  const resident = await createUser(db, { displayName: `Rachida El Amrani ${n}`, neighbourhoodId: w.hood.id, residence: { buildingId: w.home.id, unit: "1.03" } });
  const origin = new URL(app.baseURL).origin;
  const as = async (userId: string) => {
    await page.context().clearCookies();
    await page.context().addCookies([await sessionCookie(db, userId, origin)]);
  };
  const ask = async (kind: string, text: string) => {
    await page.goto("/hulp/vragen/nieuw");
    await page.getByLabel(kind).check();
    await page.getByLabel("Vertel kort wat je nodig hebt").fill(text);
    await page.getByLabel("Elke week").check();
    await page.getByRole("button", { name: "Hulpvraag versturen" }).click();
    await expect(page.getByText("Je hulpvraag is bewaard.")).toBeVisible();
  };

  await as(resident.id);
  await ask("Boodschappen", "Elke week boodschappen, ik kan slecht stappen.");
  const alert = await app.smtp.waitForMail(w.worker.email ?? "", (m) => (m.subject ?? "").startsWith("Nieuwe hulpvraag"));
  expect(alert.subject).toBe(`Nieuwe hulpvraag: Boodschappen in ${w.hood.name}`);
  expect(alert.text).toContain("Rachida in");

  await as(w.worker.id);
  await page.goto("/hulp");
  await page.getByRole("link", { name: "Meldingen van nieuwe hulpvragen" }).click();
  await expect(page.getByLabel("Bij elke nieuwe hulpvraag")).toBeChecked();
  await page.getByLabel("Eén keer per dag, alles samen").check();
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByText("Bewaard.")).toBeVisible();
  await expect(page.getByLabel("Eén keer per dag, alles samen")).toBeChecked();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/help-alerts.png", fullPage: true });
  expect(await db.helpAlertSettings.findUnique({ where: { userId: w.worker.id }, select: { newRequests: true } })).toEqual({ newRequests: "daily" });

  // The next request waits for the digest: no mail of its own.
  await as(resident.id);
  await ask("Samen wandelen", "Een wandeling in het park, elke week.");
  expect(await db.outboxMessage.count({ where: { to: w.worker.email ?? "", kind: "help-newRequest" } })).toBe(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the request form works as a plain form, with clear messages and the typed text kept", async ({ page, signIn, db }) => {
    const w = await world(db);
    const me = await createUser(db, { neighbourhoodId: w.hood.id, residence: { buildingId: w.home.id, unit: "0.02" } });
    await signIn(me.email ?? "");
    await page.goto("/hulp/vragen/nieuw");
    await page.getByLabel("Vertel kort wat je nodig hebt").fill("Kort");
    await page.getByRole("button", { name: "Hulpvraag versturen" }).click();
    await expect(page.getByText("Kies waarmee je hulp wil.")).toBeVisible();
    await expect(page.getByText("Schrijf iets meer, minstens 10 tekens.")).toBeVisible();
    await expect(page.getByText("Kies een dag.")).toBeVisible();
    await expect(page.getByLabel("Vertel kort wat je nodig hebt")).toHaveValue("Kort");
    await page.getByLabel("Papieren en brieven").check();
    await page.getByLabel("Vertel kort wat je nodig hebt").fill("Hulp bij een brief van de mutualiteit.");
    const inThreeDays = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date(Date.now() + 3 * 86_400_000));
    await page.getByLabel("Op welke dag?").fill(inThreeDays);
    await page.getByRole("button", { name: "Hulpvraag versturen" }).click();
    await expect(page.getByText("Je hulpvraag is bewaard.")).toBeVisible();
    await expect(page.getByText("Hulp bij een brief van de mutualiteit.")).toBeVisible();
    await page.goto("/hulp");
    await expect(page.getByRole("heading", { name: "Papieren en brieven" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/help-home-resident.png", fullPage: true });
  });
});
