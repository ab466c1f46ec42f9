import { DateTime } from "luxon";
import { afterAll, describe, expect, test } from "vitest";
import { createPlace, createUser } from "#tests/fixtures/factories";
import { createAgreement, makeBookable } from "#tests/fixtures/agreements";
import { startSmtpServer } from "#tests/setup/smtp";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma } = await import("~/utils/db.server");
const mutations = await import("~/features/agreements/mutations.server");
const { createBooking, cancelBooking, saveBookingSettings, BookingConflictError } = await import("~/features/agreements/bookings.server");
const { getAgreement, getOverview, toAsker } = await import("~/features/agreements/queries.server");
const { residentActor, staffActor } = await import("#tests/fixtures/actors");
const { localSlot } = await import("~/features/agreements/rules");

afterAll(() => smtp.close());

const resident = (userId: string) => toAsker(residentActor(userId));
const staff = toAsker(staffActor("", "all"));
const day = 86_400_000;

async function world() {
  const { building } = await createPlace(prisma);
  const worker = await createUser(prisma, { roles: ["buurtwerker"] });
  const spaceId = (slug: string) => building.spaces.find((s) => s.slug === slug)?.id ?? "";
  const slug = (await prisma.building.findUniqueOrThrow({ where: { id: building.id }, select: { slug: true } })).slug;
  return { building, slug, worker, spaceId, staff: { ...staff, userId: worker.id } };
}

function nextWeek(day: number, from: string, to: string) {
  const date = DateTime.now().setZone("Europe/Brussels").startOf("week").plus({ weeks: 1, days: day }).toISODate() ?? "";
  const slot = localSlot(date, from, to);
  if (!slot.ok) throw new Error(slot.error);
  return slot.slot;
}

describe("booking a shared space", () => {
  test("touching slots are fine; a cancelled booking frees its slot", async () => {
    const w = await world();
    await makeBookable(prisma, w.spaceId("ontmoetingsruimte"));
    const a = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "2.01" } });
    const input = (slot: ReturnType<typeof nextWeek>) => ({ buildingSlug: w.slug, spaceSlug: "ontmoetingsruimte", kind: "booking" as const, purpose: "Vergadering", slot });
    const first = await createBooking(resident(a.id), input(nextWeek(3, "10:00", "12:00")));
    await createBooking(resident(a.id), input(nextWeek(3, "12:00", "13:00")));
    await expect(createBooking(resident(a.id), input(nextWeek(3, "11:00", "12:30")))).rejects.toBeInstanceOf(BookingConflictError);
    await cancelBooking(resident(a.id), first.id, undefined);
    await expect(createBooking(resident(a.id), input(nextWeek(3, "10:00", "11:00")))).resolves.toBeTruthy();
  });

  test("outsiders cannot book; residents cannot block; hours and length are checked on the server", async () => {
    const w = await world();
    await makeBookable(prisma, w.spaceId("ontmoetingsruimte"), { opensAt: "09:00", closesAt: "22:00", maxMinutes: 120 });
    const other = await world();
    const outsider = await createUser(prisma, { residence: { buildingId: other.building.id, unit: "1.01" } });
    const inside = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.01" } });
    const input = (kind: "booking" | "block", slot: ReturnType<typeof nextWeek>) => ({ buildingSlug: w.slug, spaceSlug: "ontmoetingsruimte", kind, purpose: "Feest", slot });
    await expect(createBooking(resident(outsider.id), input("booking", nextWeek(1, "10:00", "11:00")))).rejects.toMatchObject({ status: 403 });
    await expect(createBooking(resident(inside.id), input("block", nextWeek(1, "10:00", "11:00")))).rejects.toMatchObject({ status: 403 });
    await expect(createBooking(resident(inside.id), input("booking", nextWeek(1, "21:00", "22:30")))).rejects.toMatchObject({ message: "agreements:errors.outsideHours" });
    await expect(createBooking(resident(inside.id), input("booking", nextWeek(1, "10:00", "13:00")))).rejects.toMatchObject({ message: "agreements:errors.tooLong" });
    // Staff may block early in the morning, outside the residents' hours.
    await expect(createBooking(w.staff, input("block", nextWeek(1, "07:00", "09:00")))).resolves.toBeTruthy();
  });

  test("a buurtwerker's cancellation is mailed to the resident with the message", async () => {
    const w = await world();
    await makeBookable(prisma, w.spaceId("ontmoetingsruimte"));
    const person = await createUser(prisma, { email: `boek-${Date.now()}@example.test`, locale: "fr", residence: { buildingId: w.building.id, unit: "1.01" } });
    const booking = await createBooking(resident(person.id), { buildingSlug: w.slug, spaceSlug: "ontmoetingsruimte", kind: "booking", purpose: "Fête", slot: nextWeek(4, "15:00", "16:00") });
    await cancelBooking(w.staff, booking.id, "La salle est repeinte.");
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: person.email ?? "", kind: "booking-cancelled" } });
    expect(mail.subject).toContain("annulée");
    expect(mail.text).toContain("La salle est repeinte.");
  });
});

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
    expect(seenByResident?.staff).toBeNull();
    const seenByStaff = await getAgreement(w.staff, agreement.id);
    expect(seenByStaff?.objections.find((o) => o.reason === "Te streng")?.name).toBe("Ben Flat");
    expect(seenByStaff?.staff?.consents.find((c) => c.unit === "3.03")?.method).toBe("paper");
    expect(await prisma.agreementResponse.count({ where: { version: { agreementId: agreement.id } } })).toBe(3);
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

describe("comments and settings", () => {
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

  test("only staff change the booking settings", async () => {
    const w = await world();
    const inside = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.01" } });
    const settings = { opensAt: "10:00", closesAt: "20:00", maxMinutes: 180, active: true };
    await expect(saveBookingSettings(resident(inside.id), w.slug, "ontmoetingsruimte", settings)).rejects.toMatchObject({ status: 403 });
    await saveBookingSettings(w.staff, w.slug, "ontmoetingsruimte", settings);
    expect(await prisma.bookableSpace.findUniqueOrThrow({ where: { spaceId: w.spaceId("ontmoetingsruimte") }, select: { opensAt: true, closesAt: true, maxMinutes: true, active: true } })).toEqual({
      opensAt: "10:00",
      closesAt: "20:00",
      maxMinutes: 180,
      active: true,
    });
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
