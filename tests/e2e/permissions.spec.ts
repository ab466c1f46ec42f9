// Issue 13: one permission model. Help given "as" a resident is on the record, for the resident and for staff;
// buurtwerkers work in the neighbourhoods an admin assigned them.
import { expect, sessionCookie, test } from "./fixtures";
import { createAgreement } from "#tests/fixtures/agreements";
import { createBuilding, createUser } from "#tests/fixtures/factories";

test("a buurtwerker acts for a resident and votes; the resident's /ik and the staff view show who did it", async ({ page, signIn, db }) => {
  const stamp = Date.now().toString(36);
  const building = await createBuilding(db, {
    slug: `blok-${stamp}`,
    name: `Blok ${stamp}`,
    address: "Lindestraat 2, 8000 Brugge",
    neighbourhoodId: "wijk-noordwijk",
    spaces: [{ slug: "wasruimte", name: "Wasruimte", kind: "laundry" }],
  });
  const resident = await createUser(db, { displayName: `Rachida ${stamp}`, email: null, neighbourhoodId: "wijk-noordwijk", residence: { buildingId: building.id, unit: "1.02" } });
  const agreement = await createAgreement(db, {
    buildingId: building.id,
    spaceId: building.spaces[0]?.id ?? "",
    createdById: "buurtwerker-sofie",
    versions: [{ status: "open", openedAt: new Date(), closesAt: new Date(Date.now() + 7 * 86_400_000), items: [{ key: "a", text: "Haal je was meteen uit de machine." }] }],
  });

  await signIn("sofie@demo.warmebuurt.be");
  await page.goto(`/onthaal?q=${encodeURIComponent(`Rachida ${stamp}`)}`);
  await page.getByRole("button", { name: `Helpen als Rachida ${stamp}` }).click();
  await expect(page.getByText(`Je helpt nu Rachida ${stamp}.`)).toBeVisible();

  await page.goto(`/afspraken/${agreement.id}`);
  await page.getByLabel("Akkoord", { exact: true }).check();
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByText("Bedankt! Je antwoord is bewaard.")).toBeVisible();

  // The answer is the resident's, marked as given with help.
  const response = await db.agreementResponse.findFirstOrThrow({ where: { userId: resident.id }, select: { choice: true, assistedById: true } });
  expect(response).toEqual({ choice: "agree", assistedById: "buurtwerker-sofie" });

  // While acting, the resident's private calendar address stays hidden.
  await page.goto("/ik/meldingen");
  await expect(page.getByTestId("feed-url")).toHaveCount(0);
  await expect(page.getByText("Je ziet hem niet terwijl je iemand helpt.")).toBeVisible();

  // The resident's own page says who acted for them, when, and what they did.
  await page.goto("/ik");
  await expect(page.getByRole("heading", { name: "Wie hielp je in de app" })).toBeVisible();
  await expect(page.getByText(/Sofie Claes · /)).toBeVisible();
  await expect(page.getByText("Gaf je antwoord op de afspraken: Wasruimte")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/acted-for.png", fullPage: true });

  // Back as herself, the buurtwerker sees the household's answer "with help of Sofie Claes".
  await page.getByRole("button", { name: "Stoppen" }).click();
  await page.waitForURL(/\/onthaal/);
  await page.goto(`/afspraken/${agreement.id}`);
  await expect(page.getByTestId("households")).toContainText("1.02");
  await expect(page.getByTestId("households")).toContainText("met hulp van Sofie Claes");
  const session = await db.actingSession.findFirstOrThrow({ where: { residentId: resident.id }, select: { staffId: true, endedAt: true, events: { select: { action: true } } } });
  expect(session.staffId).toBe("buurtwerker-sofie");
  expect(session.endedAt).not.toBeNull();
  expect(session.events.map((e) => e.action)).toEqual(["agreements.respond"]);
});

test("a buurtwerker can act only for residents of a neighbourhood they work in", async ({ page, db, baseURL }) => {
  // Youssef works in Kanaalzone; Jozef Vermeulen lives in Blok De Linde, Noordwijk.
  await page.context().addCookies([await sessionCookie(db, "buurtwerker-youssef", baseURL ?? "")]);
  await page.goto("/onthaal?q=Jozef");
  await expect(page.getByText("Jozef Vermeulen")).toHaveCount(0);
  const refused = await page.request.post("/namens", { form: { residentId: "bewoner-jozef-vermeulen" }, headers: { Origin: baseURL ?? "" }, maxRedirects: 0 });
  expect(refused.status()).toBe(404);
  expect(await db.actingSession.count({ where: { staffId: "buurtwerker-youssef", residentId: "bewoner-jozef-vermeulen" } })).toBe(0);
});

test("an admin assigns a buurtwerker to a neighbourhood for a while, and ends it", async ({ page, db, baseURL }) => {
  const worker = await createUser(db, { displayName: `Nieuwe Buurtwerker ${Date.now().toString(36)}`, roles: ["buurtwerker"] });
  await page.context().addCookies([await sessionCookie(db, "beheerder-wijkhuis", baseURL ?? "")]);
  await page.goto("/beheer/buurtwerkers");
  const card = page.locator("li").filter({ has: page.getByRole("heading", { name: worker.displayName }) });
  await expect(card.getByText("Nog geen wijk.")).toBeVisible();
  await card.getByLabel("Wijk").selectOption({ label: "Kanaalzone" });
  await card.getByLabel("Tijdelijk, tot (niet verplicht)").fill("2099-12-31");
  await card.getByRole("button", { name: "Toewijzen" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await expect(card.getByText("Kanaalzone (tot 2099-12-31)")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/staff-assignments.png", fullPage: true });
  const assignment = await db.staffAssignment.findFirstOrThrow({ where: { userId: worker.id }, select: { neighbourhoodId: true, endsAt: true, createdById: true } });
  expect(assignment).toMatchObject({ neighbourhoodId: "wijk-kanaalzone", createdById: "beheerder-wijkhuis" });

  await card.getByRole("button", { name: /Stoppen: / }).click();
  await expect(card.getByText("Nog geen wijk.")).toBeVisible();

  // A buurtwerker cannot open the page.
  await page.context().clearCookies();
  await page.context().addCookies([await sessionCookie(db, "buurtwerker-sofie", baseURL ?? "")]);
  expect((await page.goto("/beheer/buurtwerkers"))?.status()).toBe(403);
});
