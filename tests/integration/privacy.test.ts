// Data rights (issue 14): the export shows what we keep, deletion leaves the person's name, email address and phone
// number nowhere in the database (every text column is scanned), and retention removes old data on a fixed clock.
// Runs on SQLite (npm test) and on PostgreSQL (npm run test:postgres).
import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma, databaseProvider } = await import("~/utils/db.server");
const { collectPersonalData } = await import("~/features/privacy/export.server");
const { eraseAccount, keepAccount } = await import("~/features/privacy/erase.server");
const { applyRetention, flagInactiveDeskPeople } = await import("~/features/privacy/retention.server");
const { createPlace, createUser } = await import("#tests/fixtures/factories");
const { createActivity, createSignUp, daysFromNow } = await import("#tests/fixtures/activities");
const { createAgreement, createResponse, makeBookable, createBookingRow } = await import("#tests/fixtures/agreements");
const { createConcern, createHelpRequest, createVisit, createVolunteerProfile } = await import("#tests/fixtures/help");
const { residentActor, staffActor } = await import("#tests/fixtures/actors");

afterAll(() => smtp.close());

const DAY = 86_400_000;
let n = 0;

/** Every table that holds something about one person, filled for `person` (and a bit for a neighbour). */
async function personWithEverything() {
  n += 1;
  const stamp = `${Date.now().toString(36)}${n}`;
  const { neighbourhood, building } = await createPlace(prisma);
  const name = `Rosalie Verstraete${stamp}`;
  const email = `rosalie-${stamp}@example.test`;
  const phone = `0471 ${String(n).padStart(2, "0")} 66 ${stamp.slice(-2).replace(/\D/g, "7").padStart(2, "7")}`;
  const person = await createUser(prisma, { displayName: name, email, phone, neighbourhoodId: neighbourhood.id, residence: { buildingId: building.id, unit: "2.01" } });
  const staff = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
  const volunteer = await createUser(prisma, { roles: ["resident", "volunteer"], neighbourhoodId: neighbourhood.id });
  await createVolunteerProfile(prisma, { userId: person.id, neighbourhoods: [neighbourhood.id], approvedAt: new Date() });
  const waiting = await createUser(prisma, { neighbourhoodId: neighbourhood.id });

  // A full date next week: the person has the only place, a neighbour waits.
  const full = await createActivity(prisma, { title: `Soep ${stamp}`, neighbourhoodId: neighbourhood.id, createdById: staff.id, capacity: 1, date: daysFromNow(7).date });
  const fullDate = full.occurrences[0]?.id ?? "";
  await createSignUp(prisma, { occurrenceId: fullDate, userId: person.id, name, email, phone });
  await createSignUp(prisma, { occurrenceId: fullDate, userId: waiting.id, name: "Buurman Wacht", email: waiting.email, status: "waitlisted" });
  // A sign-up without an account under the same email.
  const other = await createActivity(prisma, { title: `Wandeling ${stamp}`, neighbourhoodId: neighbourhood.id, createdById: staff.id, capacity: 10, date: daysFromNow(9).date });
  await createSignUp(prisma, { occurrenceId: other.occurrences[0]?.id ?? "", name, email, phone });

  const help = await createHelpRequest(prisma, { residentId: person.id, neighbourhoodId: neighbourhood.id, description: `Ik, ${name}, zoek hulp met papieren.`, matchedVolunteerId: volunteer.id });
  await createVisit(prisma, { requestId: help.id, volunteerId: volunteer.id, date: new Date(Date.now() - 2 * DAY), note: `Koffie gedronken met ${name}.` });
  await createConcern(prisma, { raisedById: person.id, text: "Mijn buurvrouw doet niet open." });
  await createConcern(prisma, { raisedById: volunteer.id, text: `Ik maak me zorgen over ${name}.`, requestId: help.id });

  const laundry = building.spaces.find((s) => s.slug === "wasruimte")?.id ?? "";
  const agreement = await createAgreement(prisma, {
    buildingId: building.id,
    spaceId: laundry,
    createdById: staff.id,
    versions: [{ status: "open", openedAt: new Date(), closesAt: new Date(Date.now() + 7 * DAY), items: [{ key: "a", text: "Was niet na 22 uur." }] }],
  });
  const version = await prisma.agreementVersion.findFirstOrThrow({ where: { agreementId: agreement.id }, select: { id: true, items: { select: { id: true } } } });
  await createResponse(prisma, { versionId: version.id, userId: person.id, buildingId: building.id, unit: "2.01", choice: "object", reason: `${name} werkt 's nachts.` });
  await prisma.agreementComment.create({ data: { versionId: version.id, itemId: version.items[0]?.id ?? "", userId: person.id, body: "Liever tot 23 uur." } });
  const room = building.spaces.find((s) => s.slug === "ontmoetingsruimte")?.id ?? "";
  await makeBookable(prisma, room);
  await createBookingRow(prisma, { spaceId: room, userId: person.id, startsAt: new Date(Date.now() + 3 * DAY), endsAt: new Date(Date.now() + 3 * DAY + 7_200_000), purpose: `Verjaardag van ${name}` });

  await prisma.session.create({ data: { userId: person.id, expiresAt: new Date(Date.now() + DAY) } });
  await prisma.loginCode.create({ data: { email, codeHash: "x".repeat(64), linkTokenHash: `hash-${stamp}`, expiresAt: new Date(Date.now() + DAY) } });
  await prisma.rateLimitEvent.create({ data: { key: `signin:email:${email}` } });
  await prisma.rateLimitEvent.create({ data: { key: `guest:contact:${phone.toLowerCase()}` } });
  await prisma.activitySettings.create({ data: { userId: person.id, calendarToken: `token-${stamp}-abcdefghijklmnop` } });
  await prisma.helpAlertSettings.create({ data: { userId: person.id, newRequests: "daily" } });
  await prisma.emailOptOut.create({ data: { email } });
  await prisma.idempotencyKey.create({ data: { key: `key-${stamp}`, userId: person.id } });
  await prisma.outboxMessage.create({ data: { kind: "test", to: email, subject: `Hallo ${name}`, html: `<p>${name}</p>`, text: name, status: "sent", sentAt: new Date() } });
  await prisma.outboxMessage.create({ data: { kind: "help-new", to: "buurtwerker@example.test", subject: "Nieuwe hulpvraag", html: `<p>${name} vraagt hulp</p>`, text: `${name} vraagt hulp, bel ${phone}`, status: "sent", sentAt: new Date() } });
  await prisma.contactView.create({ data: { viewerId: staff.id, subjectId: person.id, requestId: help.id } });
  const acting = await prisma.actingSession.create({ data: { staffId: staff.id, residentId: person.id, endedAt: new Date() } });
  await prisma.actingEvent.create({ data: { actingSessionId: acting.id, action: "activities.signUp", subject: `Soep ${stamp}` } });
  return { person: { ...person, name, email, phone }, staff, waiting, fullDate, agreementVersionId: version.id, building };
}

/** Every text column of every table, as the database itself lists them. */
async function textColumns(): Promise<{ table: string; column: string }[]> {
  if (databaseProvider === "postgresql") {
    return prisma.$queryRawUnsafe<{ table: string; column: string }[]>(
      `SELECT table_name::text AS "table", column_name::text AS "column" FROM information_schema.columns
       WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying') AND table_name NOT LIKE '\\_prisma%'`,
    );
  }
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'");
  const columns = await Promise.all(
    tables.map(async ({ name }) => (await prisma.$queryRawUnsafe<{ name: string; type: string }[]>(`PRAGMA table_info("${name}")`)).filter((c) => /TEXT/i.test(c.type)).map((c) => ({ table: name, column: c.name }))),
  );
  return columns.flat();
}

/** Where in the database `needle` still stands. */
async function whereIs(needle: string) {
  const found: string[] = [];
  for (const { table, column } of await textColumns()) {
    const rows = await prisma.$queryRawUnsafe<{ count: bigint | number }[]>(`SELECT COUNT(*) AS count FROM "${table}" WHERE "${column}" LIKE $1`.replace("$1", databaseProvider === "postgresql" ? "$1" : "?"), `%${needle}%`);
    if (Number(rows[0]?.count ?? 0) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

describe("data rights", () => {
  test("the export shows what we keep about a person, section by section", async () => {
    const { person, staff } = await personWithEverything();
    const data = await collectPersonalData(residentActor(person.id), person.id);
    expect(data?.profile).toMatchObject({ name: person.name, email: person.email, phone: person.phone });
    expect(data?.homes).toHaveLength(1);
    expect(data?.signUps).toHaveLength(2);
    expect(data?.helpRequests[0]?.visits[0]?.note).toContain("Koffie");
    expect(data?.volunteering?.profile.skills.length).toBeGreaterThan(0);
    expect(data?.concerns.map((c) => c.text)).toEqual(["Mijn buurvrouw doet niet open."]);
    expect(data?.agreementAnswers[0]).toMatchObject({ choice: "object" });
    expect(data?.householdAnswers[0]).toMatchObject({ unit: "2.01", choice: "object" });
    expect(data?.comments[0]?.text).toBe("Liever tot 23 uur.");
    expect(data?.bookings).toHaveLength(1);
    expect(data?.mails.map((m) => m.subject)).toEqual([`Hallo ${person.name}`]);
    expect(data?.whoSawMyAddressOrPhone).toEqual([expect.objectContaining({ who: staff.displayName })]);
    expect(data?.whoActedForMe[0]?.did[0]).toMatchObject({ what: "activities.signUp" });
    expect(data?.signedInDevices).toHaveLength(1);
    expect(data?.notifications).toMatchObject({ confirmations: true });
    expect(data?.helpRequestAlerts).toBe("daily");
    // Nobody else's: another resident gets nothing, staff of the neighbourhood only for people without email.
    await expect(collectPersonalData(residentActor(staff.id), person.id)).rejects.toMatchObject({ status: 403 });
  });

  test("deleting an account leaves the name, email and phone nowhere, keeps the records' shape and moves the waitlist up", async () => {
    const { person, waiting, fullDate, agreementVersionId } = await personWithEverything();
    expect(await whereIs(person.email)).not.toEqual([]);

    await eraseAccount(residentActor(person.id), person.id, { by: "self" });

    expect(await whereIs(person.name)).toEqual([]);
    expect(await whereIs(person.email)).toEqual([]);
    expect(await whereIs(person.phone)).toEqual([]);
    // The place went to the neighbour who waited, and they were told.
    const promoted = await prisma.signUp.findFirstOrThrow({ where: { occurrenceId: fullDate, userId: waiting.id }, select: { status: true } });
    expect(promoted.status).toBe("confirmed");
    expect(await prisma.outboxMessage.count({ where: { kind: "activity-promoted", to: waiting.email ?? "" } })).toBe(1);
    // The answer still counts for the household, without a name or a reason.
    const consent = await prisma.agreementConsent.findFirstOrThrow({ where: { versionId: agreementVersionId, unit: "2.01" }, select: { choice: true, reason: true, userId: true } });
    expect(consent).toEqual({ choice: "object", reason: null, userId: null });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { displayName: true, email: true, phone: true, deletedAt: true } });
    expect(user).toMatchObject({ displayName: "Vroegere bewoner", email: null, phone: null });
    expect(user.deletedAt).not.toBeNull();
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.helpAlertSettings.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.helpRequest.count({ where: { residentId: person.id, status: { in: ["open", "offered", "matched"] } } })).toBe(0);
    const record = await prisma.deletionRecord.findFirstOrThrow({ orderBy: { deletedAt: "desc" }, select: { requestedBy: true, staffId: true, reason: true } });
    expect(record).toEqual({ requestedBy: "self", staffId: null, reason: null });
  });

  test("staff delete someone registered at the desk with a reason code; not someone with an email, not elsewhere", async () => {
    const { neighbourhood, building } = await createPlace(prisma);
    const desk = await createUser(prisma, { displayName: `Georgette Baliekamp${Date.now()}`, email: null, phone: "0472 11 22 33", neighbourhoodId: neighbourhood.id, residence: { buildingId: building.id, unit: "0.01" } });
    const withEmail = await createUser(prisma, { neighbourhoodId: neighbourhood.id });
    const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const here = staffActor(worker.id, [neighbourhood.id]);
    await expect(eraseAccount(staffActor(worker.id, ["elders"]), desk.id, { by: "staff", reason: "moved" })).rejects.toMatchObject({ status: 403 });
    await expect(eraseAccount(here, withEmail.id, { by: "staff", reason: "moved" })).rejects.toMatchObject({ status: 403 });
    await eraseAccount(here, desk.id, { by: "staff", reason: "moved" });
    expect(await whereIs(desk.displayName)).toEqual([]);
    const record = await prisma.deletionRecord.findFirstOrThrow({ where: { reason: "moved" }, orderBy: { deletedAt: "desc" }, select: { requestedBy: true, staffId: true } });
    expect(record).toEqual({ requestedBy: "staff", staffId: worker.id });
  });
});

describe("retention, on a fixed clock", () => {
  const retention = { mailDays: 30, logDays: 730, helpTextDays: 365, inactiveDays: 730 };
  // Today: the jobs compare with rows the database dates itself (updatedAt), so the clock is the real one.
  const now = new Date();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  test("old mail, old logs and old help texts go; recent ones stay", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const resident = await createUser(prisma, { neighbourhoodId: neighbourhood.id });
    const staff = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const to = `retention-${Date.now()}@example.test`;
    const oldMail = await prisma.outboxMessage.create({ data: { kind: "test", to, subject: "Oud", html: "oud", text: "oud", status: "sent", sentAt: ago(31) } });
    const newMail = await prisma.outboxMessage.create({ data: { kind: "test", to, subject: "Nieuw", html: "nieuw", text: "nieuw", status: "sent", sentAt: ago(29) } });
    const waiting = await prisma.outboxMessage.create({ data: { kind: "test", to, subject: "Wacht", html: "wacht", text: "wacht", createdAt: ago(40) } });
    const oldView = await prisma.contactView.create({ data: { viewerId: staff.id, subjectId: resident.id, viewedAt: ago(731) } });
    const newView = await prisma.contactView.create({ data: { viewerId: staff.id, subjectId: resident.id, viewedAt: ago(700) } });
    const oldActing = await prisma.actingSession.create({ data: { staffId: staff.id, residentId: resident.id, startedAt: ago(800), endedAt: ago(800) } });
    const closedLongAgo = await createHelpRequest(prisma, { residentId: resident.id, description: "Mijn verhaal van toen.", status: "done" });
    await prisma.helpRequest.update({ where: { id: closedLongAgo.id }, data: { closedAt: ago(400) } });
    const closedRecently = await createHelpRequest(prisma, { residentId: resident.id, description: "Mijn verhaal van nu.", status: "done" });
    await prisma.helpRequest.update({ where: { id: closedRecently.id }, data: { closedAt: ago(100) } });

    await applyRetention(retention, now);

    expect(await prisma.outboxMessage.findUnique({ where: { id: oldMail.id } })).toBeNull();
    expect(await prisma.outboxMessage.findUnique({ where: { id: newMail.id } })).not.toBeNull();
    expect(await prisma.outboxMessage.findUnique({ where: { id: waiting.id } })).not.toBeNull();
    expect(await prisma.contactView.findUnique({ where: { id: oldView.id } })).toBeNull();
    expect(await prisma.contactView.findUnique({ where: { id: newView.id } })).not.toBeNull();
    expect(await prisma.actingSession.findUnique({ where: { id: oldActing.id } })).toBeNull();
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: closedLongAgo.id }, select: { description: true } })).description).toBe("");
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: closedRecently.id }, select: { description: true } })).description).toBe("Mijn verhaal van nu.");
  });

  test("people registered at the desk with nothing happening for two years are put up for a look, once; kept, they rest", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const staff = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const quiet = await createUser(prisma, { email: null, neighbourhoodId: neighbourhood.id, registeredById: staff.id });
    const busy = await createUser(prisma, { email: null, neighbourhoodId: neighbourhood.id, registeredById: staff.id });
    const withEmail = await createUser(prisma, { neighbourhoodId: neighbourhood.id, registeredById: staff.id });
    const longAgo = new Date(now.getTime() - 800 * DAY);
    for (const user of [quiet, busy, withEmail]) await prisma.user.update({ where: { id: user.id }, data: { createdAt: longAgo, updatedAt: longAgo } });
    await createHelpRequest(prisma, { residentId: busy.id, createdAt: new Date(now.getTime() - 10 * DAY) });

    expect(await flagInactiveDeskPeople(retention, now)).toBeGreaterThanOrEqual(1);
    const flagged = await prisma.user.findMany({ where: { id: { in: [quiet.id, busy.id, withEmail.id] }, reviewFlaggedAt: { not: null } }, select: { id: true } });
    expect(flagged.map((u) => u.id)).toEqual([quiet.id]);

    await keepAccount(staffActor(staff.id, [neighbourhood.id]), quiet.id);
    await flagInactiveDeskPeople(retention, now);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: quiet.id }, select: { reviewFlaggedAt: true } })).reviewFlaggedAt).toBeNull();
  });
});
