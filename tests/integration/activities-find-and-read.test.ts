// Issue 16, points 9 to 13 and 16, on the database itself: text search in every language an activity has, organisers'
// translations that are marked outdated when the Dutch changes, a sign-up for a whole series, a group that does not
// fit asked first, no "you get an email" without an email, the approval email, and the cancel code of someone
// without an account. Runs on SQLite (npm test) and PostgreSQL (npm run test:postgres).
import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma, prepareDatabase } = await import("~/utils/db.server");
const mutations = await import("~/features/activities/mutations.server");
const { getOccurrence, listOccurrences } = await import("~/features/activities/queries.server");
const { approveVolunteer } = await import("~/features/help/mutations.server");
const { action: cancelCodeAction } = await import("~/routes/annuleren");
const { createPlace, createUser } = await import("#tests/fixtures/factories");
const { createActivity, daysFromNow } = await import("#tests/fixtures/activities");
const { createVolunteerProfile } = await import("#tests/fixtures/help");
const { residentActor, staffActor } = await import("#tests/fixtures/actors");

await prepareDatabase(prisma);
afterAll(() => smtp.close());
const noNeeds = { guests: 0, children: 0, interpreter: false, childcare: false, wheelchair: false, lift: false };

async function scene() {
  const { neighbourhood, building } = await createPlace(prisma);
  const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
  return { neighbourhood, building, worker, staff: staffActor(worker.id, [neighbourhood.id]) };
}

describe("finding and reading activities", () => {
  test("the list searches title, place and description, also in the translations an activity has", async () => {
    const { neighbourhood, worker, staff } = await scene();
    const stamp = Date.now().toString(36);
    const soup = await createActivity(prisma, { title: `Soepmiddag ${stamp}`, description: "Samen koken met groenten uit de moestuin.", neighbourhoodId: neighbourhood.id, createdById: worker.id, address: `Kerkplein ${stamp}`, date: daysFromNow(3).date });
    const walk = await createActivity(prisma, { title: `Wandeling ${stamp}`, neighbourhoodId: neighbourhood.id, createdById: worker.id, date: daysFromNow(4).date });
    await mutations.saveActivityTranslation(staff, soup.occurrences[0]?.id ?? "", { locale: "ar", title: `حساء ${stamp}`, description: "نطبخ معًا الخضار من الحديقة." });
    const found = async (query: string) => (await listOccurrences({ query }, null)).items.map((item) => item.id);
    const soupId = soup.occurrences[0]?.id;
    expect(await found(`soepmiddag ${stamp}`)).toEqual([soupId]);
    expect(await found(`MOESTUIN ${stamp}`)).toEqual([soupId]);
    expect(await found(`kerkplein ${stamp}`)).toEqual([soupId]);
    expect(await found(`الحديقة ${stamp}`)).toEqual([soupId]);
    expect(await found(`wandeling ${stamp}`)).toEqual([walk.occurrences[0]?.id]);
    expect(await found(`moestuin wandeling ${stamp}`)).toEqual([]);
  });

  test("the search finds the place's room and block, and takes % and _ as letters", async () => {
    const { neighbourhood, building, worker } = await scene();
    const stamp = Date.now().toString(36);
    const room = await prisma.space.findFirstOrThrow({ where: { buildingId: building.id, slug: "wasruimte" }, select: { id: true } });
    const washing = await createActivity(prisma, { title: `Wasdag ${stamp}`, neighbourhoodId: neighbourhood.id, createdById: worker.id, spaceId: room.id, address: null, date: daysFromNow(3).date });
    const sale = await createActivity(prisma, { title: `Ruilbeurs 100% gratis ${stamp}`, neighbourhoodId: neighbourhood.id, createdById: worker.id, date: daysFromNow(4).date });
    const found = async (query: string) => (await listOccurrences({ query }, null)).items.map((item) => item.id);
    expect(await found(`WASRUIMTE ${stamp}`)).toEqual([washing.occurrences[0]?.id]);
    expect(await found(`${building.name} wasdag ${stamp}`)).toEqual([washing.occurrences[0]?.id]);
    expect(await found(`100% ${stamp}`)).toEqual([sale.occurrences[0]?.id]);
    // A wildcard would find both.
    expect(await found(`% ${stamp}`)).toEqual([sale.occurrences[0]?.id]);
    expect(await found(`_ ${stamp}`)).toEqual([]);
  });

  test("a reader gets their language; a change of the Dutch marks the translation outdated; without one, the Dutch with a notice", async () => {
    const { neighbourhood, staff } = await scene();
    const other = staffActor((await createUser(prisma, { roles: ["buurtwerker"] })).id, [(await createPlace(prisma)).neighbourhood.id]);
    const created = await mutations.createActivity(staff, {
      title: "Taalcafé",
      description: "We praten Nederlands bij een koffie.",
      category: "taalcafe",
      placeKind: "address",
      address: "Brugstraat 5",
      neighbourhoodId: neighbourhood.id,
      date: daysFromNow(5).date,
      startTime: "14:00",
      endTime: "16:00",
      audience: "everyone",
      wheelchairAccess: false,
      childrenWelcome: true,
      recurrence: "none",
    });
    const id = created.occurrenceId;
    await expect(mutations.saveActivityTranslation(other, id, { locale: "fr", title: "Café", description: "Non." })).rejects.toMatchObject({ status: 404 });
    await mutations.saveActivityTranslation(staff, id, { locale: "ar", title: "مقهى اللغة", description: "نتحدث الهولندية مع قهوة." });
    expect((await getOccurrence(id, null, new Date(), "ar"))?.text).toEqual({ title: "مقهى اللغة", description: "نتحدث الهولندية مع قهوة.", lang: "ar", fallback: false, outdated: false });
    expect((await getOccurrence(id, null, new Date(), "en"))?.text).toMatchObject({ title: "Taalcafé", lang: "nl", fallback: true, outdated: false });
    expect((await getOccurrence(id, null, new Date(), "nl"))?.text).toMatchObject({ title: "Taalcafé", fallback: false });
    // The page's facts in their own types on both databases (SQLite stores yes/no as 1/0 and dates as numbers).
    const read = await getOccurrence(id, null, new Date(), "nl");
    expect(read?.activity).toMatchObject({ wheelchairAccess: false, childrenWelcome: true, cancelledAt: null });
    expect(read?.startsAt).toBeInstanceOf(Date);
    expect(read?.updatedAt).toBeInstanceOf(Date);
    expect(read?.signUpDeadline).toBeNull();

    const { date } = daysFromNow(5);
    await mutations.updateActivity(staff, created.activityId, {
      title: "Taalcafé",
      description: "We praten Nederlands bij een koffie en een koekje.",
      category: "taalcafe",
      placeKind: "address",
      address: "Brugstraat 5",
      neighbourhoodId: neighbourhood.id,
      date,
      startTime: "14:00",
      endTime: "16:00",
      audience: "everyone",
      wheelchairAccess: false,
      childrenWelcome: true,
      recurrence: "none",
    });
    expect((await getOccurrence(id, null, new Date(), "ar"))?.text).toMatchObject({ title: "مقهى اللغة", outdated: true });
    // Saved again by its translator, it is made for the new Dutch text.
    await mutations.saveActivityTranslation(staff, id, { locale: "ar", title: "مقهى اللغة", description: "نتحدث الهولندية مع قهوة وبسكويت." });
    expect((await getOccurrence(id, null, new Date(), "ar"))?.text).toMatchObject({ outdated: false });
    // Both fields empty: the translation goes.
    await mutations.saveActivityTranslation(staff, id, { locale: "ar" });
    expect((await getOccurrence(id, null, new Date(), "ar"))?.text).toMatchObject({ lang: "nl", fallback: true });
  });
});

describe("signing up", () => {
  test("a whole series at once: one sign-up per coming date, each cancellable, and one email with every date", async () => {
    const { neighbourhood, worker } = await scene();
    const series = await createActivity(prisma, { title: "Breicafé", neighbourhoodId: neighbourhood.id, createdById: worker.id, recurrence: "weekly", date: daysFromNow(2).date, until: daysFromNow(2 + 21).date, capacity: 1 });
    const [first, second, third, fourth] = series.occurrences;
    // Someone else has the only place on the third date: that one waits.
    await mutations.signUp(third?.id ?? "", { name: "Buur", phone: "0470 11 11 11", locale: "nl" }, noNeeds);
    await prisma.occurrence.update({ where: { id: fourth?.id }, data: { status: "cancelled" } });
    const resident = await createUser(prisma, { neighbourhoodId: neighbourhood.id });
    const actor = residentActor(resident.id, { email: resident.email });
    const person = { userId: resident.id, name: resident.displayName, email: resident.email, locale: "nl" };
    await mutations.signUp(second?.id ?? "", person, noNeeds);

    const prepared = await mutations.prepareSeriesSignUp(first?.id ?? "", person, noNeeds);
    const { results, mailed } = await mutations.signUpSeriesOnce(actor, prepared, undefined);
    expect(results.map((r) => [r.occurrenceId, r.status, r.reason ?? null])).toEqual([
      [first?.id, "confirmed", null],
      [second?.id, "refused", "activities:refused.already"],
      [third?.id, "waitlisted", null],
    ]);
    expect(mailed).toBe(true);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: resident.email ?? "", subject: { startsWith: "Je bent ingeschreven voor 2 dagen" } }, select: { text: true, attachments: true } });
    expect(mail.text).toContain("wachtlijst");
    expect((mail.attachments.match(/BEGIN:VEVENT/g) ?? []).length).toBe(2);
    // Each date is a sign-up of its own, cancelled on its own.
    const mine = await prisma.signUp.findMany({ where: { userId: resident.id, status: { in: ["confirmed", "waitlisted"] } }, select: { id: true, occurrenceId: true } });
    expect(mine).toHaveLength(3);
    const onFirst = mine.find((s) => s.occurrenceId === first?.id);
    await mutations.cancelOwnSignUp(actor, onFirst?.id ?? "", undefined);
    expect(await prisma.signUp.count({ where: { userId: resident.id, status: { in: ["confirmed", "waitlisted"] } } })).toBe(2);
  });

  test("a group bigger than the places left is asked first, and waits together when it says yes", async () => {
    const { neighbourhood, worker } = await scene();
    const activity = await createActivity(prisma, { neighbourhoodId: neighbourhood.id, createdById: worker.id, capacity: 4, date: daysFromNow(3).date });
    const id = activity.occurrences[0]?.id ?? "";
    await mutations.signUp(id, { name: "Eerste", phone: "0470 22 22 22", locale: "nl" }, { ...noNeeds, guests: 1 });
    const family = { name: "Gezin Peeters", phone: "0470 33 33 33", locale: "nl" };
    await expect(mutations.signUp(id, family, { ...noNeeds, guests: 2 })).rejects.toMatchObject({ code: "activities:refused.notAllFit" });
    const waiting = await mutations.signUp(id, family, { ...noNeeds, guests: 2 }, { acceptWaitlist: true });
    expect(waiting).toMatchObject({ status: "waitlisted", position: 1 });
    // The page then shows no free places: newcomers wait behind the family.
    expect((await getOccurrence(id, null))?.placesLeft).toBe(0);
  });

  test("only someone with an email address is told an email comes", async () => {
    const { neighbourhood, worker } = await scene();
    const activity = await createActivity(prisma, { neighbourhoodId: neighbourhood.id, createdById: worker.id, date: daysFromNow(3).date });
    const id = activity.occurrences[0]?.id ?? "";
    const desk = await createUser(prisma, { email: null, neighbourhoodId: neighbourhood.id });
    expect(await mutations.signUp(id, { userId: desk.id, name: desk.displayName, email: null, locale: "ar" }, noNeeds)).toMatchObject({ status: "confirmed", mailed: false });
    const withEmail = await createUser(prisma, { neighbourhoodId: neighbourhood.id });
    expect(await mutations.signUp(id, { userId: withEmail.id, name: withEmail.displayName, email: withEmail.email, locale: "nl" }, noNeeds)).toMatchObject({ mailed: true });
  });

  test("someone with only a phone number cancels with a code that is kept only as an unreadable hash, with limited tries", async () => {
    const { neighbourhood, worker } = await scene();
    const activity = await createActivity(prisma, { neighbourhoodId: neighbourhood.id, createdById: worker.id, capacity: 1, date: daysFromNow(3).date });
    const id = activity.occurrences[0]?.id ?? "";
    const prepared = await mutations.prepareSignUp(id, { name: "Telefoon Buur", phone: "0470 44 44 44", locale: "nl" }, noNeeds);
    const code = prepared.cancelCode ?? "";
    expect(code).toMatch(/^[2-9A-HJ-KMNP-Z]{4}-[2-9A-HJ-KMNP-Z]{4}$/);
    const result = await mutations.signUpOnce(null, prepared, undefined);
    const stored = await prisma.signUp.findUniqueOrThrow({ where: { id: result.id }, select: { cancelCodeHash: true } });
    expect(stored.cancelCodeHash).toBeTruthy();
    expect(JSON.stringify(await prisma.signUp.findUniqueOrThrow({ where: { id: result.id } }))).not.toContain(code.replace("-", ""));
    // Someone signed in gets no code: they cancel from their own page.
    const member = await createUser(prisma);
    expect((await mutations.prepareSignUp(id, { userId: member.id, name: "Lid", email: member.email, locale: "nl" }, noNeeds)).cancelCode).toBeNull();

    const post = (fields: Record<string, string>, address: string) => {
      const body = new FormData();
      for (const [name, value] of Object.entries(fields)) body.set(name, value);
      return cancelCodeAction({ request: new Request("http://localhost/annuleren", { method: "POST", body, headers: { Origin: "http://localhost" } }), params: {}, context: { clientAddress: address } });
    };
    const address = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const wrong = await post({ code: "2222-2222", intent: "find" }, address);
    expect(wrong instanceof Response && wrong.status).toBe(400);
    // Typed loosely (small letters, spaces), the code is found and shows the sign-up before anything changes.
    const found = await post({ code: ` ${code.toLowerCase().replace("-", " ")} `, intent: "find" }, address);
    expect(found instanceof Response && (await found.json())).toMatchObject({ found: { cancelled: false } });
    expect((await prisma.signUp.findUniqueOrThrow({ where: { id: result.id }, select: { status: true } })).status).toBe("confirmed");
    const done = await post({ code, intent: "cancel" }, address);
    expect(done instanceof Response && done.headers.get("Location")).toBe("/annuleren?klaar=1");
    expect(await prisma.signUp.findUniqueOrThrow({ where: { id: result.id }, select: { status: true, cancelCodeHash: true } })).toEqual({ status: "cancelled", cancelCodeHash: null });

    // Ten tries an hour from one address, then no more, also with a right code.
    const guesser = `203.0.113.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < 10; i++) await post({ code: `${i}${i}${i}${i}-AAAA`, intent: "find" }, guesser);
    const blocked = await post({ code: "2222-2222", intent: "find" }, guesser);
    expect(blocked instanceof Response && blocked.status).toBe(429);
  });
});

describe("news that was missing", () => {
  test("a volunteer hears by email, once, that they were approved", async () => {
    const { neighbourhood, staff } = await scene();
    const volunteer = await createUser(prisma, { roles: ["resident", "volunteer"], neighbourhoodId: neighbourhood.id, locale: "fr" });
    await createVolunteerProfile(prisma, { userId: volunteer.id, neighbourhoods: [neighbourhood.id], approvedAt: null });
    await Promise.all([approveVolunteer(staff, volunteer.id), approveVolunteer(staff, volunteer.id)]);
    const mails = await prisma.outboxMessage.findMany({ where: { to: volunteer.email ?? "", kind: "help-approved" }, select: { subject: true, text: true } });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Bienvenue comme bénévole !");
    expect(mails[0]?.text).toContain("/hulp/taken");
  });
});
