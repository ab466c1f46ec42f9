// Reads for booking a shared space: only spaces of the buildings the person may see (visibleBuildings).
import type { Prisma } from "@prisma/client";
import { occurrencesInSpace } from "~/features/activities/queries.server";
import { buildingAccessSelect, buildingSubject, visibleBuildings } from "~/features/agreements/queries.server";
import type { Actor } from "~/utils/actor";
import { localDate } from "~/utils/dates";
import { prisma } from "~/utils/db.server";
import { can } from "./permissions";
import { parseWeekHours, weekDays, weekdayOf } from "./rules";

/** A space by its address (/afspraken/gebouw/<building>/<space>), among the buildings this person may see. */
export function spaceWhere(actor: Actor, buildingSlug: string, spaceSlug: string): Prisma.SpaceWhereInput {
  return { slug: spaceSlug, building: { slug: buildingSlug, ...visibleBuildings(actor) } };
}

/**
 * The booking page: settings, the week's bookings day by day (who and what for only for staff of the
 * neighbourhood, with who helped) and my own next bookings. Null when the space is not there for this person.
 */
export async function getBookingPage(actor: Actor, buildingSlug: string, spaceSlug: string, week: string | null, now = new Date()) {
  const space = await prisma.space.findFirst({
    where: spaceWhere(actor, buildingSlug, spaceSlug),
    select: {
      id: true,
      name: true,
      slug: true,
      buildingId: true,
      building: { select: { name: true, slug: true, ...buildingAccessSelect(actor) } },
      agreement: { select: { id: true } },
      bookable: { select: { active: true, hours: true, maxMinutes: true } },
    },
  });
  if (!space) return null;
  const access = buildingSubject(space.building);
  const names = can(actor, "seeNames", access);
  const range = weekDays(week, now);
  const [bookings, mine, activities] = await Promise.all([
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
        assistedBy: { select: { displayName: true } },
      },
    }),
    prisma.booking.findMany({
      where: { spaceId: space.id, userId: actor.user.id, status: "active", endsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      take: 10,
      select: { id: true, purpose: true, startsAt: true, endsAt: true },
    }),
    occurrencesInSpace(prisma, space.id, range),
  ]);
  // Activities in the room take it too. Their title, unless the activity is only for another building's residents.
  const held = activities.map((o) => ({
    id: o.id,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    title: o.audienceBuildingId === null || o.audienceBuildingId === space.buildingId ? o.activity.title : null,
  }));
  const hours = space.bookable ? parseWeekHours(space.bookable.hours) : null;
  const shown = bookings.map((b) => ({
    id: b.id,
    kind: b.kind,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    mine: b.userId === actor.user.id,
    // What a booking is for and who made it stays between the resident and the buurtwerker.
    purpose: names || b.userId === actor.user.id || b.kind === "block" ? b.purpose : null,
    name: names ? b.user.displayName : null,
    // Booked or cancelled by a buurtwerker acting for the resident: it is theirs, staff see who helped.
    assistedBy: names ? (b.assistedBy?.displayName ?? null) : null,
  }));
  return {
    space: {
      id: space.id,
      name: space.name,
      slug: space.slug,
      building: { name: space.building.name, slug: space.building.slug },
      agreement: space.agreement,
      bookable: space.bookable,
    },
    access,
    week: {
      ...range,
      days: range.days.map((day) => ({
        day,
        hours: hours ? hours[weekdayOf(day)] : null,
        bookings: shown.filter((b) => localDate(b.startsAt) === day),
        activities: held.filter((a) => localDate(a.startsAt) === day),
      })),
    },
    mine,
  };
}

/** Staff of the space's neighbourhood may set its hours: asked before the form is read, so others learn nothing of it. */
export async function mayChangeSettings(actor: Actor, buildingSlug: string, spaceSlug: string) {
  const space = await prisma.space.findFirst({ where: spaceWhere(actor, buildingSlug, spaceSlug), select: { building: { select: buildingAccessSelect(actor) } } });
  return space !== null && can(actor, "changeSettings", buildingSubject(space.building));
}
