import { DateTime } from "luxon";
import { afterAll, describe, expect, test } from "vitest";
import { createPlace, createUser } from "#tests/fixtures/factories";
import { createAgreement } from "#tests/fixtures/agreements";
import { startSmtpServer } from "#tests/setup/smtp";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma } = await import("~/utils/db.server");
const mutations = await import("~/features/agreements/mutations.server");
const { getAgreement, getOverview, getBuildingPage, getComparison, getDraftForEditing, getNotice, getVersion, listFreeSpaces } = await import(
  "~/features/agreements/queries.server"
);
const { actingActor, residentActor, staffActor } = await import("#tests/fixtures/actors");
const { agreementActionSchema } = await import("~/features/agreements/schema");

afterAll(() => smtp.close());

const resident = (userId: string) => residentActor(userId);
const day = 86_400_000;

/** A building in a neighbourhood of its own, with the buurtwerker who works there. */
async function world() {
  const { building, neighbourhood } = await createPlace(prisma);
  const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
  const spaceId = (slug: string) => building.spaces.find((s) => s.slug === slug)?.id ?? "";
  const slug = (await prisma.building.findUniqueOrThrow({ where: { id: building.id }, select: { slug: true } })).slug;
  return { building, neighbourhood, slug, worker, spaceId, staff: staffActor(worker.id, [neighbourhood.id]) };
}

describe("responding to a proposal", () => {
  async function openProposal(w: Awaited<ReturnType<typeof world>>, closesAt = new Date(Date.now() + 7 * day)) {
    return createAgreement(prisma, {
      buildingId: w.building.id,
      spaceId: w.spaceId("wasruimte"),
      createdById: w.worker.id,
      versions: [{ status: "open", openedAt: new Date(), closesAt, items: [{ key: "a", text: "Haal je was meteen uit de machine." }] }],
    });
  }

  test("only residents of the building respond; closed proposals take no responses", async () => {
    const w = await world();
    const agreement = await openProposal(w);
    const outsider = await createUser(prisma, { residence: { buildingId: (await world()).building.id, unit: "1.01" } });
    await expect(mutations.respond(resident(outsider.id), agreement.id, { choice: "agree" })).rejects.toMatchObject({ status: 403 });
    // Staff answer for households on paper, not as a resident.
    await expect(mutations.respond(w.staff, agreement.id, { choice: "agree" })).rejects.toMatchObject({ status: 403 });
    const closed = await openProposal(await world(), new Date(Date.now() - 1000));
    const closedBuilding = await prisma.agreement.findUniqueOrThrow({ where: { id: closed.id }, select: { buildingId: true } });
    const late = await createUser(prisma, { residence: { buildingId: closedBuilding.buildingId, unit: "1.01" } });
    await expect(mutations.respond(resident(late.id), closed.id, { choice: "agree" })).rejects.toMatchObject({ message: "agreements:errors.closed" });
    expect(await prisma.agreementResponse.count({ where: { version: { agreementId: { in: [agreement.id, closed.id] } } } })).toBe(0);
  });

  test("one voice per household, changeable while open; paper answers are marked; names only for staff", async () => {
    const w = await world();
    const agreement = await openProposal(w);
    const [a, b, c] = await Promise.all([
      createUser(prisma, { displayName: "Ann Flat", residence: { buildingId: w.building.id, unit: "1.01" } }),
      createUser(prisma, { displayName: "Ben Flat", residence: { buildingId: w.building.id, unit: "1.01" } }),
      createUser(prisma, { displayName: "Cas Other", residence: { buildingId: w.building.id, unit: "2.02" } }),
    ]);
    await createUser(prisma, { displayName: "Dina Paper", email: null, residence: { buildingId: w.building.id, unit: "3.03" } });
    await mutations.respond(resident(a.id), agreement.id, { choice: "agree" });
    await mutations.respond(resident(b.id), agreement.id, { choice: "object", reason: "Te streng" });
    await mutations.respond(resident(c.id), agreement.id, { choice: "abstain" });
    await mutations.respond(resident(c.id), agreement.id, { choice: "agree" });
    await expect(mutations.recordPaperConsent(resident(c.id), agreement.id, { unit: "3.03", choice: "agree" })).rejects.toMatchObject({ status: 403 });
    await mutations.recordPaperConsent(w.staff, agreement.id, { unit: "3.03", choice: "object", reason: "Op papier: geen plaats" });
    await expect(mutations.recordPaperConsent(w.staff, agreement.id, { unit: "9.99", choice: "agree" })).rejects.toMatchObject({ message: "agreements:errors.chooseHousehold" });

    const seenByResident = await getAgreement(resident(c.id), agreement.id);
    expect(seenByResident?.tally).toEqual({ agree: 1, abstain: 0, object: 2, total: 3 });
    expect(seenByResident?.myResponse?.choice).toBe("agree");
    expect(seenByResident?.objections.map((o) => o.reason).sort()).toEqual(["Op papier: geen plaats", "Te streng"]);
    expect(seenByResident?.objections.every((o) => o.name === null && o.unit === null)).toBe(true);
    expect(seenByResident?.households).toBeNull();
    const seenByStaff = await getAgreement(w.staff, agreement.id);
    expect(seenByStaff?.objections.find((o) => o.reason === "Te streng")?.name).toBe("Ben Flat");
    expect(seenByStaff?.households?.consents.find((c) => c.unit === "3.03")?.method).toBe("paper");
    expect(await prisma.agreementResponse.count({ where: { version: { agreementId: agreement.id } } })).toBe(3);
  });

  test("a version's page lists the same objections its tally counts (issue 16: 'Niet akkoord: 2' beside 'Niemand is niet akkoord')", async () => {
    const w = await world();
    const agreement = await openProposal(w);
    const [a, b, c] = await Promise.all([
      createUser(prisma, { displayName: "Els Eerste", residence: { buildingId: w.building.id, unit: "1.01" } }),
      createUser(prisma, { displayName: "Fien Tweede", residence: { buildingId: w.building.id, unit: "2.01" } }),
      createUser(prisma, { displayName: "Gust Derde", residence: { buildingId: w.building.id, unit: "3.01" } }),
    ]);
    await mutations.respond(resident(a.id), agreement.id, { choice: "object", reason: "Ik werk 's avonds" });
    await mutations.respond(resident(b.id), agreement.id, { choice: "object", reason: "Te vroeg" });
    await mutations.respond(resident(c.id), agreement.id, { choice: "agree" });

    const seenByResident = await getVersion(resident(c.id), agreement.id, 1);
    expect(seenByResident?.tally.object).toBe(2);
    expect(seenByResident?.objections.map((o) => o.reason).sort()).toEqual(["Ik werk 's avonds", "Te vroeg"]);
    expect(seenByResident?.objections.every((o) => o.name === null && o.unit === null)).toBe(true);
    const seenByStaff = await getVersion(w.staff, agreement.id, 1);
    expect(seenByStaff?.objections.find((o) => o.reason === "Te vroeg")).toMatchObject({ name: "Fien Tweede", unit: "2.01" });
  });

  test("opening notifies the building's residents with email in their language; revising starts the responses again", async () => {
    const w = await world();
    const agreement = await mutations.createAgreement(w.staff, { spaceId: w.spaceId("ontmoetingsruimte"), items: [{ text: "Stil na 22:00" }, { text: "Stoelen stapelen" }] });
    const fr = await createUser(prisma, { email: `fr-${Date.now()}@example.test`, locale: "fr", residence: { buildingId: w.building.id, unit: "1.01" } });
    const noEmail = await createUser(prisma, { email: null, residence: { buildingId: w.building.id, unit: "1.02" } });
    const elsewhere = await createUser(prisma, { email: `ander-${Date.now()}@example.test`, residence: { buildingId: (await world()).building.id, unit: "1.01" } });
    const inAWeek = DateTime.now().setZone("Europe/Brussels").plus({ days: 7 }).toISODate() ?? "";
    await expect(mutations.openForResponses(w.staff, agreement.id, "2020-01-01")).rejects.toMatchObject({ message: "agreements:errors.dateInPast" });
    await expect(mutations.openForResponses(resident(fr.id), agreement.id, inAWeek)).rejects.toMatchObject({ status: 403 });
    await mutations.openForResponses(w.staff, agreement.id, inAWeek);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: fr.email ?? "", kind: "agreement-opened" } });
    expect(mail.subject).toContain("Nouvelle proposition");
    expect(await prisma.outboxMessage.count({ where: { to: elsewhere.email ?? "" } })).toBe(0);
    // Everyone is asked in the app, also without email.
    expect((await getOverview(resident(noEmail.id))).notices.map((n) => n.kind)).toEqual(["respond"]);

    await mutations.respond(resident(fr.id), agreement.id, { choice: "agree" });
    await expect(mutations.adopt(resident(fr.id), agreement.id)).rejects.toMatchObject({ status: 403 });
    await mutations.revise(w.staff, agreement.id);
    await expect(mutations.revise(w.staff, agreement.id)).rejects.toMatchObject({ message: "agreements:errors.notAllowedNow" });
    const draft = await prisma.agreementItem.findMany({ where: { version: { agreementId: agreement.id, number: 2 } }, orderBy: { position: "asc" } });
    await mutations.updateDraft(w.staff, agreement.id, {
      items: [{ key: draft[0]?.key, text: "Stil na 22:00, vrijdag na 22:30" }, { key: draft[1]?.key, text: "Stoelen stapelen" }, { text: "Sleutel terug" }],
    });
    await mutations.openForResponses(w.staff, agreement.id, inAWeek);
    const changed = await prisma.outboxMessage.findFirstOrThrow({ where: { to: fr.email ?? "", subject: { contains: "ont changé" } } });
    expect(changed.text).toContain("1 nouvel accord");
    const v2 = await getAgreement(resident(fr.id), agreement.id);
    expect(v2?.tally.total).toBe(0);
    expect(v2?.myResponse).toBeNull();
    expect(v2?.changes?.map((c) => c.kind)).toEqual(["changed", "unchanged", "added"]);
    expect((await getOverview(resident(fr.id))).notices.map((n) => n.kind)).toEqual(["changed"]);
    await mutations.adopt(w.staff, agreement.id);
    await expect(mutations.respond(resident(fr.id), agreement.id, { choice: "object", reason: "te laat" })).rejects.toMatchObject({ message: "agreements:errors.closed" });
  });

  test("a named co-author may edit the draft; others may not", async () => {
    const w = await world();
    const agreement = await mutations.createAgreement(w.staff, { spaceId: w.spaceId("wasruimte"), items: [{ text: "Proper achterlaten" }] });
    const coauthor = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.01" } });
    const neighbour = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.02" } });
    await expect(mutations.updateDraft(resident(coauthor.id), agreement.id, { items: [{ text: "x" }] })).rejects.toMatchObject({ status: 403 });
    await mutations.addCoAuthor(w.staff, agreement.id, coauthor.id);
    await mutations.updateDraft(resident(coauthor.id), agreement.id, { items: [{ text: "Proper achterlaten en vegen" }] });
    await expect(mutations.updateDraft(resident(neighbour.id), agreement.id, { items: [{ text: "x" }] })).rejects.toMatchObject({ status: 403 });
    await expect(mutations.addCoAuthor(resident(coauthor.id), agreement.id, neighbour.id)).rejects.toMatchObject({ status: 403 });
  });
});

describe("comments", () => {
  test("residents comment on an item of the current version; outsiders and old versions are refused", async () => {
    const w = await world();
    const agreement = await mutations.createAgreement(w.staff, { spaceId: w.spaceId("wasruimte"), items: [{ text: "Filter leegmaken" }] });
    const inside = await createUser(prisma, { displayName: "Ina Binnen", residence: { buildingId: w.building.id, unit: "1.01" } });
    const outsider = await createUser(prisma, { residence: { buildingId: (await world()).building.id, unit: "1.01" } });
    const item = await prisma.agreementItem.findFirstOrThrow({ where: { version: { agreementId: agreement.id } }, select: { id: true } });
    await mutations.addComment(resident(inside.id), agreement.id, { itemId: item.id, body: "Waar staat de borstel?" });
    await expect(mutations.addComment(resident(outsider.id), agreement.id, { itemId: item.id, body: "Hallo" })).rejects.toMatchObject({ status: 403 });
    const inAWeek = DateTime.now().setZone("Europe/Brussels").plus({ days: 7 }).toISODate() ?? "";
    await mutations.openForResponses(w.staff, agreement.id, inAWeek);
    await mutations.revise(w.staff, agreement.id);
    await expect(mutations.addComment(resident(inside.id), agreement.id, { itemId: item.id, body: "Nog eens" })).rejects.toMatchObject({ message: "agreements:errors.oldVersion" });
    const forResident = await getAgreement(resident(inside.id), agreement.id);
    // The new version starts without comments; version 1 keeps its comment with the name for staff only.
    expect(forResident?.items[0]?.comments).toEqual([]);
    const old = await prisma.agreementComment.findFirstOrThrow({ where: { itemId: item.id }, select: { body: true } });
    expect(old.body).toBe("Waar staat de borstel?");
  });
});

describe("staff work in their own neighbourhood", () => {
  async function proposal(w: Awaited<ReturnType<typeof world>>) {
    return createAgreement(prisma, {
      buildingId: w.building.id,
      spaceId: w.spaceId("wasruimte"),
      createdById: w.worker.id,
      versions: [
        { status: "adopted", openedAt: new Date(Date.now() - 30 * day), closesAt: new Date(Date.now() - 20 * day), adoptedAt: new Date(Date.now() - 20 * day), items: [{ key: "a", text: "Was niet op zondag." }] },
        { status: "open", openedAt: new Date(), closesAt: new Date(Date.now() + 7 * day), items: [{ key: "a", text: "Was niet op zondag na 20 uur." }] },
      ],
    });
  }

  test("a buurtwerker of another neighbourhood does not see its buildings or agreements; its own buurtwerker and an admin do", async () => {
    const here = await world();
    const elsewhere = await world();
    const agreement = await proposal(here);
    await createUser(prisma, { displayName: "Nora Naam", residence: { buildingId: here.building.id, unit: "1.01" } });
    const admin = staffActor("beheerder-wijkhuis", "all");

    const overview = await getOverview(elsewhere.staff);
    expect(overview.buildings.map((b) => b.id)).toEqual([elsewhere.building.id]);
    expect(await getBuildingPage(elsewhere.staff, here.slug)).toBeNull();
    expect(await getAgreement(elsewhere.staff, agreement.id)).toBeNull();
    expect(await getVersion(elsewhere.staff, agreement.id, 1)).toBeNull();
    expect(await getComparison(elsewhere.staff, agreement.id, 1, 2)).toBeNull();
    expect(await getNotice(elsewhere.staff, agreement.id, ["nl"])).toBeNull();
    expect(await getDraftForEditing(elsewhere.staff, agreement.id)).toBeNull();

    for (const staff of [here.staff, admin]) {
      const seen = await getAgreement(staff, agreement.id);
      expect(seen?.households?.residents.map((r) => r.name)).toContain("Nora Naam");
      expect(await getVersion(staff, agreement.id, 1)).not.toBeNull();
    }
    expect((await getOverview(here.staff)).buildings.map((b) => b.id)).toEqual([here.building.id]);
    expect((await getOverview(admin)).buildings.map((b) => b.id)).toEqual(expect.arrayContaining([here.building.id, elsewhere.building.id]));
  });

  test("a buurtwerker of another neighbourhood is refused every change to its agreements", async () => {
    const here = await world();
    const elsewhere = await world();
    const agreement = await proposal(here);
    const neighbour = await createUser(prisma, { residence: { buildingId: here.building.id, unit: "1.01" } });
    const other = elsewhere.staff;
    const refused = { status: 403 };
    await expect(mutations.recordPaperConsent(other, agreement.id, { unit: "1.01", choice: "agree" })).rejects.toMatchObject(refused);
    await expect(mutations.addCoAuthor(other, agreement.id, neighbour.id)).rejects.toMatchObject(refused);
    await expect(mutations.setMeetingNote(other, agreement.id, "Vergadering op maandag")).rejects.toMatchObject(refused);
    await expect(mutations.adopt(other, agreement.id)).rejects.toMatchObject(refused);
    await expect(mutations.revise(other, agreement.id)).rejects.toMatchObject(refused);
    await expect(mutations.respond(other, agreement.id, { choice: "agree" })).rejects.toMatchObject(refused);
    const item = await prisma.agreementItem.findFirstOrThrow({ where: { version: { agreementId: agreement.id, number: 2 } }, select: { id: true } });
    await expect(mutations.addComment(other, agreement.id, { itemId: item.id, body: "Hallo" })).rejects.toMatchObject(refused);
    // A space elsewhere is not one they can choose for a new agreement.
    await expect(mutations.createAgreement(other, { spaceId: here.spaceId("ontmoetingsruimte"), items: [{ text: "Stil na 22:00" }] })).rejects.toMatchObject({
      message: "agreements:errors.chooseSpace",
    });
    expect(await prisma.agreementConsent.count({ where: { version: { agreementId: agreement.id } } })).toBe(0);
    expect(await prisma.agreementCoAuthor.count({ where: { agreementId: agreement.id } })).toBe(0);
    expect(await prisma.agreementComment.count({ where: { version: { agreementId: agreement.id } } })).toBe(0);
    expect(await prisma.agreement.count({ where: { spaceId: here.spaceId("ontmoetingsruimte") } })).toBe(0);
    expect((await prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id }, select: { currentVersion: true, meetingNote: true } }))).toEqual({ currentVersion: 2, meetingNote: null });

    // The neighbourhood's own buurtwerker may.
    await mutations.recordPaperConsent(here.staff, agreement.id, { unit: "1.01", choice: "agree" });
    expect(await prisma.agreementConsent.count({ where: { version: { agreementId: agreement.id }, method: "paper" } })).toBe(1);
  });

  test("the new agreement form offers only spaces of the buurtwerker's neighbourhoods", async () => {
    const here = await world();
    const elsewhere = await world();
    const offered = (await listFreeSpaces(here.staff)).map((b) => b.id);
    expect(offered).toEqual([here.building.id]);
    expect(offered).not.toContain(elsewhere.building.id);
    expect((await listFreeSpaces(staffActor("beheerder-wijkhuis", "all"))).map((b) => b.id)).toEqual(expect.arrayContaining([here.building.id, elsewhere.building.id]));
    expect(await listFreeSpaces(resident("niemand"))).toEqual([]);
  });

  test("answering, commenting and reading the rules while a buurtwerker acts for the resident are on the record", async () => {
    const w = await world();
    const agreement = await proposal(w);
    const person = await createUser(prisma, { email: null, residence: { buildingId: w.building.id, unit: "2.01" } });
    const session = await prisma.actingSession.create({ data: { staffId: w.worker.id, residentId: person.id }, select: { id: true } });
    const acting = actingActor(w.worker.id, person.id, session.id);
    const item = await prisma.agreementItem.findFirstOrThrow({ where: { version: { agreementId: agreement.id, number: 2 } }, select: { id: true } });
    await mutations.respond(acting, agreement.id, { choice: "agree" });
    await mutations.addComment(acting, agreement.id, { itemId: item.id, body: "Goed zo" });
    await mutations.acknowledge(acting, agreement.id);
    expect(await prisma.agreementResponse.findFirstOrThrow({ where: { userId: person.id }, select: { assistedById: true } })).toEqual({ assistedById: w.worker.id });
    expect(await prisma.agreementConsent.findFirstOrThrow({ where: { userId: person.id }, select: { assistedById: true } })).toEqual({ assistedById: w.worker.id });
    expect(await prisma.agreementComment.findFirstOrThrow({ where: { userId: person.id }, select: { assistedById: true } })).toEqual({ assistedById: w.worker.id });
    const events = await prisma.actingEvent.findMany({ where: { actingSessionId: session.id }, orderBy: { action: "asc" }, select: { action: true, subject: true } });
    expect(events).toEqual([
      { action: "agreements.acknowledge", subject: "Wasruimte" },
      { action: "agreements.comment", subject: "Wasruimte" },
      { action: "agreements.respond", subject: "Wasruimte" },
    ]);
    // The buurtwerker of the neighbourhood sees who helped.
    const seen = await getAgreement(w.staff, agreement.id);
    expect(seen?.households?.consents.find((c) => c.unit === "2.01")?.assistedBy).toBe(w.worker.displayName);
  });
});

describe("adopting (issue 16: adopted with 1 of 14 households answering, and the notice said 'Samen goedgekeurd')", () => {
  async function openFor(w: Awaited<ReturnType<typeof world>>, closesAt: Date, quorumPercent?: number) {
    const agreement = await createAgreement(prisma, {
      buildingId: w.building.id,
      spaceId: w.spaceId("wasruimte"),
      createdById: w.worker.id,
      versions: [{ status: "open", openedAt: new Date(Date.now() - 10 * day), closesAt, items: [{ key: "a", text: "Was niet na 22 uur." }] }],
    });
    if (quorumPercent) await prisma.agreement.update({ where: { id: agreement.id }, data: { quorumPercent } });
    return agreement;
  }
  async function households(w: Awaited<ReturnType<typeof world>>, count: number) {
    const people = [];
    for (let i = 1; i <= count; i += 1) people.push(await createUser(prisma, { residence: { buildingId: w.building.id, unit: `${i}.01` } }));
    return people;
  }

  test("the page shows the tally against the households, the closing date and the quorum before adopting", async () => {
    const w = await world();
    const agreement = await openFor(w, new Date(Date.now() + 5 * day));
    const [first] = await households(w, 14);
    await mutations.respond(resident(first?.id ?? ""), agreement.id, { choice: "agree" });
    const page = await getAgreement(w.staff, agreement.id);
    expect(page?.householdCount).toBe(14);
    expect(page?.adoptionCheck).toEqual({ households: 14, answered: 1, quorumPercent: 50, needed: 7, quorumMet: false, closed: false, together: false });
  });

  test("adopting early with 1 of 14 answers is kept as such, and the notice says who adopted it and how many answered", async () => {
    const w = await world();
    const agreement = await openFor(w, new Date(Date.now() + 5 * day));
    const [first] = await households(w, 14);
    await mutations.respond(resident(first?.id ?? ""), agreement.id, { choice: "agree" });
    await mutations.adopt(w.staff, agreement.id);
    const version = await prisma.agreementVersion.findFirstOrThrow({
      where: { agreementId: agreement.id },
      select: { status: true, adoptedHouseholds: true, adoptedAnswered: true, adoptedQuorumPercent: true, adoptedBeforeClosing: true, adoptedBy: true },
    });
    expect(version).toEqual({ status: "adopted", adoptedHouseholds: 14, adoptedAnswered: 1, adoptedQuorumPercent: 50, adoptedBeforeClosing: true, adoptedBy: "staff" });
    const notice = await getNotice(resident(first?.id ?? ""), agreement.id, ["nl"]);
    expect(notice?.adoption).toEqual({ households: 14, answered: 1, beforeClosing: true, together: false, by: "staff" });
  });

  test("enough answers after the closing date are agreed together; the quorum is set per agreement", async () => {
    const w = await world();
    const agreement = await openFor(w, new Date(Date.now() + 5 * day), 25);
    const people = await households(w, 4);
    await mutations.respond(resident(people[0]?.id ?? ""), agreement.id, { choice: "agree" });
    await prisma.agreementVersion.updateMany({ where: { agreementId: agreement.id }, data: { closesAt: new Date(Date.now() - day) } });
    await mutations.adopt(w.staff, agreement.id);
    expect((await getNotice(w.staff, agreement.id, ["nl"]))?.adoption).toMatchObject({ households: 4, answered: 1, together: true });
  });

  test("the adopt form needs the confirmation step", () => {
    expect(agreementActionSchema.safeParse({ intent: "adopt" }).success).toBe(false);
    expect(agreementActionSchema.safeParse({ intent: "adopt", confirm: "yes" }).success).toBe(true);
  });
});

describe("translations of an older Dutch text (issue 16: French residents read the old French text, unmarked)", () => {
  test("changing the Dutch marks the translation outdated, with the Dutch beside it, until an author updates or confirms it", async () => {
    const w = await world();
    const lucienne = await createUser(prisma, { locale: "fr", residence: { buildingId: w.building.id, unit: "1.01" } });
    const reader = residentActor(lucienne.id, { locale: "fr" });
    const agreement = await mutations.createAgreement(w.staff, {
      spaceId: w.spaceId("ontmoetingsruimte"),
      items: [{ text: "Na 22:00 is het stil.", frText: "Après 22h00, c'est le silence." }],
    });
    const draft = async () => (await getDraftForEditing(w.staff, agreement.id))?.items ?? [];
    const key = (await draft())[0]?.key ?? "";
    const french = async () => (await getAgreement(reader, agreement.id))?.items[0];
    expect(await french()).toMatchObject({ text: "Après 22h00, c'est le silence.", outdated: false, original: null });

    // The buurtwerker changes the Dutch and leaves the French as it was.
    await mutations.updateDraft(w.staff, agreement.id, { items: [{ key, text: "Na 22:00 is het stil, op vrijdag na 22:30.", frText: "Après 22h00, c'est le silence." }] });
    expect(await french()).toMatchObject({
      text: "Après 22h00, c'est le silence.",
      outdated: true,
      original: { text: "Na 22:00 is het stil, op vrijdag na 22:30.", explanation: null },
    });
    // Saving again without touching it changes nothing; a new version carries the mark along.
    await mutations.updateDraft(w.staff, agreement.id, { items: [{ key, text: "Na 22:00 is het stil, op vrijdag na 22:30.", frText: "Après 22h00, c'est le silence." }] });
    expect((await french())?.outdated).toBe(true);
    expect((await draft())[0]?.translations[0]).toMatchObject({ locale: "fr", sourceText: "Na 22:00 is het stil." });

    // Confirmed as still fitting: up to date again. A rewritten translation is up to date as well.
    await mutations.updateDraft(w.staff, agreement.id, { items: [{ key, text: "Na 22:00 is het stil, op vrijdag na 22:30.", frText: "Après 22h00, c'est le silence.", frConfirmed: true }] });
    expect(await french()).toMatchObject({ outdated: false, original: null });
    await mutations.updateDraft(w.staff, agreement.id, { items: [{ key, text: "Na 21:00 is het stil.", frText: "Après 22h00, c'est le silence." }] });
    expect((await french())?.outdated).toBe(true);
    await mutations.updateDraft(w.staff, agreement.id, { items: [{ key, text: "Na 21:00 is het stil.", frText: "Après 21h00, c'est le silence." }] });
    expect(await french()).toMatchObject({ text: "Après 21h00, c'est le silence.", outdated: false });
  });

  test("the hallway notice and the comparison mark an outdated translation too", async () => {
    const w = await world();
    const agreement = await createAgreement(prisma, {
      buildingId: w.building.id,
      spaceId: w.spaceId("ontmoetingsruimte"),
      createdById: w.worker.id,
      versions: [
        { status: "revised", items: [{ key: "a", text: "Na 22:00 is het stil.", translations: [{ locale: "fr", text: "Après 22h00, c'est le silence." }] }] },
        {
          status: "adopted",
          adoptedAt: new Date(),
          items: [{ key: "a", text: "Na 23:00 is het stil.", translations: [{ locale: "fr", text: "Après 22h00, c'est le silence.", sourceText: "Na 22:00 is het stil." }] }],
        },
      ],
    });
    const notice = await getNotice(w.staff, agreement.id, ["fr", "nl"]);
    expect(notice?.languages[0]?.items[0]).toMatchObject({ outdated: true, original: { text: "Na 23:00 is het stil." } });
    expect(notice?.languages[1]?.items[0]).toMatchObject({ text: "Na 23:00 is het stil.", outdated: false });
    const comparison = await getComparison(staffActor(w.worker.id, [w.neighbourhood.id], { locale: "fr" }), agreement.id, 1, 2);
    expect(comparison?.entries[0]).toMatchObject({ kind: "changed", after: { outdated: true, original: { text: "Na 23:00 is het stil." } } });
  });
});

describe("review reminders", () => {
  test("the author is reminded once per review date, also when the job runs twice at once", async () => {
    const w = await world();
    const author = await createUser(prisma, { email: `auteur-${Date.now()}@example.test`, roles: ["buurtwerker"] });
    await createAgreement(prisma, {
      buildingId: w.building.id,
      spaceId: w.spaceId("ontmoetingsruimte"),
      createdById: author.id,
      reviewDate: new Date(Date.now() + 3 * day),
      versions: [{ status: "adopted", adoptedAt: new Date(Date.now() - 300 * day), items: [{ key: "a", text: "Stil na 22:00" }] }],
    });
    await Promise.all([mutations.sendReviewReminders(), mutations.sendReviewReminders()]);
    await mutations.sendReviewReminders();
    expect(await prisma.outboxMessage.count({ where: { to: author.email ?? "", kind: "agreement-review" } })).toBe(1);
  });
});
