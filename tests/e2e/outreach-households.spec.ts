// Issue 17: a household exists before anyone in it has an account; its phone numbers are shown on request, and each
// time that is written down for its members to read in their export.
import { createPlace, createUser } from "#tests/fixtures/factories";
import { createHousehold } from "#tests/fixtures/outreach";
import { expect, test } from "./fixtures";

test("a buurtwerker registers a household at a door, adds who lives there and what they agreed to; phone numbers are a logged view", async ({ page, signIn, db }) => {
  const { neighbourhood } = await createPlace(db);
  const worker = await createUser(db, { displayName: "Wendy Wijkwerker", roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
  const resident = await createUser(db, { displayName: "Nadia Accounthouder", phone: "0470 12 34 56", neighbourhoodId: neighbourhood.id });
  await signIn(worker.email ?? "");

  await page.goto("/buurtwerk/huishoudens/nieuw");
  await page.getByLabel("Straat").fill("Beukenlaan");
  await page.getByLabel("Nummer").fill("14");
  await page.getByLabel("Arabisch").check();
  await page.getByLabel("Naam van iemand die er woont").fill("Omar Zonderaccount");
  await page.getByLabel("Telefoon").fill("0489 55 66 77");
  await page.screenshot({ path: "test-results/screens/outreach-household-new.png" });
  await page.getByRole("button", { name: "Huishouden bewaren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beukenlaan 14" })).toBeVisible();
  const household = await db.household.findFirstOrThrow({ where: { neighbourhoodId: neighbourhood.id, street: "Beukenlaan", number: "14" }, select: { id: true, languages: true } });
  expect(household.languages).toBe("ar");

  // Phones are not on the page until asked for.
  await expect(page.getByText("0489 55 66 77")).toHaveCount(0);
  expect(await db.householdView.count({ where: { householdId: household.id } })).toBe(0);
  await page.getByRole("link", { name: "Toon telefoonnummers" }).click();
  await expect(page.getByText("0489 55 66 77")).toBeVisible();
  expect(await db.householdView.findMany({ where: { householdId: household.id }, select: { what: true, viewerId: true } })).toEqual([{ what: "contact", viewerId: worker.id }]);

  // Consent needs a way it was given.
  await page.getByLabel("We houden notities bij en volgen op").check();
  await page.getByRole("button", { name: "Bewaren", exact: true }).click();
  await expect(page.getByText("Kies hoe ze akkoord gingen.")).toBeVisible();
  await page.getByLabel("We houden notities bij en volgen op").check();
  await page.getByLabel("Op papier (formulier in het wijkhuis)").check();
  await page.getByRole("button", { name: "Bewaren", exact: true }).click();
  await expect(page.getByText("Genoteerd door Wendy Wijkwerker")).toBeVisible();
  expect(await db.household.findUniqueOrThrow({ where: { id: household.id }, select: { consent: true, consentMethod: true } })).toEqual({ consent: "followUp", consentMethod: "paper" });
  await page.screenshot({ path: "test-results/screens/outreach-household.png" });

  // The same address again opens the household we know.
  await page.goto("/buurtwerk/huishoudens/nieuw");
  await page.getByLabel("Straat").fill("beukenlaan");
  await page.getByLabel("Nummer").fill("14");
  await page.getByRole("button", { name: "Huishouden bewaren" }).click();
  await expect(page.getByText("Dit adres kenden we al. Hier is het.")).toBeVisible();
  expect(await db.household.count({ where: { neighbourhoodId: neighbourhood.id } })).toBe(1);

  // A resident with an account joins the export's view of it: the household of an account holder.
  await createHousehold(db, { neighbourhoodId: neighbourhood.id, street: "Beukenlaan", number: "16", members: [{ userId: resident.id }] });
  await page.goto("/buurtwerk/huishoudens?q=Accounthouder");
  await expect(page.getByRole("link", { name: "Beukenlaan 16" })).toBeVisible();
  await page.getByRole("link", { name: "Beukenlaan 16" }).click();
  await expect(page.getByText("heeft een account")).toBeVisible();
});
