// Issue 17: referrals that close the loop. A buurtwerker signs a household member up for an activity from the
// household's page; at check-in the organiser sees "first time, invited by ..." and the referral comes back as "came"
// by itself. A partner referral gets its outcome by hand.
import { createActivity, daysFromNow } from "#tests/fixtures/activities";
import { createPlace, createUser } from "#tests/fixtures/factories";
import { createHousehold, createPartner } from "#tests/fixtures/outreach";
import { expect, test } from "./fixtures";

test("a referral to an activity is marked 'came' by the check-in; a partner referral gets its outcome by hand", async ({
  page,
  signIn,
  db,
}) => {
  const { neighbourhood } = await createPlace(db);
  const worker = await createUser(db, {
    displayName: "Wendy Wijkwerker",
    roles: ["buurtwerker"],
    neighbourhoodId: neighbourhood.id,
  });
  const resident = await createUser(db, {
    displayName: "Noor Nieuwkomer",
    neighbourhoodId: neighbourhood.id,
  });
  const household = await createHousehold(db, {
    neighbourhoodId: neighbourhood.id,
    street: "Lindestraat",
    number: "21",
    consent: ["followUp", "partners"],
    members: [{ userId: resident.id }],
  });
  const partner = await createPartner(db, {
    neighbourhoodId: neighbourhood.id,
    name: "Huis van het Kind Noord",
    kind: "family",
    phone: "050 44 55 66",
  });
  const { date } = daysFromNow(2);
  const activity = await createActivity(db, {
    title: "Taalcafé Lindestraat",
    neighbourhoodId: neighbourhood.id,
    createdById: worker.id,
    date,
    capacity: 12,
  });
  const occurrenceId = activity.occurrences[0]?.id ?? "";
  await signIn(worker.email ?? "");

  await page.goto(`/buurtwerk/huishoudens/${household.id}`);
  await page.getByText("Iemand doorverwijzen").click();
  await page.getByRole("radio", { name: "Noor Nieuwkomer" }).check();
  await page.getByRole("radio", { name: "Een activiteit" }).check();
  await page.getByLabel("Welke activiteit? (voor een activiteit)").selectOption({ index: 1 });
  await page.getByRole("radio", { name: "Nu inschrijven" }).check();
  await page.screenshot({ path: "test-results/screens/outreach-refer-form.png" });
  await page.getByRole("button", { name: "Doorverwijzen" }).click();
  await expect(page.getByText("Doorverwezen.")).toBeVisible();
  await expect(page.getByTestId("referrals")).toContainText("Taalcafé Lindestraat");
  await expect(page.getByTestId("referrals")).toContainText("Nog geen nieuws");
  const signUp = await db.signUp.findFirstOrThrow({
    where: { occurrenceId, userId: resident.id },
    select: { id: true, createdById: true, status: true },
  });
  expect(signUp).toMatchObject({ createdById: worker.id, status: "confirmed" });

  // A partner, with their agreement to pass on the name (the form may still be open after the redirect).
  if (!(await page.getByRole("radio", { name: "Noor Nieuwkomer" }).isVisible())) await page.getByText("Iemand doorverwijzen").click();
  await page.getByRole("radio", { name: "Noor Nieuwkomer" }).check();
  await page.getByRole("radio", { name: "Een partner" }).check();
  await page.getByLabel("Partner (voor een partner)").selectOption({ label: "Huis van het Kind Noord" });
  await page.getByRole("button", { name: "Doorverwijzen" }).click();
  await expect(page.getByTestId("referrals")).toContainText("Huis van het Kind Noord");
  await expect(page.getByTestId("referrals")).toContainText("050 44 55 66");

  // At the door: the organiser sees who came through a referral, and checks them in.
  await page.goto(`/activiteiten/${occurrenceId}/deelnemers`);
  await expect(page.getByText("Eerste keer, uitgenodigd door Wendy Wijkwerker")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/outreach-attendee-referred.png" });
  await page.getByRole("button", { name: "Is er: Noor Nieuwkomer" }).click();
  await expect(page.getByRole("button", { name: /Noor Nieuwkomer/ })).toContainText("Aanwezig");
  expect(
    await db.referral.findFirstOrThrow({
      where: { signUpId: signUp.id },
      select: { status: true, firstVisit: true },
    }),
  ).toEqual({ status: "came", firstVisit: true });

  // Back on the household: it came back by itself; the partner's outcome is written by hand.
  await page.goto(`/buurtwerk/huishoudens/${household.id}`);
  await expect(page.getByTestId("referrals")).toContainText("Is gekomen · eerste keer");
  await page.getByText("Hoe is het afgelopen?").first().click();
  const referrals = page.getByTestId("referrals");
  await referrals.getByRole("radio", { name: "Geholpen" }).check();
  await referrals.getByLabel("Korte notitie").fill("Plaats in de speelgroep");
  await referrals.getByRole("button", { name: "Bewaren", exact: true }).click();
  await expect(page.getByTestId("referrals")).toContainText("Geholpen · Plaats in de speelgroep");
  await page.getByTestId("referrals").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/outreach-referrals.png" });
  expect(
    await db.referral.findFirstOrThrow({
      where: { partnerId: partner.id },
      select: { status: true, outcomeNote: true },
    }),
  ).toEqual({ status: "helped", outcomeNote: "Plaats in de speelgroep" });
});
