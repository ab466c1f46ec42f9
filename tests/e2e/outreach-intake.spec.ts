// Issue 17: one intake at the desk. The person tells their story once; it goes where it should (follow-up, a buddy,
// a partner) and the next worker reads it on the household's page.
import { createBuilding, createPlace, createUser } from "#tests/fixtures/factories";
import { createPartner } from "#tests/fixtures/outreach";
import { expect, test } from "./fixtures";

test("an intake registers a household and a person once, records the question and starts the follow-up; a resident with an account goes to a buddy", async ({
  page,
  signIn,
  db,
}) => {
  const { neighbourhood } = await createPlace(db);
  const building = await createBuilding(db, {
    slug: `${neighbourhood.slug}-toren`,
    name: "Toren Intake",
    address: "Torenplein 1",
    neighbourhoodId: neighbourhood.id,
  });
  const worker = await createUser(db, {
    displayName: "Olga Onthaal",
    roles: ["buurtwerker"],
    neighbourhoodId: neighbourhood.id,
  });
  await createPartner(db, { neighbourhoodId: neighbourhood.id, name: "CAW Intake", kind: "caw" });
  const resident = await createUser(db, {
    displayName: "Karim Metaccount",
    neighbourhoodId: neighbourhood.id,
    residence: { buildingId: building.id, unit: "4.02" },
  });
  await signIn(worker.email ?? "");

  await page.goto("/onthaal");
  await page.getByRole("link", { name: "Intake: iemand vertelt het verhaal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intake aan het onthaal" })).toBeVisible();
  await page.getByLabel("Straat").fill("Lindestraat");
  await page.getByLabel("Nummer").fill("7");
  await page.getByLabel("Naam", { exact: true }).fill("Amina Eenkeer");
  await page.getByLabel("Arabisch").check();
  await page
    .getByLabel("Wat is de vraag?")
    .fill("Ze krijgt brieven van de huisbaas die ze niet begrijpt en wil Nederlands leren.");
  await page.getByLabel("We houden notities bij en volgen op").check();
  await page.getByLabel("Op papier (formulier in het wijkhuis)").check();
  await page.getByLabel(/Opvolging door een buurtwerker/).check();
  await page.screenshot({ path: "test-results/screens/outreach-intake.png", fullPage: true });
  await page.getByRole("button", { name: "Intake bewaren" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Lindestraat 7" })).toBeVisible();
  await expect(page.getByText("De intake is bewaard.")).toBeVisible();
  await expect(page.getByTestId("intakes")).toContainText("Ze krijgt brieven van de huisbaas");
  await expect(page.getByTestId("intakes")).toContainText("Amina Eenkeer");
  await page.screenshot({ path: "test-results/screens/outreach-intake-household.png" });
  const household = await db.household.findFirstOrThrow({
    where: { neighbourhoodId: neighbourhood.id, street: "Lindestraat", number: "7" },
    select: {
      id: true,
      languages: true,
      consent: true,
      consentMethod: true,
      members: { select: { name: true } },
      followUps: { select: { ownerId: true, notes: { select: { body: true } } } },
    },
  });
  expect(household).toMatchObject({
    languages: "ar",
    consent: "followUp",
    consentMethod: "paper",
    members: [{ name: "Amina Eenkeer" }],
  });
  expect(household.followUps).toEqual([
    {
      ownerId: worker.id,
      notes: [{ body: "Ze krijgt brieven van de huisbaas die ze niet begrijpt en wil Nederlands leren." }],
    },
  ]);

  // The follow-up the intake started: the story is its first note, not asked again.
  await page.getByRole("link", { name: "Opvolging bekijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opvolging: Lindestraat 7" })).toBeVisible();
  await expect(page.getByTestId("follow-up-notes")).toContainText("Ze krijgt brieven van de huisbaas die ze niet begrijpt");

  // A resident with an account, from the desk's list: a buddy, through a help request.
  await page.goto(`/onthaal?q=${encodeURIComponent("Karim")}`);
  await page.getByRole("link", { name: "Intake: Karim Metaccount" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intake aan het onthaal" })).toBeVisible();
  await expect(page.getByText("Karim Metaccount", { exact: true })).toBeVisible();
  await page
    .getByLabel("Wat is de vraag?")
    .fill("Karim zit veel alleen en wil graag iemand om mee te wandelen.");
  await page.getByLabel(/Een buddy/).check();
  await page.getByLabel("Soort hulp (voor een buddy)").selectOption("walks");
  await page.getByRole("button", { name: "Intake bewaren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Toren Intake 4.02" })).toBeVisible();
  const request = await db.helpRequest.findFirstOrThrow({
    where: { residentId: resident.id },
    select: { id: true, kind: true, createdById: true },
  });
  expect(request).toMatchObject({ kind: "walks", createdById: worker.id });
  expect(
    await db.referral.findMany({
      where: { helpRequestId: request.id },
      select: { kind: true, status: true },
    }),
  ).toEqual([{ kind: "buddy", status: "open" }]);
  await expect(page.getByTestId("intakes").getByRole("link", { name: "Hulpvraag bekijken" })).toHaveAttribute(
    "href",
    `/hulp/vragen/${request.id}`,
  );

  // A partner needs their agreement first: refused, nothing half-saved.
  await page.goto(`/onthaal/intake?bewoner=${resident.id}`);
  await page.getByLabel("Wat is de vraag?").fill("Een vraag voor het CAW over schulden en facturen.");
  await page.getByLabel(/Een partner/).check();
  await page.getByLabel("Partner (voor een partner)").selectOption({ label: "CAW Intake" });
  await page.getByRole("button", { name: "Intake bewaren" }).click();
  await expect(
    page.getByText("Noteer eerst dat ze akkoord zijn dat we de naam doorgeven aan een partner."),
  ).toBeVisible();
  expect(await db.intake.count({ where: { neighbourhoodId: neighbourhood.id } })).toBe(2);
});
