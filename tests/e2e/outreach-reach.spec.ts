// Issue 17: a neighbourhood's reach and its signals for partners: numbers without names, every number under 5
// shown as "< 5", a chart drawn on the server; another neighbourhood's buurtwerker gets nothing.
import { createPlace, createUser } from "#tests/fixtures/factories";
import { createHousehold, createKnock } from "#tests/fixtures/outreach";
import { expect, sessionCookie, test } from "./fixtures";

test("the reach page shows households week by week with small numbers hidden; the signals note has places and counts only", async ({
  page,
  signIn,
  db,
  baseURL,
  playwright,
}) => {
  const { neighbourhood, building } = await createPlace(db);
  const worker = await createUser(db, {
    displayName: "Wendy Wijkwerker",
    roles: ["buurtwerker"],
    neighbourhoodId: neighbourhood.id,
  });
  for (let i = 1; i <= 8; i += 1) {
    const household = await createHousehold(db, {
      neighbourhoodId: neighbourhood.id,
      street: "Lindestraat",
      number: String(i),
      members: [{ name: `Bewoner Geheim ${i}` }],
    });
    await createKnock(db, {
      householdId: household.id,
      outcome: i <= 6 ? "talked" : "not_home",
      signals: i <= 3 ? ["damp"] : [],
    });
  }
  const flat = await createHousehold(db, {
    neighbourhoodId: neighbourhood.id,
    buildingId: building.id,
    unit: "3.01",
  });
  await createKnock(db, { householdId: flat.id, outcome: "talked", signals: ["lift"] });
  await signIn(worker.email ?? "");

  await page.goto("/buurtwerk");
  await page.getByRole("link", { name: "Bereik van de wijk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Bereik: ${neighbourhood.name}` })).toBeVisible();
  const summary = page.getByTestId("reach-summary");
  await expect(summary).toContainText("Aangeklopt9");
  await expect(summary).toContainText("Gesproken7");
  await expect(summary).toContainText("Nu in opvolging< 5");
  await expect(page.locator("svg[role=img] title")).toHaveText("Huishoudens per week");
  await expect(page.getByTestId("reach-weeks").locator("tbody tr").last()).toContainText("97< 5");
  await expect(page.getByText("Bewoner Geheim")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/outreach-reach.png", fullPage: true });

  await page.getByRole("link", { name: "Signalen voor partners" }).click();
  const signals = page.getByTestId("signals");
  await expect(signals.locator("tbody tr").first()).toContainText("Lindestraat");
  await expect(signals.locator("tbody tr").first()).toContainText("Vocht of schimmel");
  await expect(signals.locator("tbody tr").first()).toContainText("3");
  await expect(signals).toContainText(building.name);
  await expect(signals).toContainText("Lift kapot");
  await expect(page.getByText("Bewoner Geheim")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/outreach-signals.png", fullPage: true });

  // Another neighbourhood's buurtwerker: not found.
  const elsewhere = await createUser(db, { roles: ["buurtwerker"], neighbourhoodId: "wijk-kanaalzone" });
  const cookie = await sessionCookie(db, elsewhere.id, baseURL ?? "");
  const client = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: `${cookie.name}=${cookie.value}` },
  });
  expect(
    (await client.get(`/buurtwerk/cijfers?wijk=${neighbourhood.id}`, { maxRedirects: 0 })).status(),
  ).toBe(404);
  expect(
    (await client.get(`/buurtwerk/signalen?wijk=${neighbourhood.id}`, { maxRedirects: 0 })).status(),
  ).toBe(404);
  await client.dispose();
});

test("the demo shows Sofie's round through the Lindestraat with its reach", async ({ page, db, baseURL }) => {
  const cookie = await sessionCookie(db, "buurtwerker-sofie", baseURL ?? "");
  await page.context().addCookies([cookie]);
  await page.goto("/buurtwerk/rondes/ronde-lindestraat");
  await expect(page.getByRole("heading", { level: 1, name: "Lindestraat, huis aan huis" })).toBeVisible();
  expect(await db.roundStop.count({ where: { roundId: "ronde-lindestraat" } })).toBe(30);
  await page.goto("/buurtwerk/cijfers?wijk=wijk-noordwijk");
  await expect(page.getByTestId("reach-summary")).toContainText("Gesproken");
  await expect(page.getByTestId("reach-summary")).not.toContainText("Aangeklopt< 5");
  await page.screenshot({ path: "test-results/screens/outreach-reach-demo.png", fullPage: true });
  await page.goto("/buurtwerk");
  await expect(page.getByTestId("due-this-week").getByRole("link").first()).toBeVisible();
});
