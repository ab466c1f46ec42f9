// Writes for booking a shared space. Each takes the Actor and asks the permission rules itself. The overlap check
// and the insert happen in one transaction that first takes the write lock on the space, so two people booking the
// same slot at once get one booking.
import { createElement } from "react";
import type { PrismaClient } from "@prisma/client";
import { BookingCancelledEmail } from "#emails/booking-cancelled";
import { occurrencesInSpace } from "~/features/activities/queries.server";
import { buildingAccessSelect, buildingSubject } from "~/features/agreements/queries.server";
import { noteActing } from "~/utils/acting.server";
import { assistant, type Actor } from "~/utils/actor";
import { AppError } from "~/utils/app-error";
import { prisma } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/email.server";
import { env } from "~/utils/env.server";
import { isLocale, localeTags, type Locale } from "~/utils/i18n";
import { getFixedT } from "~/utils/i18n.server";
import { can, type SpaceSubject } from "./permissions";
import { spaceWhere } from "./queries.server";
import { allDay, checkBookingInWeek, findConflict, formatWeekHours, localSlot, parseWeekHours, type Slot, type WeekHours } from "./rules";
import type { BookingAction } from "./schema";

/** Not theirs to do, or the space is not there for them at all. */
const refused = () => new AppError("agreements:errors.forbidden", { status: 403 });

type SpaceAddress = { buildingSlug: string; spaceSlug: string };
type Db = PrismaClient;

/** The space with what the permission rules need to know of its building, for this person. */
async function loadSpace(db: Db, actor: Actor, { buildingSlug, spaceSlug }: SpaceAddress) {
  const space = await db.space.findFirst({
    where: spaceWhere(actor, buildingSlug, spaceSlug),
    select: {
      id: true,
      name: true,
      building: { select: buildingAccessSelect(actor) },
      bookable: { select: { active: true, hours: true, maxMinutes: true } },
    },
  });
  if (!space) throw refused();
  const subject: SpaceSubject = buildingSubject(space.building);
  return { ...space, subject };
}

export async function saveBookingSettings(actor: Actor, address: SpaceAddress, settings: { hours: WeekHours; maxMinutes: number; active: boolean }) {
  const space = await loadSpace(prisma, actor, address);
  if (!can(actor, "changeSettings", space.subject)) throw refused();
  const values = { hours: formatWeekHours(settings.hours), maxMinutes: settings.maxMinutes, active: settings.active };
  await prisma.bookableSpace.upsert({ where: { spaceId: space.id }, create: { spaceId: space.id, ...values }, update: values });
}

/**
 * Books a slot (kind "booking" for residents, "block" for staff keeping the room free). Returns the new booking;
 * a taken slot is an AppError with status 409.
 */
export async function createBooking(
  actor: Actor,
  input: SpaceAddress & { kind: "booking" | "block"; purpose: string; slot: Slot },
  {
    now = new Date(),
    db = prisma,
    holdMs = 0,
  }: {
    now?: Date;
    db?: Db;
    /** Keeps the transaction open between the check and the insert: the concurrency test uses it to make two bookings really overlap. */
    holdMs?: number;
  } = {},
) {
  const space = await loadSpace(db, actor, input);
  if (!can(actor, input.kind === "block" ? "block" : "book", space.subject)) throw refused();
  if (!space.bookable?.active) throw new AppError("agreements:errors.notBookable", { status: 409 });
  // Staff may block outside the hours (e.g. cleaning at 07:00); residents stay within the hours of that weekday.
  const problem = checkBookingInWeek(
    input.slot,
    input.kind === "block" ? { hours: allDay, maxMinutes: 24 * 60 } : { hours: parseWeekHours(space.bookable.hours), maxMinutes: space.bookable.maxMinutes },
    now,
  );
  if (problem) throw new AppError(problem);
  const spaceId = space.id;
  return db.$transaction(
    async (tx) => {
      // Writing first takes SQLite's write lock (a row lock in PostgreSQL) before we read: a second
      // booking of this space waits here until the first one is committed, then sees it.
      await tx.bookableSpace.update({ where: { spaceId }, data: { updatedAt: new Date() } });
      const existing = await tx.booking.findMany({
        where: {
          spaceId,
          status: "active",
          startsAt: { lt: input.slot.endsAt },
          endsAt: { gt: input.slot.startsAt },
        },
        select: { id: true, startsAt: true, endsAt: true },
      });
      if (findConflict(input.slot, existing)) throw new AppError("agreements:errors.overlap", { status: 409 });
      // An activity in the room takes it as much as a booking does (issue 16: booked during the Breicafé).
      if (findConflict(input.slot, await occurrencesInSpace(tx, spaceId, { from: input.slot.startsAt, to: input.slot.endsAt }))) {
        throw new AppError("agreements:errors.activityThen", { status: 409 });
      }
      if (holdMs) await new Promise((resolve) => setTimeout(resolve, holdMs));
      const booking = await tx.booking.create({
        data: {
          spaceId,
          userId: actor.user.id,
          kind: input.kind,
          purpose: input.purpose,
          startsAt: input.slot.startsAt,
          endsAt: input.slot.endsAt,
          assistedById: assistant(actor),
        },
        select: { id: true, startsAt: true, endsAt: true },
      });
      await noteActing(tx, actor, "bookings.book", space.name);
      return booking;
    },
    // The second booker waits for the first one's lock (busy_timeout is 5 s).
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/**
 * Cancels a booking of this space: the booker their own, staff of the neighbourhood any, and then the resident
 * gets their message by email.
 */
export async function cancelBooking(actor: Actor, address: SpaceAddress, bookingId: string, message: string | undefined, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const booking = await tx.booking.findFirst({
      where: { id: bookingId, status: "active", space: { space: spaceWhere(actor, address.buildingSlug, address.spaceSlug) } },
      select: {
        id: true,
        userId: true,
        startsAt: true,
        user: { select: { email: true, locale: true } },
        space: { select: { space: { select: { name: true, slug: true, building: { select: { slug: true, ...buildingAccessSelect(actor) } } } } } },
      },
    });
    if (!booking) throw refused();
    const space = booking.space.space;
    const own = can(actor, "cancelOwn", { bookerId: booking.userId });
    if (!own && !can(actor, "cancelAny", buildingSubject(space.building))) throw refused();
    await tx.booking.update({
      where: { id: booking.id },
      data: { status: "cancelled", cancelledAt: now, cancelMessage: message ?? null, assistedById: assistant(actor) },
    });
    await noteActing(tx, actor, "bookings.cancel", space.name);
    const email = booking.user.email;
    if (own || !email) return;
    const locale: Locale = isLocale(booking.user.locale) ? booking.user.locale : "nl";
    const t = getFixedT(locale, "agreements");
    const when = new Intl.DateTimeFormat(localeTags[locale], {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: "Europe/Brussels",
    }).format(booking.startsAt);
    await enqueueEmail(tx, {
      to: email,
      kind: "booking-cancelled",
      subject: t("email.bookingCancelledSubject", { space: space.name }),
      body: createElement(BookingCancelledEmail, {
        lang: locale,
        t,
        space: space.name,
        when,
        message: message ?? null,
        link: new URL(`/afspraken/gebouw/${space.building.slug}/${space.slug}/reserveren`, env.APP_URL).toString(),
      }),
    });
  });
}

/** One entry point for the forms on a space's booking page (route stays thin). */
export async function performBookingAction(actor: Actor, address: SpaceAddress, action: BookingAction) {
  if (action.intent === "cancel") {
    await cancelBooking(actor, address, action.bookingId, action.message);
    return;
  }
  const slot = localSlot(action.date, action.start, action.end);
  if (!slot.ok) throw new AppError(slot.error);
  await createBooking(actor, { ...address, kind: action.intent === "block" ? "block" : "booking", purpose: action.purpose, slot: slot.slot });
}
