import { DateTime } from "luxon";
import { expect, expectAccessible, test } from "./fixtures";
import { createActivity, createSignUp, daysFromNow } from "#tests/fixtures/activities";

const brussels = (days: number) => DateTime.now().setZone("Europe/Brussels").plus({ days }).toISODate() ?? "";

test("a buurtwerker creates a weekly koffie-en-papieren series, cancels one date and prints the poster", async ({ page, signIn, app }) => {
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto("/activiteiten");
  await page.getByRole("link", { name: "Nieuwe activiteit" }).click();
  await expect(page.getByRole("heading", { name: "Nieuwe activiteit" })).toBeVisible();
  await page.getByLabel("Titel").fill("Koffie en papieren in De Linde");
  await page.getByLabel("Soort activiteit").selectOption({ label: "Koffie en papieren" });
  await page.getByLabel("Wat gaan we doen?").fill("Koffie, en hulp met brieven en formulieren.");
  await page.getByLabel("Ruimte", { exact: true }).selectOption({ label: "Ontmoetingsruimte, Blok De Linde" });
  await page.getByLabel("Datum", { exact: true }).fill(brussels(7));
  await page.getByLabel("Begint om").fill("09:30");
  await page.getByLabel("Eindigt om").fill("11:30");
  await page.getByLabel("Komt het terug?").selectOption({ label: "Elke week" });
  await page.getByLabel("Tot en met").fill(brussels(7 + 28));
  await page.getByLabel("Hoeveel plaatsen?").fill("8");
  await page.screenshot({ path: "test-results/screens/activity-new.png", fullPage: true });
  await page.getByRole("button", { name: "Activiteit maken" }).click();
  await expect(page.getByText("De reeks is gemaakt: 5 dagen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Koffie en papieren in De Linde" })).toBeVisible();
  await expect(page.getByText("Nog 8 plaatsen vrij")).toBeVisible();
  const firstUrl = page.url().replace(/\?.*$/, "");

  // Cancel the second date only. Its page has the same buttons as the first one: wait until it is shown (a hydrated
  // page moves there without a page load, so the click alone does not wait).
  const secondDate = page.getByRole("link", { name: /^\w+ \d+ \w+ 09:30$/ }).first();
  const secondUrl = (await secondDate.getAttribute("href")) ?? "";
  await secondDate.click();
  await page.waitForURL((url) => url.pathname === secondUrl);
  // The address changes before the page does: the link of the first date may still be on screen. Take the second's.
  await page.locator(`a[href="${secondUrl}/datum"]`).click();
  await page.getByRole("button", { name: "Deze dag annuleren" }).click();
  // Since issue 16 cancelling asks first, saying who will be told; the message is where the view goes.
  await expect(page.getByRole("heading", { name: "Deze dag echt annuleren?" })).toBeInViewport();
  await expect(page.getByText("Niemand is ingeschreven voor deze dag. Er gaat geen e-mail weg.")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/activity-cancel-date-confirm.png" });
  await page.getByRole("button", { name: "Ja, annuleer deze dag" }).click();
  await expect(page.getByText("Deze dag is geannuleerd.", { exact: false })).toBeVisible();
  await page.getByRole("link", { name: "Koffie en papieren in De Linde" }).click();
  await expect(page.getByText("Deze activiteit gaat niet door.").first()).toBeVisible();
  // A date that does not take place offers no places and nothing for a calendar.
  await expect(page.getByText(/plaatsen vrij/)).toHaveCount(0);
  await expect(page.getByText("Zet in je agenda")).toHaveCount(0);
  const ics = await page.request.get(`${page.url().replace(/\?.*$/, "")}/ics`);
  expect(await ics.text()).toContain("STATUS:CANCELLED");
  // The other dates still run.
  await page.goto(firstUrl);
  await expect(page.getByText("(geannuleerd)")).toHaveCount(1);

  // The poster, in Dutch and French.
  await page.goto(`${firstUrl}/affiche`);
  await page.getByLabel("Tweede taal").selectOption({ label: "Français" });
  await page.getByRole("button", { name: "Toon affiche" }).click();
  await expect(page).toHaveURL(/lang2=fr/);
  const poster = page.getByRole("article", { name: "Affiche" });
  await expect(poster.getByRole("heading", { name: "Koffie en papieren in De Linde" })).toBeVisible();
  await expect(poster.getByText("Café et papiers")).toBeVisible();
  await expect(poster.getByText("Of bel het wijkhuis: 050 44 10 20")).toBeVisible();
  await expect(poster.locator(".poster-qr svg path")).toHaveCount(2);
  await expect(poster.getByText(`${new URL(app.baseURL).host}/a/`).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/activity-poster.png", fullPage: true });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Toon affiche" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  // One A4 page: the poster fits the sheet.
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test("bad input gets clear messages and keeps what was typed", async ({ page, signIn }) => {
  await signIn("youssef@demo.warmebuurt.be");
  await page.goto("/activiteiten/nieuw");
  await page.getByLabel("Titel").fill("Buurtdrink te laat");
  await page.getByLabel("Wat gaan we doen?").fill("Een glaasje.");
  await page.getByLabel("Op een ander adres").check();
  await page.getByLabel("Adres", { exact: true }).fill("Kanaalplein 3");
  await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Kanaalzone" });
  await page.getByLabel("Datum", { exact: true }).fill(brussels(-2));
  await page.getByLabel("Begint om").fill("18:00");
  await page.getByLabel("Eindigt om").fill("17:00");
  await page.getByRole("button", { name: "Activiteit maken" }).click();
  await expect(page.getByText("Deze datum is al voorbij.", { exact: false })).toBeVisible();
  await expect(page.getByText("Het einde moet na het begin komen.")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue("Buurtdrink te laat");
  await expect(page.getByLabel("Adres", { exact: true })).toHaveValue("Kanaalplein 3");
});

test("at the door: head count, preparation list, check-in, walk-in, assisted sign-up and CSV", async ({ page, signIn }) => {
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto("/activiteiten/act-buurtdrink-1/deelnemers");
  await expect(page.getByText("7 mensen ingeschreven van 40 plaatsen")).toBeVisible();
  await expect(page.getByText("Amina Benali (Arabisch)")).toBeVisible();
  await expect(page.getByText("Georges Verstraete", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/activity-attendees.png", fullPage: true });
  await page.getByRole("button", { name: "Is er: Jozef Vermeulen" }).click();
  await expect(page.getByText("2 binnen")).toBeVisible();

  await page.getByLabel("Naam", { exact: true }).fill("Rachid Bennani");
  await page.getByRole("button", { name: "Voeg toe" }).click();
  await expect(page.getByText("Rachid Bennani is ingeschreven.")).toBeVisible();
  await expect(page.getByText("8 mensen ingeschreven van 40 plaatsen")).toBeVisible();
  await expect(page.getByText("3 binnen")).toBeVisible();

  // The desk finds only residents who live where Sofie works (issue 13): Roger Desmet lives in Kanaalzone.
  await page.getByLabel("Zoek bewoner op naam").fill("Roger");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("Niemand gevonden met de naam Roger in jouw wijken.")).toBeVisible();
  await page.getByText("Niemand gevonden met de naam Roger").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/desk-search-nobody.png" });
  await expect(page.getByRole("button", { name: /^Schrijf .* in$/ })).toHaveCount(0);
  await page.getByLabel("Zoek bewoner op naam").fill("Rita");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByRole("button", { name: "Schrijf Rita Claeys in" }).click();
  await expect(page.getByText("Rita Claeys is ingeschreven.")).toBeVisible();
  await expect(page.getByText("ingeschreven door Sofie Claes")).toBeVisible();

  const csv = await page.request.get("/activiteiten/act-buurtdrink-1/export");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain('"Rita Claeys"');
  expect(text).toContain("Tolk (Arabisch)");
  // Header, four seeded people, the walk-in and Rita.
  expect(text.split("\r\n").filter(Boolean)).toHaveLength(1 + 6);

  await page.goto("/activiteiten/act-buurtdrink-1/afdrukken");
  await expect(page.getByRole("table")).toContainText("Rachid Bennani");
});

test("a buurtwerker organises only in the neighbourhood where they work", async ({ page, signIn }) => {
  await signIn("youssef@demo.warmebuurt.be");
  // A Noordwijk activity: Youssef (Kanaalzone) sees the public page, without the organiser's buttons.
  await page.goto("/activiteiten/act-buurtdrink-1");
  await expect(page.getByRole("heading", { level: 1, name: "Buurtdrink in de tuin van Residentie Vlashof" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Voor de buurtwerker" })).toHaveCount(0);
  expect((await page.request.get("/activiteiten/act-buurtdrink-1/deelnemers")).status()).toBe(404);
  // His new activity can only be in Kanaalzone.
  await page.goto("/activiteiten/nieuw");
  await expect(page.getByLabel("Wijk", { exact: true }).locator("option")).toHaveText(["-", "Kanaalzone"]);
  await expect(page.getByLabel("Ruimte", { exact: true }).locator("optgroup")).toHaveCount(1);
  // His own activity has them.
  await page.goto("/activiteiten?wijk=kanaalzone&soort=taalcafe");
  await page.getByRole("link", { name: /Taalcafé/ }).first().click();
  await expect(page.getByRole("link", { name: "Deelnemers" })).toBeVisible();
});

test("residents cannot organise", async ({ page, signIn }) => {
  await signIn("gilbert-maes@demo.warmebuurt.be");
  for (const path of ["/activiteiten/nieuw", "/activiteiten/act-buurtdrink-1/deelnemers", "/activiteiten/act-buurtdrink-1/export", "/activiteiten/act-buurtdrink-1/bewerken"]) {
    const response = await page.goto(path).catch(() => null);
    if (response) expect(response.status()).toBe(403);
  }
  const post = await page.request.post("/activiteiten/act-buurtdrink-1/datum", { form: { intent: "cancel" }, headers: { Origin: new URL(page.url()).origin } });
  expect(post.status()).toBe(403);
});

test("a time change emails the people signed up; small edits do not", async ({ page, signIn, app, db }) => {
  const { date } = daysFromNow(12);
  const activity = await createActivity(db, { title: "Bewonersbijeenkomst Linde", category: "bewonersbijeenkomst", neighbourhoodId: "wijk-noordwijk", spaceId: "linde-ontmoetingsruimte", createdById: "buurtwerker-sofie", date, startTime: "19:00", endTime: "20:30" });
  const occurrenceId = activity.occurrences[0]?.id ?? "";
  const email = `bewoner-${Date.now()}@example.test`;
  await createSignUp(db, { occurrenceId, name: "Karim Mansouri", email });
  await signIn("sofie@demo.warmebuurt.be");
  await page.goto(`/activiteiten/${occurrenceId}/bewerken`);
  await page.getByLabel("Wat gaan we doen?").fill("We praten over de tuin en de fietsenberging.");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("Opgeslagen.", { exact: true })).toBeVisible();
  await page.getByLabel("Begint om").fill("19:30");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("Opgeslagen. De ingeschreven mensen krijgen bericht", { exact: false })).toBeVisible();
  const mail = await app.smtp.waitForMail(email, (m) => m.subject?.startsWith("Gewijzigd") ?? false);
  expect(mail.text).toContain("19:30");
  const ics = mail.attachments.find((a) => a.filename?.endsWith(".ics"))?.content.toString() ?? "";
  expect(ics).toContain("SEQUENCE:1");
  expect(ics).toMatch(/DTSTART;TZID=Europe\/Brussels:\d{8}T193000/);
  expect(await db.outboxMessage.count({ where: { to: email } })).toBe(1);
});

test("a resident chooses messages, gets a personal calendar feed and can reset it", async ({ page, signIn, request }) => {
  await signIn("godelieve-wouters@demo.warmebuurt.be");
  await page.goto("/activiteiten");
  await page.getByRole("link", { name: "Meldingen en agenda" }).click();
  await expect(page.getByRole("heading", { name: "Meldingen" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Koffie en papieren in Wijkhuis De Brug/ })).toBeVisible();
  await page.getByLabel("Een herinnering de dag ervoor").uncheck();
  await page.getByLabel("Eén keer per week", { exact: false }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Je keuze is bewaard.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Een herinnering de dag ervoor")).not.toBeChecked();
  await expect(page.getByLabel("Eén keer per week", { exact: false })).toBeChecked();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/activity-preferences.png", fullPage: true });

  const feedUrl = (await page.getByTestId("feed-url").textContent()) ?? "";
  const feed = await request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("SUMMARY:Koffie en papieren in Wijkhuis De Brug");
  await page.getByRole("button", { name: "Nieuwe link maken" }).click();
  await expect(page.getByText("Je hebt een nieuwe link.", { exact: false })).toBeVisible();
  expect((await request.get(feedUrl)).status()).toBe(404);

  const wijk = await request.get("/kalender/wijk/noordwijk.ics");
  const wijkText = await wijk.text();
  expect(wijkText).toContain("BEGIN:VTIMEZONE");
  expect(wijkText).toContain("Koffie en papieren in Wijkhuis De Brug");
  expect(wijkText).not.toContain("Taalcafé");
});

test("the unsubscribe link in an email stops all activity email with one tap", async ({ page, app, db }) => {
  const { date } = daysFromNow(8);
  const activity = await createActivity(db, { title: "Workshop fietsen herstellen", category: "workshop", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", date });
  const email = `uit-${Date.now()}@example.test`;
  await page.goto(`/activiteiten/${activity.occurrences[0]?.id}`);
  await page.getByLabel("Je naam").fill("Leen Verhaeghe");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Ik kom" }).click();
  const mail = await app.smtp.waitForMail(email);
  const link = /(http:\/\/localhost:\d+\/afmelden\/[\w.-]+)/.exec(mail.text ?? "")?.[1] ?? "";
  await page.goto(link);
  await expect(page.getByText(`Wil je geen e-mails meer over activiteiten op ${email}?`)).toBeVisible();
  await page.getByRole("button", { name: "Ja, stuur me niets meer" }).click();
  await expect(page.getByText("Je krijgt geen e-mails meer over activiteiten.", { exact: false })).toBeVisible();
  expect(await db.emailOptOut.count({ where: { email } })).toBe(1);
});
