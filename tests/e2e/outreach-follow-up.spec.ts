// Issue 17: a household followed up by its buurtwerker: what they would rather do, the next step with its day, notes
// that only the staff of the neighbourhood read (each reading logged), and "my follow-ups due this week".
import { createPlace, createUser } from "#tests/fixtures/factories";
import { createHousehold } from "#tests/fixtures/outreach";
import { expect, sessionCookie, test } from "./fixtures";

test("a buurtwerker starts a follow-up, sees it due this week, writes a note; the notes are a logged view, not for another neighbourhood", async ({
  page,
  signIn,
  db,
  baseURL,
  playwright,
}) => {
  const { neighbourhood } = await createPlace(db);
  const worker = await createUser(db, {
    displayName: "Wendy Wijkwerker",
    roles: ["buurtwerker"],
    neighbourhoodId: neighbourhood.id,
  });
  const household = await createHousehold(db, {
    neighbourhoodId: neighbourhood.id,
    street: "Lindestraat",
    number: "12",
    members: [{ name: "Fatma Opvolging" }],
  });
  await signIn(worker.email ?? "");

  // No consent recorded yet: no follow-up, no notes.
  await page.goto(`/buurtwerk/huishoudens/${household.id}`);
  await expect(
    page.getByText("Eerst toestemming: duid hierboven aan dat ze akkoord zijn met opvolging."),
  ).toBeVisible();
  await page.getByLabel("We houden notities bij en volgen op").check();
  await page.getByLabel("Mondeling").check();
  await page.getByRole("button", { name: "Bewaren", exact: true }).click();
  await expect(page.getByText("Genoteerd door Wendy Wijkwerker")).toBeVisible();

  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());
  await page.getByLabel("Papieren en rechten").check();
  await page.getByLabel("Vrije tijd voor de kinderen").check();
  await page.getByLabel("Volgende stap").fill("Samen naar koffie en papieren voor de energiefactuur");
  await page.getByLabel("Tegen wanneer?").fill(today);
  await page.getByRole("button", { name: "Opvolging starten" }).click();
  await expect(page.getByText("De opvolging is gestart.")).toBeVisible();
  const followUp = await db.followUp.findFirstOrThrow({
    where: { householdId: household.id },
    select: { id: true, wishes: true, ownerId: true, status: true },
  });
  expect(followUp).toMatchObject({ wishes: "leisure,papers", ownerId: worker.id, status: "active" });

  // Due this week on the buurtwerker's own page.
  await page.goto("/buurtwerk");
  await expect(page.getByTestId("due-this-week")).toContainText("Lindestraat 12");
  await expect(page.getByTestId("due-this-week")).toContainText(
    "Samen naar koffie en papieren voor de energiefactuur",
  );
  await page.screenshot({ path: "test-results/screens/outreach-hub.png" });

  await page.getByRole("link", { name: "Lindestraat 12" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opvolging: Lindestraat 12" })).toBeVisible();
  await page
    .getByLabel("Nieuwe notitie")
    .fill("Fatma wil graag Nederlands leren. Schimmel in de slaapkamer.");
  await page.getByText("Probleem in het gebouw of de straat?").first().click();
  await page.getByLabel("Vocht of schimmel").check();
  await page.getByRole("button", { name: "Notitie bewaren" }).click();
  await expect(page.getByText("De notitie is bewaard.")).toBeVisible();
  await expect(page.getByText("Fatma wil graag Nederlands leren.", { exact: false })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/outreach-follow-up.png", fullPage: false });
  expect(
    await db.signal.findMany({ where: { followUpId: followUp.id }, select: { kind: true, street: true } }),
  ).toEqual([{ kind: "damp", street: "Lindestraat" }]);
  // Every opening of the notes is written down (the page was opened twice: before and after the note).
  expect(
    await db.householdView.count({
      where: { householdId: household.id, what: "notes", viewerId: worker.id },
    }),
  ).toBe(2);

  // Another neighbourhood's buurtwerker: not found, and no view logged for them.
  const elsewhere = await createUser(db, { roles: ["buurtwerker"], neighbourhoodId: "wijk-kanaalzone" });
  const cookie = await sessionCookie(db, elsewhere.id, baseURL ?? "");
  const client = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: `${cookie.name}=${cookie.value}`, Origin: baseURL ?? "" },
  });
  expect((await client.get(`/buurtwerk/opvolging/${followUp.id}`, { maxRedirects: 0 })).status()).toBe(404);
  const refused = await client.post(`/buurtwerk/opvolging/${followUp.id}`, {
    form: { intent: "note", body: "Ik mag dit niet." },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(404);
  await client.dispose();
  expect(await db.householdView.count({ where: { householdId: household.id, viewerId: elsewhere.id } })).toBe(
    0,
  );
  expect(await db.followUpNote.count({ where: { followUpId: followUp.id } })).toBe(1);

  // Who follows up: Wendy, and a colleague of this neighbourhood she could hand it to.
  await page.getByText("Bijwerken").click();
  await expect(page.getByLabel("Wie volgt op?")).toHaveValue(worker.id);
  await page.getByLabel("Wie volgt op?").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/outreach-follow-up-update.png" });

  // Ending it takes it off the list.
  await page.getByRole("button", { name: "Opvolging afsluiten" }).click();
  await expect(page.getByText("De opvolging is afgesloten.")).toBeVisible();
  await page.goto("/buurtwerk");
  await expect(page.getByText("Niets te doen deze week.")).toBeVisible();
});
