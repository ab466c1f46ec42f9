import { alsoOnPostgres, expect, expectAccessible, test } from "./fixtures";
import { createActivity, daysFromNow } from "#tests/fixtures/activities";

test("a resident finds an activity, signs up, gets the .ics by email and cancels from the link", alsoOnPostgres, async ({ page, signIn, app }) => {
  await signIn("sevda-aydin@demo.warmebuurt.be");
  await page.goto("/activiteiten");
  await expect(page.getByRole("heading", { name: "Activiteiten" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/activities-list.png", fullPage: true });
  await page.getByRole("link", { name: /Wandeling langs de vesten/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wandeling langs de vesten" })).toBeVisible();
  await expect(page.getByText("Nog 6 plaatsen vrij")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText("Je bent ingeschreven. Tot dan!")).toBeVisible();
  await expect(page.getByText("Je bent ingeschreven.", { exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/activity-detail.png", fullPage: true });

  const mail = await app.smtp.waitForMail("sevda-aydin@demo.warmebuurt.be", (m) => m.subject?.startsWith("Je bent ingeschreven") ?? false);
  const ics = mail.attachments.find((a) => a.filename?.endsWith(".ics"));
  expect(ics?.content.toString()).toContain("BEGIN:VTIMEZONE");
  expect(ics?.content.toString()).toContain("SUMMARY:Wandeling langs de vesten");
  expect(mail.text).toContain("/afmelden/");
  const cancelLink = /(http:\/\/localhost:\d+\/activiteiten\/annuleren\/[\w.-]+)/.exec(mail.text ?? "")?.[1];
  expect(cancelLink).toBeTruthy();

  // Signing up again is refused kindly (e.g. from a second tab).
  await page.goto(cancelLink ?? "");
  await expect(page.getByText(/Kan je niet komen voor Wandeling langs de vesten/)).toBeVisible();
  await page.getByRole("button", { name: "Ja, annuleer mijn inschrijving" }).click();
  await expect(page.getByText("Je inschrijving is geannuleerd.", { exact: false })).toBeVisible();
  await page.goto(cancelLink ?? "");
  await expect(page.getByText("Deze inschrijving was al geannuleerd.")).toBeVisible();
});

test("the list filters by neighbourhood and kind with a plain GET form", async ({ page }) => {
  await page.goto("/activiteiten?wijk=kanaalzone&soort=taalcafe");
  const cards = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /Taalcafé/ }) });
  expect(await cards.count()).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: /Koffie en papieren in Wijkhuis De Brug/ })).toHaveCount(0);
  // Building-only activities stay hidden from people who do not live there.
  await expect(page.getByRole("link", { name: /Kennismaking nieuwe huurders/ })).toHaveCount(0);
});

test("signing up twice is refused kindly", async ({ page, signIn, db }) => {
  const { date } = daysFromNow(5);
  const activity = await createActivity(db, { title: "Dubbel test", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 10, date });
  await signIn("marleen-goossens@demo.warmebuurt.be");
  const url = `/activiteiten/${activity.occurrences[0]?.id}`;
  await page.goto(url);
  // A second tab that still shows the form.
  const second = await page.context().newPage();
  await second.goto(url);
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText("Je bent ingeschreven. Tot dan!")).toBeVisible();
  await second.getByRole("button", { name: "Ik kom" }).click();
  await expect(second.getByText("Je bent al ingeschreven voor deze activiteit.", { exact: false })).toBeVisible();
  expect(await db.signUp.count({ where: { occurrenceId: activity.occurrences[0]?.id, status: "confirmed" } })).toBe(1);
  await page.getByRole("button", { name: "Ik kan toch niet komen" }).click();
  await expect(page.getByText("Je inschrijving is geannuleerd.")).toBeVisible();
});

test("a full activity puts people on the waitlist with their position", async ({ page, db }) => {
  const { date } = daysFromNow(6);
  const activity = await createActivity(db, { title: "Kleine workshop", category: "workshop", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 2, date });
  await page.goto(`/activiteiten/${activity.occurrences[0]?.id}`);
  await page.getByLabel("Je naam").fill("Gezin Wouters");
  await page.getByLabel("Telefoon").fill("0470 12 12 12");
  await page.getByText("Ik breng iemand mee of heb iets nodig").click();
  await page.getByLabel("Hoeveel volwassenen komen er mee?").fill("1");
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText("Je bent ingeschreven. Tot dan!")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Volzet: wachtlijst")).toBeVisible();
  await page.getByLabel("Je naam").fill("Dirk Janssens");
  await page.getByLabel("E-mailadres").fill(`dirk-${Date.now()}@example.test`);
  await page.getByRole("button", { name: "Zet me op de wachtlijst" }).click();
  await expect(page.getByText("Je staat op de wachtlijst: nummer 1.")).toBeVisible();
});

test("with JavaScript, the server's answer marks the wrong field, keeps what was typed, and a sign-up empties the form", async ({ page, db }) => {
  const { date } = daysFromNow(5);
  const activity = await createActivity(db, { title: "Soepmiddag", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 4, date });
  await page.goto(`/activiteiten/${activity.occurrences[0]?.id}`);
  await page.getByLabel("Je naam").fill("Fatima El Amrani");
  await page.getByLabel("Telefoon").fill("0470 33 44 55");
  await page.getByText("Ik breng iemand mee of heb iets nodig").click();
  await page.getByLabel("Hoeveel volwassenen komen er mee?").fill("11");
  await page.getByRole("button", { name: "Ik kom" }).click();
  const adults = page.getByLabel("Hoeveel volwassenen komen er mee?");
  await expect(adults).toHaveAttribute("aria-invalid", "true");
  await expect(adults).toHaveAccessibleDescription("Zoveel mensen kunnen niet met één inschrijving mee.");
  await expect(adults).toBeFocused();
  await expect(page.getByLabel("Je naam")).toHaveValue("Fatima El Amrani");
  await adults.fill("1");
  await page.getByLabel("Kinderopvang").check();
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText("Je bent ingeschreven. Tot dan!")).toBeVisible();
  // Ready for the next person at the same phone (a buurtwerker at the door).
  await expect(page.getByLabel("Je naam")).toHaveValue("");
  await expect(page.getByLabel("Kinderopvang")).not.toBeChecked();
  const signUp = await db.signUp.findFirstOrThrow({ where: { occurrenceId: activity.occurrences[0]?.id, name: "Fatima El Amrani" }, select: { people: true, childcare: true } });
  expect(signUp).toEqual({ people: 2, childcare: true });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a neighbour without an account signs up with name and email, and bad input keeps what was typed", async ({ page, app, db }) => {
    const { date } = daysFromNow(4);
    const activity = await createActivity(db, { title: "Buurtdrink zonder JS", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 3, date });
    await page.goto(`/activiteiten/${activity.occurrences[0]?.id}`);
    await page.getByLabel("Je naam").fill("Noor Verbeke");
    await page.getByRole("button", { name: "Ik kom" }).click();
    await expect(page.getByText("Vul een e-mailadres of een telefoonnummer in.")).toBeVisible();
    await expect(page.getByLabel("Je naam")).toHaveValue("Noor Verbeke");
    await page.getByText("Ik breng iemand mee of heb iets nodig").click();
    await page.getByLabel("Hoeveel volwassenen komen er mee?").fill("5");
    const email = `noor-${Date.now()}@example.test`;
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Ik kom" }).click();
    await expect(page.getByText("Zoveel mensen passen er niet in. Kies minder mensen.")).toBeVisible();
    await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
    await page.getByLabel("Hoeveel volwassenen komen er mee?").fill("1");
    await page.getByLabel("Een tolk").check();
    await page.getByLabel("In welke taal?").fill("Turks");
    await page.getByRole("button", { name: "Ik kom" }).click();
    await expect(page.getByText("Je bent ingeschreven. Tot dan!")).toBeVisible();
    const mail = await app.smtp.waitForMail(email);
    expect(mail.subject).toBe("Je bent ingeschreven: Buurtdrink zonder JS");
    const signUp = await db.signUp.findFirstOrThrow({ where: { email }, select: { people: true, interpreterLanguage: true, status: true } });
    expect(signUp).toEqual({ people: 2, interpreterLanguage: "Turks", status: "confirmed" });
  });

  test("the list filters work as a plain form", async ({ page }) => {
    await page.goto("/activiteiten");
    // The filters' summary said "Zoeken"; since issue 16 a search box carries that word and the filters say what they are.
    await page.getByText("Kies een wijk, soort of dag").click();
    await page.getByLabel("Wijk").selectOption({ label: "Kanaalzone" });
    await page.getByLabel("Soort").selectOption({ label: "Wandeling" });
    await page.getByRole("button", { name: "Toon activiteiten" }).click();
    await expect(page).toHaveURL(/wijk=kanaalzone/);
    await expect(page.getByRole("link", { name: /Wandeling langs de vesten/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Buurtdrink/ })).toHaveCount(0);
  });
});
