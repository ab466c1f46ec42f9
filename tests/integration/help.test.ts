import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";
import { createBuilding, createNeighbourhood, createUser } from "#tests/fixtures/factories";
import { createHelpOffer, createHelpRequest, createVisit, createVolunteerProfile } from "#tests/fixtures/help";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma } = await import("~/utils/db.server");
const { deliverOutbox } = await import("~/utils/email.server");
const queries = await import("~/features/help/queries.server");
const mutations = await import("~/features/help/mutations.server");
const { HelpNotFoundError } = mutations;

afterAll(() => smtp.close());

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
  const actor = (userId: string, isStaff = false) => ({ userId, actorId: userId, isStaff, isVolunteer: true });
  return { hood, building, staff, residentA, residentB, v1, v2, actor };
}

async function mailsTo(email: string | null) {
  await deliverOutbox({ limit: 200 });
  return smtp.inbox.filter((m) => email && m.envelopeTo.includes(email));
}

describe("first acceptance wins", () => {
  test("two volunteers accepting at the same moment: exactly one match, the other hears it is taken", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, buildingId: w.building.id });
    expect(await mutations.offerRequest(w.staff.id, request.id, [w.v1.id, w.v2.id])).toBe(2);

    const results = await Promise.all([mutations.acceptOffer(w.v1.id, request.id), mutations.acceptOffer(w.v2.id, request.id)]);
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
    expect(await mutations.acceptOffer(loser, request.id)).toEqual({ ok: false, reason: "taken" });
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).matchedVolunteerId).toBe(winner);
  });

  test("a volunteer's own offer confirmed by staff races an acceptance: still one match", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id });
    await mutations.offerRequest(w.staff.id, request.id, [w.v1.id]);
    await mutations.volunteerOffersHelp(w.v2.id, request.id);
    const results = await Promise.all([mutations.acceptOffer(w.v1.id, request.id), mutations.confirmVolunteerOffer(request.id, w.v2.id)]);
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
    await mutations.acceptOffer(w.v1.id, request.id);
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
    await expect(mutations.logVisit(w.v2.id, w.request.id, { date: "2026-01-05", minutes: 30 })).rejects.toBeInstanceOf(HelpNotFoundError);
    await expect(mutations.acceptOffer(w.v2.id, w.request.id)).rejects.toBeInstanceOf(HelpNotFoundError);
    await expect(mutations.declineOffer(w.v2.id, w.request.id, undefined)).rejects.toBeInstanceOf(HelpNotFoundError);
    await expect(mutations.cancelRequest(w.actor(w.v2.id), w.request.id)).rejects.toBeInstanceOf(HelpNotFoundError);
    await expect(mutations.finishRequest(w.actor(w.v2.id), w.request.id)).rejects.toBeInstanceOf(HelpNotFoundError);
    await expect(mutations.raiseConcern(w.actor(w.v2.id), { text: "Dit is niet mijn vraag", requestId: w.request.id })).rejects.toBeInstanceOf(HelpNotFoundError);
    expect(await prisma.visitLog.count({ where: { requestId: w.request.id } })).toBe(1);
    expect((await prisma.helpRequest.findUniqueOrThrow({ where: { id: w.request.id } })).status).toBe("matched");
  });

  test("before the match a volunteer sees kind, place, times and first name only", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, description: "Privé uitleg over mijn gezondheid." });
    await mutations.offerRequest(w.staff.id, request.id, [w.v1.id]);
    const view = await queries.getRequestForViewer(w.actor(w.v1.id), request.id);
    expect(view?.summary.residentFirstName).toBe(w.residentA.displayName.split(" ")[0]);
    expect(view?.details).toBeNull();
    expect(JSON.stringify(view)).not.toContain("Privé uitleg");
    expect(JSON.stringify(view)).not.toContain(w.residentA.displayName);
    expect(await queries.viewContactDetails(w.actor(w.v1.id), request.id)).toBeNull();
    // Staff may always see, and that view is recorded too.
    expect(await queries.viewContactDetails(w.actor(w.staff.id, true), request.id)).not.toBeNull();
    expect(await prisma.contactView.count({ where: { viewerId: w.staff.id, subjectId: w.residentA.id } })).toBe(1);
  });

  test("a resident sees only their own requests", async () => {
    const w = await matchedWorld();
    const own = await createHelpRequest(prisma, { residentId: w.residentB.id, neighbourhoodId: w.hood.id });
    const listed = await queries.listMyRequests(w.residentB.id);
    expect(listed.map((r) => r.id)).toEqual([own.id]);
    expect(await queries.getRequestForViewer(w.actor(w.residentB.id), w.request.id)).toBeNull();
    expect(await queries.getRequestForViewer(w.actor(w.residentA.id), w.request.id)).not.toBeNull();
    await expect(mutations.cancelRequest(w.actor(w.residentB.id), w.request.id)).rejects.toBeInstanceOf(HelpNotFoundError);
  });

  test("only approved, unpaused volunteers can be offered a task or accept one", async () => {
    const w = await world();
    const pending = await createUser(prisma, { roles: ["volunteer"] });
    await createVolunteerProfile(prisma, { userId: pending.id, neighbourhoods: [w.hood.id] });
    const paused = await createUser(prisma, { roles: ["volunteer"] });
    await createVolunteerProfile(prisma, { userId: paused.id, neighbourhoods: [w.hood.id], approvedById: w.staff.id, pausedUntil: new Date(Date.now() + 7 * 86_400_000) });
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id });
    expect(await mutations.offerRequest(w.staff.id, request.id, [pending.id, paused.id])).toBe(0);
    // Even an offer written directly cannot be accepted by someone not approved.
    await createHelpOffer(prisma, { requestId: request.id, volunteerId: pending.id });
    await expect(mutations.acceptOffer(pending.id, request.id)).rejects.toBeInstanceOf(HelpNotFoundError);
    const suggested = await queries.getSuggestions(request.id);
    expect(suggested.map((s) => s.volunteerId).sort()).toEqual([w.v1.id, w.v2.id].sort());
  });
});

describe("recording a request", () => {
  test("a buurtwerker records one for a resident without email, also in 'act for' mode; the creator is kept", async () => {
    const w = await world();
    const noEmail = await createUser(prisma, { email: null, neighbourhoodId: w.hood.id, residence: { buildingId: w.building.id, unit: "0.04" } });
    const input = { kind: "paperwork" as const, description: "Hulp bij een brief van de huisbaas.", recurrence: "weekly" as const, times: [], languages: ["nl" as const], urgency: "normal" as const, meetAtWijkhuis: false };
    const byStaff = await mutations.createHelpRequest(w.actor(w.staff.id, true), { ...input, residentId: noEmail.id });
    // Acting for the resident: the app acts as them, the buurtwerker is recorded as the one who wrote it.
    const actingFor = await mutations.createHelpRequest({ userId: noEmail.id, actorId: w.staff.id, isStaff: false, isVolunteer: false }, input);
    const rows = await prisma.helpRequest.findMany({
      where: { id: { in: [byStaff.id, actingFor.id] } },
      select: { residentId: true, createdById: true, neighbourhoodId: true, buildingId: true },
    });
    expect(rows).toEqual([
      { residentId: noEmail.id, createdById: w.staff.id, neighbourhoodId: w.hood.id, buildingId: w.building.id },
      { residentId: noEmail.id, createdById: w.staff.id, neighbourhoodId: w.hood.id, buildingId: w.building.id },
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
    await mutations.offerRequest(w.staff.id, request.id, [w.v1.id]);
    const [offer] = await mailsTo(w.v1.email);
    expect(offer?.subject).toContain("Pouvez-vous aider ? Courses");
    expect(offer?.html).toContain('lang="fr"');
    await mutations.acceptOffer(w.v1.id, request.id);
    const toResident = await mailsTo(w.residentA.email);
    expect(toResident.map((m) => m.subject)).toEqual([`${w.v1.displayName} helpt je`]);
    const toStaff = await mailsTo(w.staff.email);
    expect(toStaff.map((m) => m.subject)).toEqual([`Buddy gevonden voor ${w.residentA.displayName}`]);
  });

  test("the first visit asks the buurtwerker to check in, once", async () => {
    const w = await world();
    const request = await createHelpRequest(prisma, { residentId: w.residentA.id, neighbourhoodId: w.hood.id, matchedVolunteerId: w.v1.id });
    await mutations.logVisit(w.v1.id, request.id, { date: "2026-01-05", minutes: 45, note: "Goed gegaan" });
    await mutations.logVisit(w.v1.id, request.id, { date: "2026-01-12", minutes: 30 });
    const checkIns = (await mailsTo(w.staff.email)).filter((m) => m.subject?.startsWith("Eerste bezoek"));
    expect(checkIns).toHaveLength(1);
    const overview = await queries.getOverview();
    expect(overview.checkIns.map((c) => c.id)).toContain(request.id);
    expect(await mutations.markCheckInDone(request.id)).toBe(true);
    expect((await queries.getOverview()).checkIns.map((c) => c.id)).not.toContain(request.id);
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
    const overview = await queries.getOverview();
    expect(overview.open.find((r) => r.id === old.id)?.stale).toBe(true);
    expect(overview.open.find((r) => r.id === fresh.id)?.stale).toBe(false);
    expect(overview.quiet.map((p) => p.id)).toContain(quiet.id);
    await createVisit(prisma, { requestId: quiet.id, volunteerId: w.v1.id, date: new Date() });
    expect((await queries.getOverview()).quiet.map((p) => p.id)).not.toContain(quiet.id);
  });
});
