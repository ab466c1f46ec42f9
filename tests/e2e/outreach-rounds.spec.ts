// Issue 17: a buurtwerker walks a round in a street without reception. The round page, opened once with the network,
// opens again offline; three door knocks are kept on the phone and arrive once when the network is back, with the
// time they were made. Each test builds its own neighbourhood, street and round.
import type { Locator, Page } from "@playwright/test";
import { createPlace, createUser } from "#tests/fixtures/factories";
import { createHousehold, createKnock, createRound } from "#tests/fixtures/outreach";
import { expect, sessionCookie, test } from "./fixtures";

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated", undefined, {
    timeout: 20_000,
  });
}

async function waitUntilStored(page: Page, path: string) {
  await expect
    .poll(() => page.evaluate(async (url) => Boolean(await caches.match(url)), path), { timeout: 40_000 })
    .toBe(true);
}

function stopAt(page: Page, address: string): Locator {
  return page.getByTestId("stop").filter({ has: page.getByText(address, { exact: true }) });
}

async function streetWithRound(db: Parameters<typeof createHousehold>[0], numbers: number[]) {
  const { neighbourhood } = await createPlace(db);
  const worker = await createUser(db, {
    displayName: "Wendy Wijkwerker",
    roles: ["buurtwerker"],
    neighbourhoodId: neighbourhood.id,
  });
  const households = [];
  for (const number of numbers)
    households.push(
      await createHousehold(db, {
        neighbourhoodId: neighbourhood.id,
        street: "Lindestraat",
        number: String(number),
      }),
    );
  const round = await createRound(db, {
    neighbourhoodId: neighbourhood.id,
    title: "Lindestraat in november",
    createdById: worker.id,
    householdIds: households.map((h) => h.id),
  });
  return { neighbourhood, worker, households, round };
}

test("three door knocks logged offline in the street arrive once when the network is back", async ({
  page,
  context,
  signIn,
  db,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const { worker, households, round } = await streetWithRound(db, [1, 2, 3, 4, 5, 6]);
  const path = `/buurtwerk/rondes/${round.id}`;
  await signIn(worker.email ?? "");
  await page.goto(path);
  await waitForServiceWorker(page);
  await waitUntilStored(page, path);
  // Walking order: up the odd side, back down the even side.
  await expect(page.getByTestId("stop").locator("summary > span:first-child")).toHaveText([
    "Lindestraat 1",
    "Lindestraat 3",
    "Lindestraat 5",
    "Lindestraat 6",
    "Lindestraat 4",
    "Lindestraat 2",
  ]);
  await page.screenshot({ path: "test-results/screens/outreach-round.png" });

  // In the street: no network. The page opens from the phone.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Lindestraat in november" })).toBeVisible();
  const wentOffline = new Date();

  const one = stopAt(page, "Lindestraat 1");
  await one.locator(":scope > summary").click();
  await one.getByRole("button", { name: "Niet thuis" }).click();
  await expect(one.getByTestId("queued-here")).toBeVisible();

  const three = stopAt(page, "Lindestraat 3");
  await three.locator(":scope > summary").click();
  await three.getByText("Notitie, terugkomen, probleem").click();
  await three.getByLabel("Korte notitie").fill("Wil graag naar het taalcafé. Schimmel in de badkamer.");
  await three.getByLabel("Vocht of schimmel").check();
  await three.getByRole("button", { name: "Gesproken" }).click();
  await expect(three.getByTestId("queued-here")).toBeVisible();

  const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(
    new Date(Date.now() + 86_400_000),
  );
  const five = stopAt(page, "Lindestraat 5");
  await five.locator(":scope > summary").click();
  await five.getByText("Notitie, terugkomen, probleem").click();
  await five.getByLabel("Terugkomen op").fill(tomorrow);
  await five.getByRole("button", { name: "Later terugkomen" }).click();
  await expect(five.getByTestId("queued-here")).toBeVisible();
  await expect(
    page.getByText("Bewaard op je telefoon. We sturen het door zodra je weer online bent."),
  ).toBeVisible();
  await three.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/outreach-round-offline.png" });
  expect(await db.doorKnock.count({ where: { roundId: round.id } })).toBe(0);

  // Back in reach: each knock arrives once, with the moment it was made.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const backOnline = new Date();
  await context.setOffline(false);
  await expect.poll(() => db.doorKnock.count({ where: { roundId: round.id } }), { timeout: 30_000 }).toBe(3);
  const byNumber = (n: number) => households[[1, 2, 3, 4, 5, 6].indexOf(n)]?.id ?? "";
  const knocks = await db.doorKnock.findMany({
    where: { roundId: round.id },
    select: {
      householdId: true,
      outcome: true,
      note: true,
      comeBackOn: true,
      knockedAt: true,
      knockedById: true,
      signals: { select: { kind: true, street: true } },
    },
  });
  const knockAt = (n: number) => knocks.find((k) => k.householdId === byNumber(n));
  expect(knockAt(1)).toMatchObject({ outcome: "not_home", knockedById: worker.id });
  expect(knockAt(3)).toMatchObject({
    outcome: "talked",
    note: "Wil graag naar het taalcafé. Schimmel in de badkamer.",
    signals: [{ kind: "damp", street: "Lindestraat" }],
  });
  expect(knockAt(5)?.outcome).toBe("come_back");
  expect(knockAt(5)?.comeBackOn?.toISOString().slice(0, 10)).toBe(tomorrow);
  for (const knock of knocks) {
    expect(knock.knockedAt.getTime()).toBeGreaterThanOrEqual(wentOffline.getTime() - 1_000);
    expect(knock.knockedAt.getTime()).toBeLessThan(backOnline.getTime());
  }

  // The same submissions again (a second replay): nothing new.
  const keys = await db.idempotencyKey.findMany({ where: { userId: worker.id }, select: { key: true } });
  expect(keys).toHaveLength(3);
  const replay = await page.request.post(path, {
    form: {
      intent: "knock",
      householdId: byNumber(1),
      outcome: "not_home",
      idempotencyKey: keys[0]?.key ?? "",
    },
    headers: { Origin: baseURL ?? "" },
    maxRedirects: 0,
  });
  expect(replay.status()).toBeLessThan(400);
  expect(await db.doorKnock.count({ where: { roundId: round.id } })).toBe(3);

  // The list of doors to knock on again: the closed door, not the talk, not the visit planned for tomorrow.
  await page.goto(`${path}?lijst=opnieuw`);
  await expect(page.getByTestId("stop").locator("summary > span:first-child")).toHaveText(["Lindestraat 1"]);
  await page.screenshot({ path: "test-results/screens/outreach-round-again.png" });
});

test("online, a knock is saved at once and the door leaves the list after four closed doors", async ({
  page,
  signIn,
  db,
}) => {
  const { worker, households, round } = await streetWithRound(db, [7, 9]);
  const seven = households[0]?.id ?? "";
  const hour = 3_600_000;
  for (const ago of [72, 48, 24])
    await createKnock(db, {
      householdId: seven,
      roundId: round.id,
      knockedById: worker.id,
      outcome: "not_home",
      knockedAt: new Date(Date.now() - ago * hour),
    });
  await signIn(worker.email ?? "");
  await page.goto(`/buurtwerk/rondes/${round.id}?lijst=opnieuw`);
  // Number 9 was never knocked on: it is on the round, not on the list of doors to try again.
  await expect(page.getByTestId("stop").locator("summary > span:first-child")).toHaveText(["Lindestraat 7"]);
  const stop = stopAt(page, "Lindestraat 7");
  await stop.locator(":scope > summary").click();
  await stop.getByRole("button", { name: "Niet thuis" }).click();
  await expect(page.getByText("Bewaard: Lindestraat 7, Niet thuis.")).toBeVisible();
  await expect(page.getByText("Niemand om opnieuw bij aan te kloppen. Goed gedaan.")).toBeVisible();
  await page.goto(`/buurtwerk/rondes/${round.id}`);
  await expect(stopAt(page, "Lindestraat 7")).toContainText("4 keer niet thuis: rust tot de volgende ronde");
});

test("a buurtwerker plans a round over a street, and a Kanaalzone buurtwerker cannot open it", async ({
  page,
  signIn,
  db,
  baseURL,
  playwright,
}) => {
  const { neighbourhood } = await createPlace(db);
  const worker = await createUser(db, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
  await signIn(worker.email ?? "");
  await page.goto("/buurtwerk/rondes");
  await page.getByLabel("Naam van de ronde").fill("Eikenlaan, even kant");
  await page.getByLabel("Straat", { exact: true }).fill("eikenlaan");
  await page.getByLabel("Van nummer").fill("2");
  await page.getByLabel("Tot nummer").fill("12");
  await page.getByLabel("Welke kant?").selectOption("even");
  await page.getByLabel("Welke kant?").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/outreach-rounds-plan.png" });
  await page.getByRole("button", { name: "Ronde plannen" }).click();
  await expect(page.getByText("De ronde staat klaar.")).toBeVisible();
  await expect(page.getByTestId("stop").locator("summary > span:first-child")).toHaveText([
    "Eikenlaan 12",
    "Eikenlaan 10",
    "Eikenlaan 8",
    "Eikenlaan 6",
    "Eikenlaan 4",
    "Eikenlaan 2",
  ]);
  const roundId = new URL(page.url()).pathname.split("/").at(-1) ?? "";

  const elsewhere = await createUser(db, { roles: ["buurtwerker"], neighbourhoodId: "wijk-kanaalzone" });
  const cookie = await sessionCookie(db, elsewhere.id, baseURL ?? "");
  const client = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: `${cookie.name}=${cookie.value}`, Origin: baseURL ?? "" },
  });
  expect((await client.get(`/buurtwerk/rondes/${roundId}`, { maxRedirects: 0 })).status()).toBe(404);
  const household = await db.household.findFirstOrThrow({
    where: { neighbourhoodId: neighbourhood.id, number: "2" },
    select: { id: true },
  });
  const refused = await client.post(`/buurtwerk/rondes/${roundId}`, {
    form: { intent: "knock", householdId: household.id, outcome: "talked" },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(404);
  await client.dispose();
  expect(await db.doorKnock.count({ where: { householdId: household.id } })).toBe(0);
});
