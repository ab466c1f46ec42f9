// Booking a shared space. The overlap check and the insert happen in one transaction that first
// takes the write lock on the space, so two people booking the same slot at once get one booking.
import { createElement } from "react";
import type { PrismaClient } from "@prisma/client";
import { BookingCancelledEmail } from "#emails/booking-cancelled";
import { prisma } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/email.server";
import { env } from "~/utils/env.server";
import { isLocale, localeTags, type Locale } from "~/utils/i18n";
import { getFixedT } from "~/utils/i18n.server";
import { AgreementError } from "./mutations.server";
import type { Asker } from "./queries.server";
import { checkBooking, findConflict, weekDays, type Slot } from "./rules";

export class BookingConflictError extends AgreementError {
  constructor() {
    super("agreements:errors.overlap", 409);
  }
}

function spaceWhere(asker: Asker, buildingSlug: string, spaceSlug: string) {
  return {
    slug: spaceSlug,
    building: {
      slug: buildingSlug,
      ...(asker.isStaff ? {} : { residences: { some: { userId: asker.userId, movedOutAt: null } } }),
    },
  };
}

/** The booking page: settings, the week's bookings (names for staff only) and my own next bookings. */
export async function getBookingPage(
  asker: Asker,
  buildingSlug: string,
  spaceSlug: string,
  week: string | null,
  now = new Date(),
) {
  const space = await prisma.space.findFirst({
    where: spaceWhere(asker, buildingSlug, spaceSlug),
    select: {
      id: true,
      name: true,
      slug: true,
      building: { select: { name: true, slug: true } },
      agreement: { select: { id: true } },
      bookable: { select: { active: true, opensAt: true, closesAt: true, maxMinutes: true } },
    },
  });
  if (!space) return null;
  const range = weekDays(week, now);
  const [bookings, mine] = await Promise.all([
    prisma.booking.findMany({
      where: { spaceId: space.id, status: "active", startsAt: { lt: range.to }, endsAt: { gt: range.from } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        kind: true,
        purpose: true,
        startsAt: true,
        endsAt: true,
        userId: true,
        user: { select: { displayName: true } },
      },
    }),
    prisma.booking.findMany({
      where: { spaceId: space.id, userId: asker.userId, status: "active", endsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      take: 10,
      select: { id: true, purpose: true, startsAt: true, endsAt: true },
    }),
  ]);
  return {
    space,
    week: range,
    bookings: bookings.map((b) => ({
      id: b.id,
      kind: b.kind,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      mine: b.userId === asker.userId,
      // What a booking is for and who made it stays between the resident and the buurtwerker.
      purpose: asker.isStaff || b.userId === asker.userId || b.kind === "block" ? b.purpose : null,
      name: asker.isStaff ? b.user.displayName : null,
    })),
    mine,
  };
}

export async function saveBookingSettings(
  asker: Asker,
  buildingSlug: string,
  spaceSlug: string,
  settings: { opensAt: string; closesAt: string; maxMinutes: number; active: boolean },
) {
  if (!asker.isStaff) throw new AgreementError("agreements:errors.forbidden", 403);
  const space = await prisma.space.findFirst({
    where: spaceWhere(asker, buildingSlug, spaceSlug),
    select: { id: true },
  });
  if (!space) throw new AgreementError("agreements:errors.notFound", 404);
  await prisma.bookableSpace.upsert({
    where: { spaceId: space.id },
    create: { spaceId: space.id, ...settings },
    update: settings,
  });
}

type Db = PrismaClient;

/**
 * Books a slot (kind "booking" for residents, "block" for staff keeping the room free).
 * Returns the new booking; throws BookingConflictError when the slot is taken.
 */
export async function createBooking(
  asker: Asker,
  input: { buildingSlug: string; spaceSlug: string; kind: "booking" | "block"; purpose: string; slot: Slot },
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
  if (input.kind === "block" && !asker.isStaff) throw new AgreementError("agreements:errors.forbidden", 403);
  const space = await db.space.findFirst({
    where: spaceWhere(asker, input.buildingSlug, input.spaceSlug),
    select: {
      id: true,
      bookable: { select: { active: true, opensAt: true, closesAt: true, maxMinutes: true } },
    },
  });
  if (!space) throw new AgreementError("agreements:errors.forbidden", 403);
  if (!space.bookable?.active) throw new AgreementError("agreements:errors.notBookable", 409);
  // Staff may block outside the hours (e.g. cleaning at 07:00); residents stay within them.
  const problem = checkBooking(
    input.slot,
    input.kind === "block" ? { opensAt: "00:00", closesAt: "23:59", maxMinutes: 24 * 60 } : space.bookable,
    now,
  );
  if (problem) throw new AgreementError(problem);
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
      if (findConflict(input.slot, existing)) throw new BookingConflictError();
      if (holdMs) await new Promise((resolve) => setTimeout(resolve, holdMs));
      return tx.booking.create({
        data: {
          spaceId,
          userId: asker.userId,
          kind: input.kind,
          purpose: input.purpose,
          startsAt: input.slot.startsAt,
          endsAt: input.slot.endsAt,
        },
        select: { id: true, startsAt: true, endsAt: true },
      });
    },
    // The second booker waits for the first one's lock (busy_timeout is 5 s).
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/** A resident cancels their own booking; staff cancel any, and the resident gets their message by email. */
export async function cancelBooking(
  asker: Asker,
  bookingId: string,
  message: string | undefined,
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    const booking = await tx.booking.findFirst({
      where: { id: bookingId, status: "active", ...(asker.isStaff ? {} : { userId: asker.userId }) },
      select: {
        id: true,
        userId: true,
        startsAt: true,
        endsAt: true,
        user: { select: { email: true, locale: true } },
        space: {
          select: { space: { select: { name: true, slug: true, building: { select: { slug: true } } } } },
        },
      },
    });
    if (!booking) throw new AgreementError("agreements:errors.forbidden", 403);
    await tx.booking.update({
      where: { id: booking.id },
      data: { status: "cancelled", cancelledAt: now, cancelMessage: message ?? null },
    });
    const email = booking.user.email;
    if (booking.userId === asker.userId || !email) return;
    const locale: Locale = isLocale(booking.user.locale) ? booking.user.locale : "nl";
    const t = getFixedT(locale, "agreements");
    const space = booking.space.space;
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
        link: new URL(
          `/afspraken/gebouw/${space.building.slug}/${space.slug}/reserveren`,
          env.APP_URL,
        ).toString(),
      }),
    });
  });
}
