import { DateTime } from "luxon";
import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";
import { actingActor, residentActor, staffActor } from "#tests/fixtures/actors";
import { createBuilding, createNeighbourhood, createUser } from "#tests/fixtures/factories";
import { createConcern, createHelpOffer, createHelpRequest, createVisit, createVolunteerProfile } from "#tests/fixtures/help";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma } = await import("~/utils/db.server");
const { deliverOutbox } = await import("~/utils/email.server");
const queries = await import("~/features/help/queries.server");
const mutations = await import("~/features/help/mutations.server");

afterAll(() => smtp.close());

/** The feature refused with this status (404: not shown to exist; 403: seen, but not theirs to do). */
async function refused(promise: Promise<unknown>, status: 403 | 404) {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error instanceof Response ? error.status : error).toBe(status);
}

let n = 0;
/** A fresh neighbourhood with a buurtwerker, a block, two residents and two approved volunteers. */
async function world() {
  n += 1;
  const slug = `help-${Date.now().toString(36)}-${n}`;
  const hood = await createNeighbourhood(prisma, { slug, name: `Wijk ${slug}` });
  const building = await createBuilding(prisma, {
    slug: `${slug}-blok`,
    name: `Blok ${slug}`,
    address: "Vlasstraat 99, 8000 Brugge",
    neighbourhoodId: hood.id,
    latitude: 51.22,
    longitude: 3.22,
  });
  const staff = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: hood.id });
  const residentA = await createUser(prisma, { phone: "0470 11 22 33", neighbourhoodId: hood.id, residence: { buildingId: building.id, unit: "3.02" } });
  const residentB = await createUser(prisma, { neighbourhoodId: hood.id, residence: { buildingId: building.id, unit: "1.01" } });
  const v1 = await createUser(prisma, { roles: ["volunteer"], locale: "fr", neighbourhoodId: hood.id });
  const v2 = await createUser(prisma, { roles: ["volunteer"], neighbourhoodId: hood.id });
  for (const v of [v1, v2]) await createVolunteerProfile(prisma, { userId: v.id, neighbourhoods: [hood.id], approvedById: staff.id });
  /** A resident or volunteer using the app themselves; the buurtwerker of this neighbourhood. */
  const actor = (userId: string) => residentActor(userId, { roles: ["resident", "volunteer"] });
  const worker = staffActor(staff.id, [hood.id]);
  return { hood, building, staff, residentA, residentB, v1, v2, actor, worker };
}

async function mailsTo(email: string | null) {
  await deliverOutbox({ limit: 200 });
  return smtp.inbox.filter((m) => email && m.envelopeTo.includes(email));
}

describe("first acceptance wins", () => {
  test("two volunteers accepting at the same moment: exactly one match, the other hears it is taken", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, buildingId: w.building.id });
    expect(await mutations.offerRequest(w.worker, request.id, [w.v1.id, w.v2.id])).toBe(2);

    const results = await Promise.all([mutations.acceptOffer(w.actor(w.v1.id), request.id), mutations.acceptOffer(w.actor(w.v2.id), request.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "taken" }]);

    const stored = await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true, matchedVolunteerId: true } });
    const winner = results[0]?.ok ? w.v1.id : w.v2.id;
    const loser = winner === w.v1.id ? w.v2.id : w.v1.id;
    expect(stored).toEqual({ status: "matched", matchedVolunteerId: winner });
    const offers = await prisma.helpOffer.findMany({ where: { requestId: request.id }, select: { volunteerId: true, status: true } });
    expect(offers.find((o) => o.volunteerId === winner)?.status).toBe("accepted");
    expect(offers.find((o) => o.volunteerId === loser)?.status).toBe("taken");
    // Accepting again later still says "taken", and does not change the match.
    expect(await mutations.acceptOffer(w.actor(loser), request.id)).toEqual({ ok: false, reason: "taken" });
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).matchedVolunteerId).toBe(winner);
  });

  test("a volunteer's own offer confirmed by staff races an acceptance: still one match", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id });
    await mutations.offerRequest(w.worker, request.id, [w.v1.id]);
    await mutations.volunteerOffersHelp(w.actor(w.v2.id), request.id);
    const results = await Promise.all([mutations.acceptOffer(w.actor(w.v1.id), request.id), mutations.confirmVolunteerOffer(w.worker, request.id, w.v2.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.helpRequest.count({ where: { id: request.id, status: "matched" } })).toBe(1);
  });
});

describe("who sees and changes what", () => {
  async function matchedWorld() {
    const w = await world();
    const request = await createHelpRequest(prisma, {
      residentId: w.residentA.id,
      neighbourhoodId: w.hood.id,
      buildingId: w.building.id,
      recurrence: "weekly",
      description: "Wekelijks een babbel en een kop koffie.",
    });
    await createHelpOffer(prisma, { requestId: request.id, volunteerId: w.v1.id, offeredById: w.staff.id });
    await mutations.acceptOffer(w.actor(w.v1.id), request.id);
    await createVisit(prisma, { requestId: request.id, volunteerId: w.v1.id, date: new Date(), note: "Koffie gedronken" });
    return { ...w, request };
  }

  test("a volunteer cannot load a request, its contact details or its visits when it is not theirs", async () => {
    const w = await matchedWorld();
    const other = w.actor(w.v2.id);
    expect(await queries.getRequestForViewer(other, w.request.id)).toBeNull();
    expect(await queries.viewContactDetails(other, w.request.id)).toBeNull();
    expect(await queries.listVisits(other, w.request.id)).toEqual([]);
    expect(await prisma.contactView.count({ where: { viewerId: w.v2.id } })).toBe(0);

    const mine = w.actor(w.v1.id);
    const contact = await queries.viewContactDetails(mine, w.request.id);
    expect(contact).toMatchObject({ address: "Vlasstraat 99, 8000 Brugge", unit: "3.02", phone: "0470 11 22 33" });
    expect(await queries.listVisits(mine, w.request.id)).toHaveLength(1);
    // Every view is recorded: who, whose, when.
    const views = await prisma.contactView.findMany({ where: { requestId: w.request.id }, select: { viewerId: true, subjectId: true, viewedAt: true } });
    expect(views).toEqual([{ viewerId: w.v1.id, subjectId: w.residentA.id, viewedAt: expect.any(Date) }]);
  });

  test("a volunteer cannot change a request or a visit log that is not theirs", async () => {
    const w = await matchedWorld();
    const other = w.actor(w.v2.id);
    await refused(mutations.logVisit(other, w.request.id, { date: "2026-01-05", minutes: 30 }), 404);
    await refused(mutations.acceptOffer(other, w.request.id), 404);
    await refused(mutations.declineOffer(other, w.request.id, undefined), 404);
    await refused(mutations.cancelRequest(other, w.request.id), 404);
    await refused(mutations.finishRequest(other, w.request.id), 404);
    await refused(mutations.raiseConcern(other, { text: "Dit is niet mijn vraag", requestId: w.request.id }), 404);
    // The resident sees their request, but the visit log is the volunteer's.
    await refused(mutations.logVisit(w.actor(w.residentA.id), w.request.id, { date: "2026-01-05", minutes: 30 }), 403);
    expect(await prisma.visitLog.count({ where: { requestId: w.request.id } })).toBe(1);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: w.request.id } })).status).toBe("matched");
  });

  test("before the match a volunteer sees kind, place, times and first name only", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, description: "Privé uitleg over mijn gezondheid." });
    await mutations.offerRequest(w.worker, request.id, [w.v1.id]);
    const view = await queries.getRequestForViewer(w.actor(w.v1.id), request.id);
    expect(view?.summary.residentFirstName).toBe(w.residentA.displayName.split(" ")[0]);
    expect(view?.details).toBeNull();
    expect(JSON.stringify(view)).not.toContain("Privé uitleg");
    expect(JSON.stringify(view)).not.toContain(w.residentA.displayName);
    expect(await queries.viewContactDetails(w.actor(w.v1.id), request.id)).toBeNull();
    // Staff may always see, and that view is recorded too.
    expect(await queries.viewContactDetails(w.worker, request.id)).not.toBeNull();
    expect(await prisma.contactView.count({ where: { viewerId: w.staff.id, subjectId: w.residentA.id } })).toBe(1);
  });

  test("a resident sees only their own requests", async () => {
    const w = await matchedWorld();
    const own = await createHelpRequest(prisma, { residentId: w.residentB.id, neighbourhoodId: w.hood.id });
    const listed = await queries.listMyRequests(w.actor(w.residentB.id));
    expect(listed.map((r) => r.id)).toEqual([own.id]);
    expect(await queries.getRequestForViewer(w.actor(w.residentB.id), w.request.id)).toBeNull();
    expect(await queries.getRequestForViewer(w.actor(w.residentA.id), w.request.id)).not.toBeNull();
    await refused(mutations.cancelRequest(w.actor(w.residentB.id), w.request.id), 404);
  });

  test("only approved, unpaused volunteers can be offered a task or accept one", async () => {
    const w = await world();
    const pending = await createUser(prisma, { roles: ["volunteer"] });
    await createVolunteerProfile(prisma, { userId: pending.id, neighbourhoods: [w.hood.id] });
    const paused = await createUser(prisma, { roles: ["volunteer"] });
    await createVolunteerProfile(prisma, { userId: paused.id, neighbourhoods: [w.hood.id], approvedById: w.staff.id, pausedUntil: new Date(Date.now() + 7 * 86_400_000) });
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id });
    expect(await mutations.offerRequest(w.worker, request.id, [pending.id, paused.id])).toBe(0);
    // Even an offer written directly cannot be accepted by someone not approved.
    await createHelpOffer(prisma, { requestId: request.id, volunteerId: pending.id });
    await refused(mutations.acceptOffer(w.actor(pending.id), request.id), 404);
    const suggested = await queries.getSuggestions(w.worker, request.id);
    expect(suggested.map((s) => s.volunteerId).sort()).toEqual([w.v1.id, w.v2.id].sort());
  });
});

const requestInput = {
  kind: "paperwork" as const,
  description: "Hulp bij een brief van de huisbaas.",
  recurrence: "weekly" as const,
  times: [],
  languages: ["nl" as const],
  urgency: "normal" as const,
  meetAtWijkhuis: false,
};

describe("recording a request", () => {
  test("a buurtwerker records one for a resident without email, also in 'act for' mode; the creator is kept", async () => {
    const w = await world();
    const noEmail = await createUser(prisma, { email: null, neighbourhoodId: w.hood.id, residence: { buildingId: w.building.id, unit: "0.04" } });
    const input = requestInput;
    const byStaff = await mutations.createHelpRequest(w.worker, { ...input, residentId: noEmail.id });
    // Acting for the resident: the app acts as them, the buurtwerker is recorded as the one who wrote it.
    const session = await prisma.actingSession.create({ data: { staffId: w.staff.id, residentId: noEmail.id }, select: { id: true } });
    const actingFor = await mutations.createHelpRequest(actingActor(w.staff.id, noEmail.id, session.id), input);
    const rows = await prisma.helpRequest.findMany({
      where: { id: { in: [byStaff.id, actingFor.id] } },
      select: { residentId: true, createdById: true, neighbourhoodId: true, buildingId: true },
    });
    expect(rows).toEqual([
      { residentId: noEmail.id, createdById: w.staff.id, neighbourhoodId: w.hood.id, buildingId: w.building.id },
      { residentId: noEmail.id, createdById: w.staff.id, neighbourhoodId: w.hood.id, buildingId: w.building.id },
    ]);
    // Done for the resident, so on their record (/ik), with the kind of help in their language.
    expect(await prisma.actingEvent.findMany({ where: { actingSessionId: session.id }, select: { action: true, subject: true } })).toEqual([
      { action: "help.request", subject: "Papieren en brieven" },
    ]);
    // A resident cannot slip in someone else's id.
    const sneaky = await mutations.createHelpRequest(w.actor(w.residentB.id), { ...input, residentId: w.residentA.id });
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: sneaky.id } })).residentId).toBe(w.residentB.id);
  });
});

describe("emails and follow-up", () => {
  test("the offer email goes out in the volunteer's language; acceptance tells the resident and the buurtwerker", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, kind: "groceries" });
    await mutations.offerRequest(w.worker, request.id, [w.v1.id]);
    const [offer] = await mailsTo(w.v1.email);
    expect(offer?.subject).toContain("Pouvez-vous aider ? Courses");
    expect(offer?.html).toContain('lang="fr"');
    await mutations.acceptOffer(w.actor(w.v1.id), request.id);
    const toResident = await mailsTo(w.residentA.email);
    expect(toResident.map((m) => m.subject)).toEqual([`${w.v1.displayName} helpt je`]);
    const toStaff = await mailsTo(w.staff.email);
    expect(toStaff.map((m) => m.subject)).toEqual([`Buddy gevonden voor ${w.residentA.displayName}`]);
  });

  test("the first visit asks the buurtwerker to check in, once", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, matchedVolunteerId: w.v1.id });
    await mutations.logVisit(w.actor(w.v1.id), request.id, { date: "2026-01-05", minutes: 45, note: "Goed gegaan" });
    await mutations.logVisit(w.actor(w.v1.id), request.id, { date: "2026-01-12", minutes: 30 });
    const checkIns = (await mailsTo(w.staff.email)).filter((m) => m.subject?.startsWith("Eerste bezoek"));
    expect(checkIns).toHaveLength(1);
    const overview = await queries.getOverview(w.worker);
    expect(overview.checkIns.map((c) => c.id)).toContain(request.id);
    expect(await mutations.markCheckInDone(w.worker, request.id)).toBe(true);
    expect((await queries.getOverview(w.worker)).checkIns.map((c) => c.id)).not.toContain(request.id);
  });

  test("cancelling tells the matched volunteer; a concern reaches the buurtwerker with its text", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, matchedVolunteerId: w.v2.id, kind: "walks" });
    await mutations.cancelRequest(w.actor(w.residentA.id), request.id);
    expect((await mailsTo(w.v2.email)).map((m) => m.subject)).toEqual(["Hulpvraag geannuleerd: Samen wandelen"]);
    await mutations.raiseConcern(w.actor(w.residentB.id), { text: "Mijn buurman doet de deur niet meer open." });
    const concern = (await mailsTo(w.staff.email)).find((m) => m.subject?.startsWith("Nieuwe zorg"));
    expect(concern?.text).toContain("Mijn buurman doet de deur niet meer open.");
    const listed = await queries.listConcerns(w.actor(w.residentB.id));
    expect(listed.map((c) => c.status)).toEqual(["new"]);
    expect(await queries.listConcerns(w.actor(w.residentA.id))).toEqual([]);
  });

  test("the overview flags requests waiting over 7 days and pairs without a visit for 30 days", async () => {
    const w = await world();
    const old = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, createdAt: new Date(Date.now() - 9 * 86_400_000) });
    const fresh = await createHelpRequest(prisma, { residentId: w.residentB.id, neighbourhoodId: w.hood.id });
    const quiet = await createHelpRequest(prisma, {
      residentId: w.residentB.id,
      neighbourhoodId: w.hood.id,
      matchedVolunteerId: w.v1.id,
      matchedAt: new Date(Date.now() - 60 * 86_400_000),
    });
    await createVisit(prisma, { requestId: quiet.id, volunteerId: w.v1.id, date: new Date(Date.now() - 35 * 86_400_000) });
    const overview = await queries.getOverview(w.worker);
    expect(overview.open.find((r) => r.id === old.id)?.stale).toBe(true);
    expect(overview.open.find((r) => r.id === fresh.id)?.stale).toBe(false);
    expect(overview.quiet.map((p) => p.id)).toContain(quiet.id);
    await createVisit(prisma, { requestId: quiet.id, volunteerId: w.v1.id, date: new Date() });
    expect((await queries.getOverview(w.worker)).quiet.map((p) => p.id)).not.toContain(quiet.id);
  });
});

describe("meet at the wijkhuis first (issue 16: the buddy got address and phone at once, and nobody planned a meeting)", () => {
  /** Next Tuesday at `time` in Brussels (a Tuesday at least one day ahead). */
  function nextTuesday(time: string) {
    const at = new Date();
    at.setUTCDate(at.getUTCDate() + ((2 - at.getUTCDay() + 7) % 7 || 7));
    return { date: at.toISOString().slice(0, 10), time };
  }

  test("no address before the buurtwerker marks the meeting done; both get the date; then visits and the follow-up check", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, meetAtWijkhuis: true, kind: "company", times: ["tue-afternoon"] });
    await mutations.offerRequest(w.worker, request.id, [w.v1.id]);
    await mailsTo(w.v1.email);
    expect(await mutations.acceptOffer(w.actor(w.v1.id), request.id)).toEqual({ ok: true });
    // The resident hears a meeting at the wijkhuis comes first, not "je buddy neemt contact op"; staff are asked to plan it.
    const accepted = await mailsTo(w.residentA.email);
    expect(accepted.map((m) => m.text)).toEqual([expect.stringContaining("Eerst maken jullie kennis in het wijkhuis")]);
    expect(accepted[0]?.text).not.toContain("neemt contact");
    expect((await mailsTo(w.staff.email)).map((m) => m.subject)).toEqual([`Plan een kennismaking: buddy gevonden voor ${w.residentA.displayName}`]);

    // Matched, but no address or phone for the buddy, and no visit to log yet; staff still see them.
    const buddy = w.actor(w.v1.id);
    expect(await queries.viewContactDetails(buddy, request.id)).toBeNull();
    await refused(mutations.logVisit(buddy, request.id, { date: "2026-01-05", minutes: 30 }), 403);
    expect(await queries.viewContactDetails(w.worker, request.id)).toMatchObject({ phone: "0470 11 22 33" });
    // Nothing to mark done before a meeting is planned; a resident plans nothing.
    await refused(mutations.markFirstMeetingDone(w.worker, request.id), 403);
    await refused(mutations.planFirstMeeting(w.actor(w.residentA.id), request.id, nextTuesday("14:00")), 403);

    // The buddy plans it in the resident's times only (Tuesday afternoon), and never in the past.
    await expect(mutations.planFirstMeeting(buddy, request.id, nextTuesday("10:00"))).rejects.toMatchObject({ code: "help:errors.meetingOutsideTimes" });
    await expect(mutations.planFirstMeeting(buddy, request.id, { date: "2020-01-07", time: "14:00" })).rejects.toMatchObject({ code: "help:errors.meetingInPast" });
    await mutations.planFirstMeeting(buddy, request.id, nextTuesday("14:00"));
    // Both get the date (in their language), and the buurtwerker, since the buddy planned it.
    const [toResident] = await mailsTo(w.residentA.email).then((mails) => mails.filter((m) => m.subject?.startsWith("Kennismaking in het wijkhuis")));
    expect(toResident?.text).toContain(`in het wijkhuis van Wijk`);
    expect(toResident?.text).toContain("14:00");
    expect((await mailsTo(w.v1.email)).map((m) => m.subject)).toContainEqual(expect.stringContaining("Rencontre à la maison de quartier"));
    expect((await mailsTo(w.staff.email)).map((m) => m.subject)).toContainEqual(expect.stringContaining("Kennismaking in het wijkhuis"));
    // The buurtwerker may move it to any time (they know when the wijkhuis is open).
    await mutations.planFirstMeeting(w.worker, request.id, nextTuesday("10:30"));
    const page = await queries.getRequestForViewer(buddy, request.id);
    // 10:30 on Brussels' clock.
    expect(page?.summary.firstMeetingAt).toBe(DateTime.fromISO(`${nextTuesday("10:30").date}T10:30`, { zone: "Europe/Brussels" }).toUTC().toISO());
    expect(await queries.viewContactDetails(buddy, request.id)).toBeNull();

    // Only the buurtwerker marks it done: then the buddy sees address and phone, and hears so.
    await refused(mutations.markFirstMeetingDone(buddy, request.id), 403);
    expect(await mutations.markFirstMeetingDone(w.worker, request.id)).toBe(true);
    expect(await queries.viewContactDetails(buddy, request.id)).toMatchObject({ phone: "0470 11 22 33", unit: "3.02" });
    expect((await mailsTo(w.v1.email)).map((m) => m.subject)).toContainEqual(expect.stringContaining("Rencontre faite"));
    expect((await mailsTo(w.residentA.email)).map((m) => m.subject)).toContain(`${w.v1.displayName} neemt contact met je op`);
    // No moving it any more; the first visit starts the follow-up check as for any pair.
    await refused(mutations.planFirstMeeting(w.worker, request.id, nextTuesday("15:00")), 403);
    await mutations.logVisit(buddy, request.id, { date: "2026-01-05", minutes: 45 });
    expect((await queries.getOverview(w.worker)).checkIns.map((c) => c.id)).toContain(request.id);
  });

  test("a request not marked that way: the buddy gets the address at once and there is no meeting to plan", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, matchedVolunteerId: w.v1.id });
    expect(await queries.viewContactDetails(w.actor(w.v1.id), request.id)).toMatchObject({ phone: "0470 11 22 33" });
    await refused(mutations.planFirstMeeting(w.worker, request.id, nextTuesday("14:00")), 403);
  });

  test("staff elsewhere can neither plan nor mark the meeting", async () => {
    const w = await world();
    const elsewhere = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, matchedVolunteerId: w.v1.id, meetAtWijkhuis: true });
    await refused(mutations.planFirstMeeting(elsewhere.worker, request.id, nextTuesday("14:00")), 404);
    await mutations.planFirstMeeting(w.worker, request.id, nextTuesday("14:00"));
    await refused(mutations.markFirstMeetingDone(elsewhere.worker, request.id), 404);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).firstMeetingDoneAt).toBeNull();
  });
});

describe("new help requests alert the neighbourhood's buurtwerkers (issue 16: a request mailed nobody)", () => {
  test("each one at once, a daily digest, or none, as each buurtwerker chose; not the one who wrote it down, not staff elsewhere", async () => {
    const w = await world();
    const elsewhere = await world();
    const daily = await createUser(prisma, { roles: ["buurtwerker"], locale: "fr", neighbourhoodId: w.hood.id });
    const none = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: w.hood.id });
    await mutations.saveHelpAlerts(staffActor(daily.id, [w.hood.id]), { newRequests: "daily" });
    await mutations.saveHelpAlerts(staffActor(none.id, [w.hood.id]), { newRequests: "none" });
    // Only staff choose this.
    await refused(mutations.saveHelpAlerts(w.actor(w.residentA.id), { newRequests: "none" }), 403);
    expect(await queries.getHelpAlerts(w.worker)).toBe("each");
    expect(await queries.getHelpAlerts(staffActor(daily.id, [w.hood.id]))).toBe("daily");

    const asked = await mutations.createHelpRequest(w.actor(w.residentA.id), { ...requestInput, kind: "groceries" });
    const urgent = await mutations.createHelpRequest(w.actor(w.residentB.id), { ...requestInput, kind: "paperwork", urgency: "high" });
    // Written down by the buurtwerker: they know; the others hear of it.
    const recorded = await mutations.createHelpRequest(w.worker, { ...requestInput, kind: "walks", residentId: w.residentA.id });

    const toEach = await mailsTo(w.staff.email);
    expect(toEach.map((m) => m.subject)).toEqual([`Nieuwe hulpvraag: Boodschappen in ${w.hood.name}`, `Dringend: nieuwe hulpvraag, Papieren en brieven in ${w.hood.name}`]);
    expect(toEach[0]?.text).toContain(`/hulp/vragen/${asked.id}`);
    expect(toEach[0]?.text).toContain(w.residentA.displayName.split(" ")[0]);
    expect(await mailsTo(daily.email)).toEqual([]);
    expect(await mailsTo(none.email)).toEqual([]);
    expect(await mailsTo(elsewhere.staff.email)).toEqual([]);

    // The daily digest: once a day, in the buurtwerker's language, with every request of the day (also the recorded one).
    const { sendHelpRequestDigests } = await import("~/features/help/jobs.server");
    await sendHelpRequestDigests();
    const digests = await mailsTo(daily.email);
    expect(digests.map((m) => m.subject)).toEqual(["Nouvelles demandes d'aide dans votre quartier"]);
    for (const id of [asked.id, urgent.id, recorded.id]) expect(digests[0]?.text).toContain(`/hulp/vragen/${id}`);
    expect(digests[0]?.text).toContain("Urgent, Papiers et courriers");
    await sendHelpRequestDigests();
    expect(await mailsTo(daily.email)).toHaveLength(1);
    expect(await mailsTo(none.email)).toEqual([]);
    expect(await mailsTo(w.staff.email)).toHaveLength(2);
  });

  test("a neighbourhood without a buurtwerker: the admins hear of it", async () => {
    const hood = await createNeighbourhood(prisma, { slug: `zonder-${Date.now().toString(36)}`, name: "Wijk zonder buurtwerker" });
    const resident = await createUser(prisma, { neighbourhoodId: hood.id });
    const admin = await createUser(prisma, { roles: ["admin"] });
    const request = await mutations.createHelpRequest(residentActor(resident.id), requestInput);
    const mails = await mailsTo(admin.email);
    expect(mails.map((m) => m.subject)).toEqual(["Nieuwe hulpvraag: Papieren en brieven in Wijk zonder buurtwerker"]);
    expect(mails[0]?.text).toContain(`/hulp/vragen/${request.id}`);
  });
});

describe("staff work in their own neighbourhoods", () => {
  test("a buurtwerker of another neighbourhood: no request, no address, no suggestions, no changes; the admin may", async () => {
    const w = await world();
    const elsewhere = await world();
    const stranger = elsewhere.worker;
    const admin = staffActor((await createUser(prisma, { roles: ["admin"] })).id, "all");
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, buildingId: w.building.id });

    expect(await queries.getRequestForViewer(stranger, request.id)).toBeNull();
    expect(await queries.viewContactDetails(stranger, request.id)).toBeNull();
    expect(await prisma.contactView.count({ where: { viewerId: elsewhere.staff.id } })).toBe(0);
    expect(await queries.getSuggestions(stranger, request.id)).toEqual([]);
    await refused(mutations.offerRequest(stranger, request.id, [w.v1.id]), 404);
    await refused(mutations.cancelRequest(stranger, request.id), 404);
    await refused(mutations.markCheckInDone(stranger, request.id), 404);
    await expect(mutations.createHelpRequest(stranger, { ...requestInput, residentId: w.residentA.id })).rejects.toMatchObject({
      code: "help:errors.pickResident",
      field: "residentId",
    });
    const overview = await queries.getOverview(stranger);
    expect(overview.open.map((r) => r.id)).not.toContain(request.id);
    expect(overview.volunteers.map((v) => v.id)).not.toContain(w.v1.id);
    expect((await queries.listVolunteersForStaff(stranger)).map((v) => v.id)).not.toContain(w.v1.id);
    expect((await queries.listResidentsForStaff(stranger)).map((r) => r.id)).not.toContain(w.residentA.id);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("open");

    // Their own buurtwerker and the admin see and do it all.
    expect(await queries.getRequestForViewer(w.worker, request.id)).not.toBeNull();
    expect((await queries.getOverview(w.worker)).open.map((r) => r.id)).toContain(request.id);
    expect((await queries.listVolunteersForStaff(w.worker)).map((v) => v.id)).toEqual(expect.arrayContaining([w.v1.id, w.v2.id]));
    expect((await queries.listResidentsForStaff(w.worker)).map((r) => r.id)).toContain(w.residentA.id);
    expect(await queries.viewContactDetails(admin, request.id)).not.toBeNull();
    expect(await mutations.offerRequest(admin, request.id, [w.v1.id])).toBe(1);
    expect((await queries.getOverview(admin)).open.map((r) => r.id)).toContain(request.id);
    expect((await queries.listVolunteersForStaff(admin)).map((v) => v.id)).toEqual(expect.arrayContaining([w.v1.id, elsewhere.v1.id]));
  });

  test("approving: only volunteers serving the buurtwerker's neighbourhood, matched as a whole id", async () => {
    const w = await world();
    const elsewhere = await world();
    // An id that starts with this neighbourhood's id must not count as serving it.
    const longer = await createNeighbourhood(prisma, { id: `${w.hood.id}x`, slug: `${w.hood.id}x`, name: "Wijk met een langere id" });
    const newcomer = await createUser(prisma, { roles: ["volunteer"] });
    await createVolunteerProfile(prisma, { userId: newcomer.id, neighbourhoods: [w.hood.id, elsewhere.hood.id] });
    const beyond = await createUser(prisma, { roles: ["volunteer"] });
    await createVolunteerProfile(prisma, { userId: beyond.id, neighbourhoods: [longer.id] });

    expect((await queries.listVolunteersForStaff(w.worker)).map((v) => v.id)).not.toContain(beyond.id);
    await refused(mutations.approveVolunteer(w.worker, beyond.id), 404);
    await refused(mutations.approveVolunteer(residentActor(w.v1.id, { roles: ["volunteer"] }), newcomer.id), 403);
    // Serving two neighbourhoods: the buurtwerker of either may approve.
    await mutations.approveVolunteer(elsewhere.worker, newcomer.id);
    expect(await prisma.volunteerProfile.findUniqueOrThrow({ where: { userId: newcomer.id }, select: { approvedById: true } })).toEqual({
      approvedById: elsewhere.staff.id,
    });
  });

  test("concerns reach, and are handled by, the staff where the request is or where the person raising it lives", async () => {
    const w = await world();
    const elsewhere = await world();
    const neighbourly = await createConcern(prisma, { raisedById: w.residentB.id, text: "Mijn buurman is al dagen stil." });
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id });
    // Someone living in the other neighbourhood, worried about a request here.
    const visitor = await createConcern(prisma, { raisedById: elsewhere.residentA.id, requestId: request.id, text: "De bezoeken vallen stil." });

    expect((await queries.listConcerns(w.worker)).map((c) => c.id)).toEqual(expect.arrayContaining([neighbourly.id, visitor.id]));
    const seenElsewhere = await queries.listConcerns(elsewhere.worker);
    expect(seenElsewhere.map((c) => c.id)).toContain(visitor.id);
    expect(seenElsewhere.map((c) => c.id)).not.toContain(neighbourly.id);
    await refused(mutations.updateConcernStatus(elsewhere.worker, neighbourly.id, "closed"), 404);
    // The person who raised it reads it but does not handle it.
    expect((await queries.listConcerns(w.actor(w.residentB.id))).map((c) => [c.id, c.mayHandle])).toEqual([[neighbourly.id, false]]);
    await refused(mutations.updateConcernStatus(w.actor(w.residentB.id), neighbourly.id, "closed"), 403);

    await mutations.updateConcernStatus(w.worker, neighbourly.id, "in_progress");
    await mutations.updateConcernStatus(elsewhere.worker, visitor.id, "closed");
    const stored = await prisma.concern.findMany({ where: { id: { in: [neighbourly.id, visitor.id] } }, select: { id: true, status: true, handledById: true } });
    expect(stored).toEqual(
      expect.arrayContaining([
        { id: neighbourly.id, status: "in_progress", handledById: w.staff.id },
        { id: visitor.id, status: "closed", handledById: elsewhere.staff.id },
      ]),
    );
    // A new concern mails the buurtwerker of the neighbourhood where the person lives, not the other one.
    await mutations.raiseConcern(w.actor(w.residentA.id), { text: "Ik hoor mijn buurvrouw niet meer." });
    expect((await mailsTo(w.staff.email)).some((m) => m.text?.includes("Ik hoor mijn buurvrouw niet meer."))).toBe(true);
    expect((await mailsTo(elsewhere.staff.email)).some((m) => m.text?.includes("Ik hoor mijn buurvrouw niet meer."))).toBe(false);
  });
});

describe("help given while acting for a resident is on the record", () => {
  test("cancelling, finishing and a concern are written down; volunteering for them is refused", async () => {
    const w = await world();
    const session = await prisma.actingSession.create({ data: { staffId: w.staff.id, residentId: w.residentA.id }, select: { id: true } });
    const forResident = actingActor(w.staff.id, w.residentA.id, session.id);
    const walks = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, kind: "walks" });
    const groceries = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, matchedVolunteerId: w.v1.id });
    await mutations.cancelRequest(forResident, walks.id);
    await mutations.finishRequest(forResident, groceries.id);
    await mutations.raiseConcern(forResident, { text: "Mijn buddy kwam twee keer niet.", requestId: groceries.id });
    const events = await prisma.actingEvent.findMany({ where: { actingSessionId: session.id }, select: { action: true, subject: true } });
    expect(events).toHaveLength(3);
    expect(events).toEqual(
      expect.arrayContaining([
        { action: "help.cancel", subject: "Samen wandelen" },
        { action: "help.finish", subject: "Boodschappen" },
        { action: "help.concern", subject: "" },
      ]),
    );
    // The same changes by the resident themselves write nothing down.
    const own = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id });
    await mutations.cancelRequest(w.actor(w.residentA.id), own.id);
    expect(await prisma.actingEvent.count({ where: { actingSessionId: session.id } })).toBe(3);

    // Acting for a resident who volunteers does not let the buurtwerker volunteer in their name.
    const volunteerSession = await prisma.actingSession.create({ data: { staffId: w.staff.id, residentId: w.v2.id }, select: { id: true } });
    const forVolunteer = { ...actingActor(w.staff.id, w.v2.id, volunteerSession.id), user: w.actor(w.v2.id).user };
    const task = await createHelpRequest(prisma, { residentId: w.residentB.id, neighbourhoodId: w.hood.id, matchedVolunteerId: w.v2.id });
    await refused(mutations.logVisit(forVolunteer, task.id, { date: "2026-01-05", minutes: 30 }), 403);
    expect(await queries.viewContactDetails(forVolunteer, task.id)).toBeNull();
  });
});
