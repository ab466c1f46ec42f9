// Issue 16, points 9 to 16: finding an activity by its words, reading it in one's own language, signing up for a
// whole series, seeing what a sign-up did without scrolling, no contradictions on the page, posters whose strips are
// whole, numbers to tap, and a cancel code for people who gave only a phone number.
import type { Page } from "@playwright/test";
import { expect, sessionCookie, test } from "./fixtures";
import { createActivity, createSignUp, daysFromNow } from "#tests/fixtures/activities";
import { createUser } from "#tests/fixtures/factories";

/** The page's language, set with the switcher as a visitor does. */
async function chooseLanguage(page: Page, name: string) {
  await page.locator("summary").first().click();
  await page.getByRole("button", { name }).click();
}

test("the list finds an activity by a word of its title, place or a translation", async ({ page }) => {
  await page.goto("/activiteiten");
  await page.getByLabel("Zoek een activiteit").fill("langues");
  await page.getByRole("button", { name: "Zoek", exact: true }).click();
  await expect(page).toHaveURL(/zoek=langues/);
  // The results are shown once the page React renders carries the words (the address changes before the page does).
  await expect(page.locator('input[name="zoek"][value="langues"]')).toBeAttached();
  // The filters stay folded: the results come first on a phone.
  await expect(page.getByLabel("Wijk")).toBeHidden();
  // "Café des langues" is the French title of the seeded taalcafé: found from a Dutch page too.
  await expect(page.getByRole("link", { name: /Taalcafé: samen Nederlands praten/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Wandeling langs de vesten/ })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/activities-search.png", fullPage: true });

  await page.getByLabel("Zoek een activiteit").fill("qwertyuiop");
  await page.getByRole("button", { name: "Zoek", exact: true }).click();
  await expect(page.getByText("We vonden niets voor “qwertyuiop”. Probeer een ander woord.")).toBeVisible();
});

test("an organiser translates an activity; Arabic readers read it, others get the Dutch with a notice; a Dutch change marks it", async ({ page, signIn, db }) => {
  const stamp = Date.now().toString(36);
  const activity = await createActivity(db, {
    title: `Soep, brood en babbel ${stamp}`,
    description: "We koken samen soep. Iedereen is welkom!",
    neighbourhoodId: "wijk-noordwijk",
    createdById: "buurtwerker-sofie",
    date: daysFromNow(4).date,
    capacity: 20,
  });
  const url = `/activiteiten/${activity.occurrences[0]?.id}`;
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto(url);
  await page.getByRole("link", { name: "Vertalen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vertalen" })).toBeVisible();
  await page.getByLabel("Titel (العربية)").fill(`حساء وخبز ودردشة ${stamp}`);
  await page.getByLabel("Wat gaan we doen? (العربية)").fill("نطبخ الحساء معًا. الجميع مرحّب بهم!");
  await page.getByRole("button", { name: "Bewaar: العربية" }).click();
  await expect(page.getByText("De vertaling is bewaard: العربية.")).toBeInViewport();
  await page.screenshot({ path: "test-results/screens/activity-translate.png", fullPage: true });

  const reader = await page.context().browser()?.newContext({ viewport: { width: 390, height: 844 }, baseURL: new URL(page.url()).origin });
  const arabic = await reader!.newPage();
  await arabic.goto(url);
  await chooseLanguage(arabic, "العربية");
  const title = arabic.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(`حساء وخبز ودردشة ${stamp}`);
  await expect(title).toHaveAttribute("lang", "ar");
  await expect(arabic.getByText("نطبخ الحساء معًا. الجميع مرحّب بهم!")).toBeVisible();
  // The wijkhuis's number is a link to call, written left to right inside the Arabic page.
  const phone = arabic.getByRole("link", { name: "050 44 10 20" });
  await expect(phone).toHaveAttribute("href", "tel:050441020");
  await expect(phone).toHaveAttribute("dir", "ltr");
  await arabic.screenshot({ path: "test-results/screens/activity-arabic.png", fullPage: true });

  // English: no translation, the Dutch title keeps its own direction and language, and the page says so.
  await chooseLanguage(arabic, "English");
  await expect(arabic.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "nl");
  await expect(arabic.getByRole("heading", { level: 1 })).toHaveAttribute("dir", "auto");
  await expect(arabic.getByText("This activity is not translated yet. You are reading the Dutch text.")).toBeVisible();

  // The organiser changes the Dutch: the Arabic is marked as maybe outdated, for readers and on the form.
  await db.activity.update({ where: { id: activity.id }, data: { description: "We koken samen soep en bakken brood." } });
  await chooseLanguage(arabic, "العربية");
  await expect(arabic.getByRole("heading", { level: 1 })).toHaveText(`حساء وخبز ودردشة ${stamp}`);
  await expect(arabic.getByText("تغيّر النص الهولندي بعد هذه الترجمة.", { exact: false })).toBeVisible();
  await page.goto(`${url}/vertalen`);
  await expect(page.getByTestId("outdated-ar")).toBeVisible();
  await reader!.close();
});

test("a resident signs up for a whole series at once, sees the message without scrolling, and cancels one date", async ({ page, db, baseURL, context }) => {
  const stamp = Date.now().toString(36);
  const resident = await createUser(db, { neighbourhoodId: "wijk-noordwijk" });
  const start = daysFromNow(3).date;
  const series = await createActivity(db, {
    title: `Samen koken ${stamp}`,
    neighbourhoodId: "wijk-noordwijk",
    createdById: "buurtwerker-sofie",
    date: start,
    recurrence: "weekly",
    until: daysFromNow(3 + 21).date,
    capacity: 10,
  });
  expect(series.occurrences).toHaveLength(4);
  await context.addCookies([await sessionCookie(db, resident.id, baseURL ?? "")]);
  await page.goto(`/activiteiten/${series.occurrences[0]?.id}`);
  await page.getByLabel("Schrijf me in voor alle 4 dagen van deze reeks").check();
  await page.getByRole("button", { name: "Ik kom" }).click();
  const message = page.getByTestId("outcome");
  await expect(message).toContainText("Je bent ingeschreven voor 4 dagen.");
  // The button was far down: the message is on screen and has the focus (a screen reader reads it).
  await expect(message).toBeInViewport();
  await expect(message).toBeFocused();
  await page.screenshot({ path: "test-results/screens/activity-series-signed-up.png" });
  expect(await db.signUp.count({ where: { userId: resident.id, status: "confirmed", occurrence: { activityId: series.id } } })).toBe(4);

  // Each date is a sign-up of its own: the second one is cancelled on its page, the others stay.
  await page.goto(`/activiteiten/${series.occurrences[1]?.id}`);
  await page.getByRole("button", { name: "Ik kan toch niet komen" }).click();
  await expect(page.getByTestId("outcome")).toContainText("Je inschrijving is geannuleerd.");
  expect(await db.signUp.count({ where: { userId: resident.id, status: "confirmed", occurrence: { activityId: series.id } } })).toBe(3);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-up message is where the page opens: the redirect goes to its anchor", async ({ page, db }) => {
    const activity = await createActivity(db, { title: "Anker test", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", date: daysFromNow(5).date });
    await page.goto(`/activiteiten/${activity.occurrences[0]?.id}`);
    await page.getByLabel("Je naam").fill("Els Zonder Script");
    await page.getByLabel("E-mailadres").fill(`els-${Date.now()}@example.test`);
    await page.getByRole("button", { name: "Ik kom" }).click();
    await expect(page).toHaveURL(/#uitkomst$/);
    await expect(page.getByText("Je bent ingeschreven. Tot dan!")).toBeInViewport();
  });
});

test("a group of three with two places left is asked, not told 'volzet'; they wait together when they say so", async ({ page, db }) => {
  const activity = await createActivity(db, { title: "Kleine kookles", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", date: daysFromNow(6).date, capacity: 4 });
  const occurrenceId = activity.occurrences[0]?.id ?? "";
  await createSignUp(db, { occurrenceId, name: "Buur Een", phone: "0470 00 00 01", guests: 1 });
  await page.goto(`/activiteiten/${occurrenceId}`);
  await expect(page.getByText("Nog 2 plaatsen vrij")).toBeVisible();
  await page.getByLabel("Je naam").fill("Gezin Peeters");
  await page.getByLabel("E-mailadres").fill(`peeters-${Date.now()}@example.test`);
  await page.getByText("Ik breng iemand mee of heb iets nodig").click();
  await page.getByLabel("Hoeveel volwassenen komen er mee?").fill("2");
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText("Er zijn nog maar 2 plaatsen vrij. Kies minder mensen, of zet jullie samen op de wachtlijst.")).toBeVisible();
  await expect(page.getByText("De activiteit is volzet", { exact: false })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/activity-not-all-fit.png", fullPage: true });
  await page.getByRole("button", { name: "Zet ons samen op de wachtlijst" }).click();
  await expect(page.getByText("Je staat op de wachtlijst: nummer 1.").first()).toBeVisible();
  // Nobody is offered the places the family waits for.
  await page.reload();
  await expect(page.getByText("Nog 2 plaatsen vrij")).toHaveCount(0);
});

test("someone who gave only a phone number gets a cancel code, no promise of an email, and cancels at /annuleren", async ({ page, db }) => {
  const activity = await createActivity(db, { title: "Fietsherstel", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", date: daysFromNow(8).date, capacity: 12 });
  const occurrenceId = activity.occurrences[0]?.id ?? "";
  await page.goto(`/activiteiten/${occurrenceId}`);
  await page.getByLabel("Je naam").fill("Omar Telefoon");
  await page.getByLabel("Telefoon").fill("0470 55 66 77");
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText("Je bent ingeschreven. Tot dan!")).toBeInViewport();
  await expect(page.getByText("Je krijgt een e-mail", { exact: false })).toHaveCount(0);
  const code = (await page.getByTestId("cancel-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await page.screenshot({ path: "test-results/screens/activity-cancel-code.png" });
  // Only a keyed hash is in the database.
  const stored = await db.signUp.findFirstOrThrow({ where: { occurrenceId, name: "Omar Telefoon" }, select: { cancelCodeHash: true, status: true } });
  expect(stored.cancelCodeHash).not.toContain(code.replace("-", ""));

  await page.goto("/annuleren");
  await page.getByLabel("Je code (bijvoorbeeld K7P4-M9QX)").fill("ABCD-EFGH");
  await page.getByRole("button", { name: "Zoek mijn inschrijving" }).click();
  await expect(page.getByText("Deze code kennen we niet.", { exact: false })).toBeVisible();
  // Typed in small letters and without the dash, as people do.
  await page.getByLabel("Je code (bijvoorbeeld K7P4-M9QX)").fill(code.replace("-", " ").toLowerCase());
  await page.getByRole("button", { name: "Zoek mijn inschrijving" }).click();
  await expect(page.getByText("Fietsherstel")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/cancel-with-code.png" });
  await page.getByRole("button", { name: "Ja, annuleer mijn inschrijving" }).click();
  await expect(page.getByText("Je inschrijving is geannuleerd.", { exact: false })).toBeVisible();
  expect((await db.signUp.findFirstOrThrow({ where: { occurrenceId, name: "Omar Telefoon" }, select: { status: true } })).status).toBe("cancelled");
});

test("at the door, the added person is named where the view goes; attendees' numbers are links to call", async ({ page, signIn, db }) => {
  const activity = await createActivity(db, { title: "Deurtest", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", date: daysFromNow(2).date });
  const occurrenceId = activity.occurrences[0]?.id ?? "";
  for (let i = 0; i < 8; i++) await createSignUp(db, { occurrenceId, name: `Deelnemer ${i}`, phone: `0470 11 22 ${30 + i}` });
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto(`/activiteiten/${occurrenceId}/deelnemers`);
  await expect(page.getByRole("link", { name: "0470 11 22 30" })).toHaveAttribute("href", "tel:0470112230");
  await page.getByLabel("Naam", { exact: true }).fill("Walter Binnenloper");
  await page.getByRole("button", { name: "Voeg toe" }).click();
  const message = page.getByTestId("outcome");
  await expect(message).toContainText("Walter Binnenloper is ingeschreven.");
  await expect(message).toBeInViewport();
  await expect(page).toHaveURL(/#uitkomst$/);
});

test("a NL+AR poster keeps whole tear-off strips with title, date, short link and phone, on one A4 page", async ({ page, signIn, db }) => {
  const activity = await createActivity(db, {
    title: "Koffie en papieren in Wijkhuis De Brug met hulp",
    neighbourhoodId: "wijk-noordwijk",
    createdById: "buurtwerker-sofie",
    date: daysFromNow(9).date,
  });
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto(`/activiteiten/${activity.occurrences[0]?.id}/affiche?lang1=nl&lang2=ar`);
  const strips = page.getByTestId("poster-strip");
  await expect(strips).toHaveCount(6);
  await page.screenshot({ path: "test-results/screens/poster-nl-ar.png", fullPage: true });
  for (const strip of await strips.all()) {
    await expect(strip).toContainText("Koffie en papieren in…");
    await expect(strip).toContainText("050 44 10 20");
    await expect(strip).toContainText(/\w+ \d+ \w+\.? 14:00/);
    await expect(strip).toContainText(`/a/${activity.occurrences[0]?.id}`);
    // Nothing inside is cut off.
    expect(await strip.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  // In print the strips are inside the page: the bottom of the last strip is within the poster.
  // On paper too: six strips side by side, none cut off.
  for (const strip of await strips.all()) {
    expect(await strip.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }
  const inside = await page.evaluate(() => {
    const poster = document.querySelector(".poster")?.getBoundingClientRect();
    const strips = document.querySelector(".poster-strips")?.getBoundingClientRect();
    return Boolean(poster && strips && strips.bottom <= poster.bottom + 1);
  });
  expect(inside).toBe(true);
});

test("a buurtwerker acting for an Arabic resident gets the dates of the Dutch screen in Dutch", async ({ page, db, baseURL, context }) => {
  const resident = await createUser(db, { locale: "ar", neighbourhoodId: "wijk-noordwijk", residence: { buildingId: "blok-vlashof", unit: "0.09" } });
  await context.addCookies([await sessionCookie(db, "buurtwerker-sofie", baseURL ?? "")]);
  const acting = await page.request.post("/namens", { form: { residentId: resident.id }, headers: { Origin: baseURL ?? "" }, maxRedirects: 0 });
  expect(acting.status()).toBe(302);
  await page.goto("/afspraken/afspraak-vlashof-ontmoetingsruimte");
  await expect(page.getByText(`Je helpt nu ${resident.displayName}.`)).toBeVisible();
  // Before issue 16 the dates came in the resident's Arabic inside the Dutch sentences ("Goedgekeurd op ١٢ ...").
  // (The rules themselves may show in the resident's language, next to the Dutch: that is for the resident.)
  const dated = (await page.locator("main").innerText()).split("\n").filter((line) => /Goedgekeurd|versie/i.test(line));
  expect(dated.length).toBeGreaterThan(0);
  for (const line of dated) expect(line).not.toMatch(/[\u0600-\u06FF\u0660-\u0669]/);
  expect(dated.join(" ")).toMatch(/\d{4}/);
  await page.screenshot({ path: "test-results/screens/acting-agreement-dutch.png", fullPage: true });
});
