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
const { createBuilding, createPlace, createUser } = await import("#tests/fixtures/factories");
const { createActivity, createSignUp, daysFromNow } = await import("#tests/fixtures/activities");
const { createAgreement, createResponse, makeBookable, createBookingRow } = await import("#tests/fixtures/agreements");
const { createConcern, createHelpRequest, createVisit, createVolunteerProfile } = await import("#tests/fixtures/help");
const { residentActor, staffActor } = await import("#tests/fixtures/actors");
const { createAnswers, createDraft, createSurvey } = await import("#tests/fixtures/surveys");
const { createFollowUp, createHousehold, createIntake, createKnock, createPartner, createReferral } = await import("#tests/fixtures/outreach");

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
  // A sign-up without an account under the same email, with its code to cancel (only its hash is kept).
  const other = await createActivity(prisma, { title: `Wandeling ${stamp}`, neighbourhoodId: neighbourhood.id, createdById: staff.id, capacity: 10, date: daysFromNow(9).date });
  const guest = await createSignUp(prisma, { occurrenceId: other.occurrences[0]?.id ?? "", name, email, phone });
  await prisma.signUp.update({ where: { id: guest.id }, data: { cancelCodeHash: `code-hash-${stamp}` } });
  // A second building the person said they live in, waiting for the buurtwerker.
  const second = await createBuilding(prisma, { slug: `${stamp}-tweede`, name: `Tweede blok ${stamp}`, address: "Tweedestraat 2", neighbourhoodId: neighbourhood.id });
  await prisma.residenceRequest.create({ data: { userId: person.id, buildingId: second.id, unit: "4.02" } });

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

  // A survey the person's household answered (a neighbour's open answer names them), and one they are still filling in.
  const survey = await createSurvey(prisma, {
    neighbourhoodId: neighbourhood.id,
    buildingId: building.id,
    title: `Bevraging ${stamp}`,
    createdById: staff.id,
    questions: [{ kind: "yesno", text: "Woon je hier graag?" }, { kind: "text", text: "Wat wil je nog zeggen?" }],
  });
  const surveyResponse = await createAnswers(prisma, { survey, buildingId: building.id, unit: "2.01", userId: person.id, values: [["yes"], [`Ik ben ${name}.`]] });
  await createAnswers(prisma, { survey, buildingId: building.id, unit: "2.02", userId: volunteer.id, values: [["no"], [`Vraag het aan ${name}.`]] });
  const openSurvey = await createSurvey(prisma, { neighbourhoodId: neighbourhood.id, buildingId: building.id, title: `Tweede bevraging ${stamp}`, createdById: staff.id, questions: [{ kind: "text", text: "Wat wil je nog zeggen?" }] });
  await createDraft(prisma, { survey: openSurvey, userId: person.id, buildingId: building.id, unit: "2.01", values: { 0: `Groeten van ${name}, bel ${phone}` } });

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

  // Outreach: the person's household (they live alone), knocked on, followed up, at the desk, referred, looked at.
  const home = await createHousehold(prisma, {
    neighbourhoodId: neighbourhood.id,
    street: "Lindestraat",
    number: "7",
    languages: ["nl", "fr"],
    consent: ["followUp", "phone"],
    createdById: staff.id,
    members: [{ userId: person.id, name, phone }],
  });
  const member = home.members[0]?.id ?? "";
  await createKnock(prisma, { householdId: home.id, knockedById: staff.id, outcome: "talked", note: `${name} wil Nederlands oefenen.`, signals: ["damp"] });
  const followUp = await createFollowUp(prisma, {
    householdId: home.id,
    ownerId: staff.id,
    wishes: ["language", "papers"],
    nextStep: `Met ${name} naar het taalcafé`,
    nextStepDue: new Date(Date.now() + 3 * DAY),
    notes: [{ body: `${name} belt terug op ${phone}.` }],
  });
  const partner = await createPartner(prisma, { neighbourhoodId: neighbourhood.id, name: "OCMW Noord", kind: "ocmw" });
  const referral = await createReferral(prisma, { householdId: home.id, memberId: member, followUpId: followUp.id, kind: "partner", partnerId: partner.id, status: "helped", outcomeAt: new Date(), outcomeNote: `${name} kreeg een afspraak.`, referredById: staff.id });
  await createIntake(prisma, { neighbourhoodId: neighbourhood.id, householdId: home.id, memberId: member, question: `Ik ben ${name} en ik begrijp mijn energiefactuur niet.`, route: "partner", referralId: referral.id, createdById: staff.id });
  await prisma.householdView.create({ data: { householdId: home.id, viewerId: staff.id, what: "notes" } });
  // Next door, a buurtwerker's note names the person.
  const nextDoor = await createHousehold(prisma, { neighbourhoodId: neighbourhood.id, street: "Lindestraat", number: "9", members: [{ name: "Buur Negen", phone: "0499 99 99 99" }] });
  await createKnock(prisma, { householdId: nextDoor.id, knockedById: staff.id, outcome: "talked", note: `Kent ${name} van hiernaast.` });
  return { person: { ...person, name, email, phone }, staff, waiting, fullDate, agreementVersionId: version.id, building, household: home.id, nextDoor: nextDoor.id, surveyResponseId: surveyResponse.id };
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
    expect(data?.homeRequest).toMatchObject({ unit: "4.02", status: "pending" });
    expect(data?.signUps.filter((s) => s.cancelCode)).toHaveLength(1);
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
    // The surveys they took part in, and the answers they have not sent yet; sent answers are anonymous.
    expect(data?.surveys).toHaveLength(2);
    expect(data?.surveys.find((s) => s.answeredOn !== null)).toMatchObject({ unit: "2.01", method: "online", answers: [] });
    expect(data?.surveys.find((s) => s.answeredOn === null)?.answers[0]?.answer).toContain(person.name);
    expect(data?.households).toHaveLength(1);
    expect(data?.households[0]).toMatchObject({ address: "Lindestraat 7", languages: ["nl", "fr"], agreedTo: ["followUp", "phone"] });
    expect(data?.households[0]?.knocks[0]).toMatchObject({ outcome: "talked", note: `${person.name} wil Nederlands oefenen.` });
    expect(data?.households[0]?.followUps[0]).toMatchObject({ stage: "following", wishes: ["language", "papers"] });
    expect(data?.households[0]?.followUps[0]?.notes[0]?.text).toContain(person.phone);
    expect(data?.households[0]?.intakes[0]).toMatchObject({ route: "partner" });
    expect(data?.households[0]?.referrals[0]).toMatchObject({ referredTo: "partner", about: "OCMW Noord", status: "helped" });
    expect(data?.households[0]?.whoLooked).toEqual([expect.objectContaining({ looked: "followUpNotes", who: staff.displayName })]);
    // Nobody else's: another resident gets nothing, staff of the neighbourhood only for people without email.
    await expect(collectPersonalData(residentActor(staff.id), person.id)).rejects.toMatchObject({ status: 403 });
  });

  test("deleting an account leaves the name, email and phone nowhere, keeps the records' shape and moves the waitlist up", async () => {
    const { person, waiting, fullDate, agreementVersionId, household, nextDoor, surveyResponseId } = await personWithEverything();
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
    // That they took part in surveys goes, with their unsent draft; what their household sent stays, anonymous.
    expect(await prisma.surveyParticipation.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.surveyAnswer.count({ where: { responseId: surveyResponseId } })).toBe(2);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { displayName: true, email: true, phone: true, deletedAt: true } });
    expect(user).toMatchObject({ displayName: "Vroegere bewoner", email: null, phone: null });
    expect(user.deletedAt).not.toBeNull();
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.helpAlertSettings.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.residenceRequest.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.signUp.count({ where: { name: "Vroegere bewoner", cancelCodeHash: { not: null }, occurrence: { activity: { title: { startsWith: "Wandeling" } } } } })).toBe(0);
    expect(await prisma.helpRequest.count({ where: { residentId: person.id, status: { in: ["open", "offered", "matched"] } } })).toBe(0);
    const record = await prisma.deletionRecord.findFirstOrThrow({ orderBy: { deletedAt: "desc" }, select: { requestedBy: true, staffId: true, reason: true } });
    expect(record).toEqual({ requestedBy: "self", staffId: null, reason: null });
    // Their household is empty now: the address and its counts stay, nothing written or agreed about them does.
    const left = await prisma.household.findUniqueOrThrow({
      where: { id: household },
      select: {
        street: true,
        number: true,
        languages: true,
        consent: true,
        members: { select: { id: true } },
        knocks: { select: { outcome: true, note: true } },
        followUps: { select: { status: true, wishes: true, nextStep: true, notes: { select: { id: true } } } },
        intakes: { select: { question: true } },
        referrals: { select: { status: true, outcomeNote: true } },
        views: { select: { id: true } },
        signals: { select: { kind: true } },
      },
    });
    expect(left).toEqual({
      street: "Lindestraat",
      number: "7",
      languages: "",
      consent: "",
      members: [],
      knocks: [{ outcome: "talked", note: "" }],
      followUps: [{ status: "ended", wishes: "", nextStep: "", notes: [] }],
      intakes: [{ question: "" }],
      referrals: [{ status: "helped", outcomeNote: "" }],
      views: [],
      signals: [{ kind: "damp" }],
    });
    // Next door keeps its note, without the name.
    expect((await prisma.doorKnock.findFirstOrThrow({ where: { householdId: nextDoor }, select: { note: true } })).note).toBe("Kent Vroegere bewoner van hiernaast.");
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

    // Who answered a survey that closed longer ago than its time goes; a recent one's stays; answers stay.
    const survey = (closedDaysAgo: number) =>
      createSurvey(prisma, { neighbourhoodId: neighbourhood.id, title: `Oud ${closedDaysAgo}`, createdById: staff.id, opensAt: ago(closedDaysAgo + 30), closesAt: ago(closedDaysAgo), questions: [{ kind: "yesno", text: "Ja?" }] });
    const oldSurvey = await survey(100);
    const recentSurvey = await survey(10);
    await createAnswers(prisma, { survey: oldSurvey, buildingId: null, userId: resident.id, values: [["yes"]] });
    await createAnswers(prisma, { survey: recentSurvey, buildingId: null, userId: resident.id, values: [["yes"]] });

    await applyRetention(retention, now);

    expect(await prisma.surveyParticipation.count({ where: { surveyId: oldSurvey.id } })).toBe(0);
    expect(await prisma.surveyResponse.count({ where: { surveyId: oldSurvey.id } })).toBe(1);
    expect(await prisma.surveyParticipation.count({ where: { surveyId: recentSurvey.id } })).toBe(1);
    expect(await prisma.outboxMessage.findUnique({ where: { id: oldMail.id } })).toBeNull();
    expect(await prisma.outboxMessage.findUnique({ where: { id: newMail.id } })).not.toBeNull();
    expect(await prisma.outboxMessage.findUnique({ where: { id: waiting.id } })).not.toBeNull();
    expect(await prisma.contactView.findUnique({ where: { id: oldView.id } })).toBeNull();
    expect(await prisma.contactView.findUnique({ where: { id: newView.id } })).not.toBeNull();
    expect(await prisma.actingSession.findUnique({ where: { id: oldActing.id } })).toBeNull();
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: closedLongAgo.id }, select: { description: true } })).description).toBe("");
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: closedRecently.id }, select: { description: true } })).description).toBe("Mijn verhaal van nu.");
  });

  test("outreach: old views go, notes of follow-ups ended long ago go, knocks at doors never opened go; running follow-ups keep theirs", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const staff = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const followed = await createHousehold(prisma, { neighbourhoodId: neighbourhood.id, street: "Retentiestraat", number: "1", members: [{ name: "Lopend Gezin" }] });
    const ended = await createHousehold(prisma, { neighbourhoodId: neighbourhood.id, street: "Retentiestraat", number: "3", members: [{ name: "Gedaan Gezin" }] });
    const stranger = await createHousehold(prisma, { neighbourhoodId: neighbourhood.id, street: "Retentiestraat", number: "5" });
    const running = await createFollowUp(prisma, { householdId: followed.id, ownerId: staff.id, startedAt: ago(900), wishes: ["work"], nextStep: "Cv maken", notes: [{ body: "Lopend verhaal.", createdAt: ago(800) }] });
    const oldKnockFollowed = await createKnock(prisma, { householdId: followed.id, outcome: "talked", note: "Oude notitie, nog in opvolging.", knockedAt: ago(900) });
    const endedLongAgo = await createFollowUp(prisma, { householdId: ended.id, ownerId: staff.id, startedAt: ago(900), endedAt: ago(400), wishes: ["housing"], nextStep: "Woonmaatschappij bellen", notes: [{ body: "Afgesloten verhaal." }] });
    const endedRecently = await createFollowUp(prisma, { householdId: ended.id, ownerId: staff.id, startedAt: ago(300), endedAt: ago(100), notes: [{ body: "Recent verhaal." }] });
    const oldKnockEnded = await createKnock(prisma, { householdId: ended.id, outcome: "talked", note: "Oude notitie.", knockedAt: ago(400) });
    const recentKnock = await createKnock(prisma, { householdId: ended.id, outcome: "not_home", note: "Recente notitie.", knockedAt: ago(10) });
    const strangerOld = await createKnock(prisma, { householdId: stranger.id, outcome: "not_home", knockedAt: ago(800) });
    const strangerRecent = await createKnock(prisma, { householdId: stranger.id, outcome: "not_home", knockedAt: ago(100) });
    const oldView = await prisma.householdView.create({ data: { householdId: followed.id, viewerId: staff.id, what: "contact", viewedAt: ago(731) } });
    const newView = await prisma.householdView.create({ data: { householdId: followed.id, viewerId: staff.id, what: "contact", viewedAt: ago(10) } });
    const oldIntake = await createIntake(prisma, { neighbourhoodId: neighbourhood.id, householdId: ended.id, question: "Een oude vraag.", route: "papers", createdAt: ago(400) });
    const followedIntake = await createIntake(prisma, { neighbourhoodId: neighbourhood.id, householdId: followed.id, question: "Een vraag in opvolging.", route: "followUp", createdAt: ago(400) });

    await applyRetention(retention, now);

    const followUp = (id: string) => prisma.followUp.findUniqueOrThrow({ where: { id }, select: { wishes: true, nextStep: true, notes: { select: { body: true } } } });
    expect(await followUp(running.id)).toEqual({ wishes: "work", nextStep: "Cv maken", notes: [{ body: "Lopend verhaal." }] });
    expect(await followUp(endedLongAgo.id)).toEqual({ wishes: "", nextStep: "", notes: [] });
    expect(await followUp(endedRecently.id)).toEqual({ wishes: "", nextStep: "", notes: [{ body: "Recent verhaal." }] });
    const note = async (id: string) => (await prisma.doorKnock.findUnique({ where: { id }, select: { note: true } }))?.note;
    expect(await note(oldKnockFollowed.id)).toBe("Oude notitie, nog in opvolging.");
    expect(await note(oldKnockEnded.id)).toBe("");
    expect(await note(recentKnock.id)).toBe("Recente notitie.");
    expect(await prisma.doorKnock.findUnique({ where: { id: strangerOld.id } })).toBeNull();
    expect(await prisma.doorKnock.findUnique({ where: { id: strangerRecent.id } })).not.toBeNull();
    expect(await prisma.householdView.findUnique({ where: { id: oldView.id } })).toBeNull();
    expect(await prisma.householdView.findUnique({ where: { id: newView.id } })).not.toBeNull();
    expect((await prisma.intake.findUniqueOrThrow({ where: { id: oldIntake.id } })).question).toBe("");
    expect((await prisma.intake.findUniqueOrThrow({ where: { id: followedIntake.id } })).question).toBe("Een vraag in opvolging.");
  });

  test("cancel codes go once their date is past; a building nobody confirmed goes after the logs' time", async () => {
    const { neighbourhood, building } = await createPlace(prisma);
    const staff = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const past = await createActivity(prisma, { neighbourhoodId: neighbourhood.id, createdById: staff.id, date: daysFromNow(5).date });
    const coming = await createActivity(prisma, { neighbourhoodId: neighbourhood.id, createdById: staff.id, date: daysFromNow(5).date });
    await prisma.occurrence.update({ where: { id: past.occurrences[0]?.id }, data: { startsAt: ago(2), endsAt: ago(2) } });
    const stamp = Date.now().toString(36);
    const gone = await createSignUp(prisma, { occurrenceId: past.occurrences[0]?.id ?? "", name: "Gast", phone: "0470 10 10 10" });
    const kept = await createSignUp(prisma, { occurrenceId: coming.occurrences[0]?.id ?? "", name: "Gast", phone: "0470 10 10 11" });
    await prisma.signUp.update({ where: { id: gone.id }, data: { cancelCodeHash: `past-${stamp}` } });
    await prisma.signUp.update({ where: { id: kept.id }, data: { cancelCodeHash: `coming-${stamp}` } });
    const [asked, askedLongAgo] = [await createUser(prisma), await createUser(prisma)];
    await prisma.residenceRequest.create({ data: { userId: asked.id, buildingId: building.id, unit: "1", createdAt: ago(100) } });
    await prisma.residenceRequest.create({ data: { userId: askedLongAgo.id, buildingId: building.id, unit: "2", status: "refused", createdAt: ago(800), decidedAt: ago(740) } });

    await applyRetention(retention, now);

    expect((await prisma.signUp.findUniqueOrThrow({ where: { id: gone.id }, select: { cancelCodeHash: true } })).cancelCodeHash).toBeNull();
    expect((await prisma.signUp.findUniqueOrThrow({ where: { id: kept.id }, select: { cancelCodeHash: true } })).cancelCodeHash).toBe(`coming-${stamp}`);
    expect(await prisma.residenceRequest.count({ where: { userId: asked.id } })).toBe(1);
    expect(await prisma.residenceRequest.count({ where: { userId: askedLongAgo.id } })).toBe(0);
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
