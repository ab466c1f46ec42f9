import { DateTime } from "luxon";
import { afterAll, describe, expect, test } from "vitest";
import { createPlace, createUser } from "#tests/fixtures/factories";
import { createActivity } from "#tests/fixtures/activities";
import { createBookingRow, makeBookable } from "#tests/fixtures/agreements";
import { startSmtpServer } from "#tests/setup/smtp";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma } = await import("~/utils/db.server");
const { createBooking, cancelBooking, saveBookingSettings, performBookingAction } = await import("~/features/bookings/mutations.server");
const { getBookingPage } = await import("~/features/bookings/queries.server");
const { AppError } = await import("~/utils/app-error");
const { actingActor, residentActor, staffActor } = await import("#tests/fixtures/actors");
const { everyDay, localSlot } = await import("~/features/bookings/rules");

afterAll(() => smtp.close());

const resident = (userId: string) => residentActor(userId);

/** A building with a bookable common room in a neighbourhood of its own, with the buurtwerker who works there. */
async function world() {
  const { building, neighbourhood } = await createPlace(prisma);
  const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
  const spaceId = (slug: string) => building.spaces.find((s) => s.slug === slug)?.id ?? "";
  const slug = (await prisma.building.findUniqueOrThrow({ where: { id: building.id }, select: { slug: true } })).slug;
  const room = { buildingSlug: slug, spaceSlug: "ontmoetingsruimte" };
  return { building, neighbourhood, slug, room, worker, spaceId, staff: staffActor(worker.id, [neighbourhood.id]) };
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
    const input = (slot: ReturnType<typeof nextWeek>) => ({ ...w.room, kind: "booking" as const, purpose: "Vergadering", slot });
    const first = await createBooking(resident(a.id), input(nextWeek(3, "10:00", "12:00")));
    await createBooking(resident(a.id), input(nextWeek(3, "12:00", "13:00")));
    // A taken slot is the one domain error type, with its translation key and 409.
    const taken = createBooking(resident(a.id), input(nextWeek(3, "11:00", "12:30")));
    await expect(taken).rejects.toBeInstanceOf(AppError);
    await expect(taken).rejects.toMatchObject({ code: "agreements:errors.overlap", status: 409 });
    await cancelBooking(resident(a.id), w.room, first.id, undefined);
    await expect(createBooking(resident(a.id), input(nextWeek(3, "10:00", "11:00")))).resolves.toBeTruthy();
  });

  test("outsiders cannot book; residents cannot block; hours and length are checked on the server", async () => {
    const w = await world();
    await makeBookable(prisma, w.spaceId("ontmoetingsruimte"), { opensAt: "09:00", closesAt: "22:00", maxMinutes: 120 });
    const other = await world();
    const outsider = await createUser(prisma, { residence: { buildingId: other.building.id, unit: "1.01" } });
    const inside = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.01" } });
    const input = (kind: "booking" | "block", slot: ReturnType<typeof nextWeek>) => ({ ...w.room, kind, purpose: "Feest", slot });
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
    const booking = await createBooking(resident(person.id), { ...w.room, kind: "booking", purpose: "Fête", slot: nextWeek(4, "15:00", "16:00") });
    await cancelBooking(w.staff, w.room, booking.id, "La salle est repeinte.");
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: person.email ?? "", kind: "booking-cancelled" } });
    expect(mail.subject).toContain("annulée");
    expect(mail.text).toContain("La salle est repeinte.");
  });

  test("only staff of the neighbourhood change the booking settings", async () => {
    const w = await world();
    const elsewhere = await world();
    const inside = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.01" } });
    // Hours per weekday: Friday until 23:00, Sunday closed.
    const settings = { hours: { ...everyDay({ opensAt: "10:00", closesAt: "20:00" }), fri: { opensAt: "10:00", closesAt: "23:00" }, sun: null }, maxMinutes: 180, active: true };
    await expect(saveBookingSettings(resident(inside.id), w.room, settings)).rejects.toMatchObject({ status: 403 });
    await expect(saveBookingSettings(elsewhere.staff, w.room, settings)).rejects.toMatchObject({ status: 403 });
    expect(await prisma.bookableSpace.count({ where: { spaceId: w.spaceId("ontmoetingsruimte") } })).toBe(0);
    await saveBookingSettings(w.staff, w.room, settings);
    expect(await prisma.bookableSpace.findUniqueOrThrow({ where: { spaceId: w.spaceId("ontmoetingsruimte") }, select: { hours: true, maxMinutes: true, active: true } })).toEqual({
      hours: "mon=10:00-20:00,tue=10:00-20:00,wed=10:00-20:00,thu=10:00-20:00,fri=10:00-23:00,sat=10:00-20:00",
      maxMinutes: 180,
      active: true,
    });
  });
});

describe("activities in the room and hours per weekday (issue 16: booked 14:30-15:30 during the Breicafé, 14-16, and the week said 'Vrij')", () => {
  test("an activity in the space blocks it in the week view and on booking; a cancelled date frees it", async () => {
    const w = await world();
    await makeBookable(prisma, w.spaceId("ontmoetingsruimte"));
    const inside = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.01" } });
    const wednesday = nextWeek(2, "14:00", "16:00");
    const date = DateTime.fromJSDate(wednesday.startsAt, { zone: "Europe/Brussels" }).toISODate() ?? "";
    const breicafe = await createActivity(prisma, {
      title: "Breicafé",
      neighbourhoodId: w.neighbourhood.id,
      spaceId: w.spaceId("ontmoetingsruimte"),
      createdById: w.worker.id,
      date,
      startTime: "14:00",
      endTime: "16:00",
    });
    const input = (slot: ReturnType<typeof nextWeek>, kind: "booking" | "block" = "booking") => ({ ...w.room, kind, purpose: "Verjaardag", slot });

    const page = await getBookingPage(resident(inside.id), w.slug, "ontmoetingsruimte", date);
    const day = page?.week.days.find((d) => d.day === date);
    expect(day?.activities).toEqual([{ id: breicafe.occurrences[0]?.id, startsAt: wednesday.startsAt, endsAt: wednesday.endsAt, title: "Breicafé" }]);
    await expect(createBooking(resident(inside.id), input(nextWeek(2, "14:30", "15:30")))).rejects.toMatchObject({ code: "agreements:errors.activityThen", status: 409 });
    await expect(createBooking(resident(inside.id), input(nextWeek(2, "13:00", "14:30")))).rejects.toMatchObject({ code: "agreements:errors.activityThen" });
    await expect(createBooking(w.staff, input(nextWeek(2, "15:00", "17:00"), "block"))).rejects.toMatchObject({ code: "agreements:errors.activityThen" });
    // Right after it, the room is free.
    await expect(createBooking(resident(inside.id), input(nextWeek(2, "16:00", "17:00")))).resolves.toBeTruthy();
    // An activity elsewhere (no space, or another room) takes nothing here.
    await createActivity(prisma, { title: "Wandeling", neighbourhoodId: w.neighbourhood.id, createdById: w.worker.id, date, startTime: "10:00", endTime: "12:00" });
    await expect(createBooking(resident(inside.id), input(nextWeek(2, "10:00", "11:00")))).resolves.toBeTruthy();
    // The date is called off: the room is free then.
    await prisma.occurrence.update({ where: { id: breicafe.occurrences[0]?.id ?? "" }, data: { status: "cancelled" } });
    await expect(createBooking(resident(inside.id), input(nextWeek(2, "14:30", "15:30")))).resolves.toBeTruthy();
    const after = await getBookingPage(resident(inside.id), w.slug, "ontmoetingsruimte", date);
    expect(after?.week.days.find((d) => d.day === date)?.activities).toEqual([]);
  });

  test("an activity only for another building's residents shows as taken, without its title", async () => {
    const w = await world();
    await makeBookable(prisma, w.spaceId("ontmoetingsruimte"));
    const inside = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.01" } });
    const other = await createPlace(prisma);
    const slot = nextWeek(3, "18:00", "20:00");
    const date = DateTime.fromJSDate(slot.startsAt, { zone: "Europe/Brussels" }).toISODate() ?? "";
    await createActivity(prisma, {
      title: "Geheime vergadering",
      neighbourhoodId: w.neighbourhood.id,
      spaceId: w.spaceId("ontmoetingsruimte"),
      createdById: w.worker.id,
      audience: "building",
      audienceBuildingId: other.building.id,
      date,
      startTime: "18:00",
      endTime: "20:00",
    });
    const page = await getBookingPage(resident(inside.id), w.slug, "ontmoetingsruimte", date);
    expect(page?.week.days.find((d) => d.day === date)?.activities).toMatchObject([{ title: null }]);
  });

  test("Friday and Saturday until 23:00, the other days until 22:00, Sunday closed", async () => {
    const w = await world();
    const weekdaysLate = "mon=09:00-22:00,tue=09:00-22:00,wed=09:00-22:00,thu=09:00-22:00,fri=09:00-23:00,sat=09:00-23:00";
    await makeBookable(prisma, w.spaceId("ontmoetingsruimte"), { hours: weekdaysLate });
    const inside = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.01" } });
    const input = (slot: ReturnType<typeof nextWeek>) => ({ ...w.room, kind: "booking" as const, purpose: "Feest", slot });
    await expect(createBooking(resident(inside.id), input(nextWeek(4, "20:00", "23:00")))).resolves.toBeTruthy();
    await expect(createBooking(resident(inside.id), input(nextWeek(3, "20:00", "23:00")))).rejects.toMatchObject({ code: "agreements:errors.outsideHours" });
    await expect(createBooking(resident(inside.id), input(nextWeek(6, "10:00", "12:00")))).rejects.toMatchObject({ code: "agreements:errors.closedThatDay" });
    const page = await getBookingPage(resident(inside.id), w.slug, "ontmoetingsruimte", null, new Date(nextWeek(0, "10:00", "11:00").startsAt));
    expect(page?.week.days.map((d) => d.hours)).toEqual([
      ...Array.from({ length: 4 }, () => ({ opensAt: "09:00", closesAt: "22:00" })),
      { opensAt: "09:00", closesAt: "23:00" },
      { opensAt: "09:00", closesAt: "23:00" },
      null,
    ]);
  });
});

describe("staff work in their own neighbourhood", () => {
  test("a buurtwerker of another neighbourhood sees no week, cannot block and cannot cancel a resident's booking", async () => {
    const w = await world();
    const elsewhere = await world();
    await makeBookable(prisma, w.spaceId("ontmoetingsruimte"));
    const person = await createUser(prisma, { displayName: "Ilse Boeker", residence: { buildingId: w.building.id, unit: "1.01" } });
    const slot = nextWeek(2, "14:00", "16:00");
    const booking = await createBookingRow(prisma, { spaceId: w.spaceId("ontmoetingsruimte"), userId: person.id, purpose: "Verjaardag", ...slot });
    const week = slot.startsAt.toISOString().slice(0, 10);

    expect(await getBookingPage(elsewhere.staff, w.slug, "ontmoetingsruimte", week)).toBeNull();
    await expect(cancelBooking(elsewhere.staff, w.room, booking.id, "Weg ermee")).rejects.toMatchObject({ status: 403 });
    await expect(createBooking(elsewhere.staff, { ...w.room, kind: "block", purpose: "Poetsen", slot: nextWeek(2, "07:00", "08:00") })).rejects.toMatchObject({ status: 403 });
    // Not through another space's address either: the booking must belong to the space of the page.
    await makeBookable(prisma, elsewhere.spaceId("ontmoetingsruimte"));
    await expect(cancelBooking(elsewhere.staff, elsewhere.room, booking.id, undefined)).rejects.toMatchObject({ status: 403 });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { status: true } })).toEqual({ status: "active" });
    expect(await prisma.booking.count({ where: { spaceId: w.spaceId("ontmoetingsruimte"), kind: "block" } })).toBe(0);

    // The neighbourhood's own buurtwerker and an admin see who booked.
    for (const staff of [w.staff, staffActor("beheerder-wijkhuis", "all")]) {
      const page = await getBookingPage(staff, w.slug, "ontmoetingsruimte", week);
      const shown = page?.week.days.flatMap((d) => d.bookings) ?? [];
      expect(shown.map((b) => b.name)).toEqual(["Ilse Boeker"]);
    }
    // Another resident of the building sees that it is taken, not by whom or why.
    const neighbour = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "1.02" } });
    const forNeighbour = (await getBookingPage(resident(neighbour.id), w.slug, "ontmoetingsruimte", week))?.week.days.flatMap((d) => d.bookings);
    expect(forNeighbour?.map((b) => [b.name, b.purpose])).toEqual([[null, null]]);
    await expect(cancelBooking(resident(neighbour.id), w.room, booking.id, undefined)).rejects.toMatchObject({ status: 403 });
  });

  test("a booking made and cancelled while a buurtwerker acts for the resident is on the record; staff see who helped", async () => {
    const w = await world();
    await makeBookable(prisma, w.spaceId("ontmoetingsruimte"));
    const person = await createUser(prisma, { displayName: "Omar Zonder Mail", email: null, residence: { buildingId: w.building.id, unit: "3.01" } });
    const session = await prisma.actingSession.create({ data: { staffId: w.worker.id, residentId: person.id }, select: { id: true } });
    const acting = actingActor(w.worker.id, person.id, session.id);
    const date = nextWeek(3, "10:00", "12:00").startsAt.toISOString().slice(0, 10);
    await performBookingAction(acting, w.room, { intent: "book", date, start: "10:00", end: "12:00", purpose: "Verjaardag" });
    const booking = await prisma.booking.findFirstOrThrow({ where: { userId: person.id }, select: { id: true, assistedById: true } });
    expect(booking.assistedById).toBe(w.worker.id);

    const page = await getBookingPage(w.staff, w.slug, "ontmoetingsruimte", date);
    const shown = page?.week.days.flatMap((d) => d.bookings) ?? [];
    expect(shown.map((b) => [b.name, b.assistedBy])).toEqual([["Omar Zonder Mail", w.worker.displayName]]);
    // The resident's neighbours see neither.
    const neighbour = await createUser(prisma, { residence: { buildingId: w.building.id, unit: "3.02" } });
    const forNeighbour = (await getBookingPage(resident(neighbour.id), w.slug, "ontmoetingsruimte", date))?.week.days.flatMap((d) => d.bookings);
    expect(forNeighbour?.map((b) => b.assistedBy)).toEqual([null]);

    await performBookingAction(acting, w.room, { intent: "cancel", bookingId: booking.id, message: undefined });
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { status: true, assistedById: true } })).toEqual({ status: "cancelled", assistedById: w.worker.id });
    const events = await prisma.actingEvent.findMany({ where: { actingSessionId: session.id }, orderBy: { action: "asc" }, select: { action: true, subject: true } });
    expect(events).toEqual([
      { action: "bookings.book", subject: "Ontmoetingsruimte" },
      { action: "bookings.cancel", subject: "Ontmoetingsruimte" },
    ]);
  });
});
