// Reads for meeting moments. Every list is one indexed range scan on Occurrence(startsAt) with a
// fixed page size, and the counts come precomputed from the row: no query grows with the number of
// activities or sign-ups in the database.
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { livesIn } from "~/features/accounts/queries.server";
import { can } from "~/features/activities/permissions";
import { placesLeft, preparationList, residentSearchMinimum } from "~/features/activities/rules";
import { periodRange } from "~/features/activities/schedule";
import { hashCancelCode } from "~/features/activities/tokens.server";
import { categories, periods, type Category, type Period } from "~/features/activities/vocabulary";
import { referralsForSignUps } from "~/features/outreach/referrals.server";
import { isAdmin, staffNeighbourhoods, type Actor } from "~/utils/actor";
import { containsIgnoringCase, databaseProvider, prisma, readRows } from "~/utils/db.server";
import { isOutdated, pickTranslation, sourceFields } from "~/utils/translations";

/** 20 cards fit a phone screen three times over; 50 pages is further than anyone scrolls. */
export const PAGE_SIZE = 20;
export const MAX_PAGE = 50;

/**
 * The dates this person may see: every date open to all, and building-only dates of the buildings they live in,
 * or of the neighbourhoods they work in (an admin sees all). The where of can(actor, "seeBuildingDate"), worked out
 * once and said two ways below: for the query builder and in SQL.
 * A buurtwerker acting for a resident sees what that resident sees.
 */
async function visibilityOf(actor: Actor | null): Promise<{ all: true } | { all: false; buildingIds: string[]; neighbourhoodIds: string[] }> {
  if (isAdmin(actor)) return { all: true };
  const buildingIds = actor ? await homeBuildingIds(actor.user.id) : [];
  const neighbourhoodIds = actor?.staff ? (staffNeighbourhoods(actor)?.in ?? []) : [];
  return { all: false, buildingIds, neighbourhoodIds };
}

async function visibleBuildingFilter(actor: Actor | null): Promise<Prisma.OccurrenceWhereInput> {
  const visible = await visibilityOf(actor);
  if (visible.all) return {};
  return {
    OR: [
      { audienceBuildingId: null },
      ...(visible.buildingIds.length ? [{ audienceBuildingId: { in: visible.buildingIds } }] : []),
      ...(visible.neighbourhoodIds.length ? [{ neighbourhoodId: { in: visible.neighbourhoodIds } }] : []),
    ],
  };
}

async function visibleDatesSql(actor: Actor | null): Promise<Prisma.Sql> {
  const visible = await visibilityOf(actor);
  if (visible.all) return Prisma.sql`TRUE`;
  return Prisma.sql`(o."audienceBuildingId" IS NULL${
    visible.buildingIds.length ? Prisma.sql` OR o."audienceBuildingId" IN (${Prisma.join(visible.buildingIds)})` : Prisma.empty
  }${visible.neighbourhoodIds.length ? Prisma.sql` OR o."neighbourhoodId" IN (${Prisma.join(visible.neighbourhoodIds)})` : Prisma.empty})`;
}

/** What an organiser may open: the dates and activities of the neighbourhoods they work in (an admin: all). */
function organisedBy(actor: Actor) {
  return { neighbourhoodId: staffNeighbourhoods(actor) };
}

/**
 * The title and description a reader of `locale` gets: the organiser's translation, or the Dutch (`lang: "nl"`)
 * with `fallback`; `outdated` when the Dutch changed after the translation was made.
 */
export function activityText(
  activity: { title: string; description: string; translations?: { locale: string; title: string; description: string; source: string }[] },
  locale: string,
) {
  const { translation, fallback, outdated } = pickTranslation(activity.translations ?? [], locale, [activity.title, activity.description]);
  return translation
    ? { title: translation.title, description: translation.description, lang: translation.locale, fallback, outdated }
    : { title: activity.title, description: activity.description, lang: "nl", fallback, outdated };
}

type CardRow = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  category: Category;
  placeNote: string | null;
  capacity: number | null;
  placesTaken: number;
  waitingCount: number;
  title: string;
  address: string | null;
  recurrence: string;
  translatedTitle: string | null;
  translationLocale: string | null;
  spaceName: string | null;
  buildingName: string | null;
  neighbourhoodName: string;
};

/**
 * The cards of these dates, in the order given: one SQL query. The query builder's nested select was six queries
 * and a fifth of a signed-in list page's CPU. Quoted names work in SQLite and PostgreSQL alike; the list's tests
 * run on both.
 */
async function cardsOf(ids: string[], locale: string) {
  if (ids.length === 0) return [];
  const rows = await readRows<CardRow>`
    SELECT o."id", o."startsAt", o."endsAt", o."category", o."placeNote", o."capacity", o."placesTaken", o."waitingCount",
      a."title", a."address", a."recurrence", t."title" AS "translatedTitle", t."locale" AS "translationLocale",
      s."name" AS "spaceName", b."name" AS "buildingName", n."name" AS "neighbourhoodName"
    FROM "Occurrence" o
    JOIN "Activity" a ON a."id" = o."activityId"
    JOIN "Neighbourhood" n ON n."id" = a."neighbourhoodId"
    LEFT JOIN "ActivityTranslation" t ON t."activityId" = a."id" AND t."locale" = ${locale}
    LEFT JOIN "Space" s ON s."id" = a."spaceId"
    LEFT JOIN "Building" b ON b."id" = s."buildingId"
    WHERE o."id" IN (${Prisma.join(ids)})`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCard(row)] : [];
  });
}

/** The buildings this person lives in now (one small query: every page with dates on it asks). */
async function homeBuildingIds(userId: string) {
  const rows = await readRows<{ buildingId: string }>`
    SELECT "buildingId" FROM "Residence" WHERE "userId" = ${userId} AND "movedOutAt" IS NULL`;
  return rows.map((row) => row.buildingId);
}

/** The list's filters from the query string: anything odd is ignored rather than refused (links get mangled). */
export const listFilterSchema = z.object({
  wijk: z.string().max(60).optional().catch(undefined),
  soort: z.enum(categories).optional().catch(undefined),
  wanneer: z.enum(periods).optional().catch(undefined),
  datum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(50).optional().catch(undefined),
  /** Words to look for in the title, place or description, in every language the activity has. */
  zoek: z.string().trim().max(60).optional().catch(undefined),
});

/**
 * Text search: every word must be found in the title, the place or the description (Dutch or a translation),
 * ignoring case (SQLite's LIKE does for ASCII letters, PostgreSQL needs ILIKE). % and _ are the visitor's letters.
 */
function textSearchSql(query: string | undefined): Prisma.Sql[] {
  const words = (query ?? "").split(/\s+/).filter((word) => word.length > 0).slice(0, 5);
  const like = Prisma.raw(databaseProvider === "postgresql" ? "ILIKE" : "LIKE");
  return words.map((word) => {
    const pattern = `%${word.replace(/[\\%_]/g, (sign) => `\\${sign}`)}%`;
    const has = (column: Prisma.Sql) => Prisma.sql`${column} ${like} ${pattern} ESCAPE '\\'`;
    return Prisma.sql`(${has(Prisma.sql`o."placeNote"`)} OR ${has(Prisma.sql`a."title"`)} OR ${has(Prisma.sql`a."description"`)}
      OR ${has(Prisma.sql`a."address"`)}
      OR EXISTS (SELECT 1 FROM "Space" s LEFT JOIN "Building" b ON b."id" = s."buildingId"
        WHERE s."id" = a."spaceId" AND (${has(Prisma.sql`s."name"`)} OR ${has(Prisma.sql`b."name"`)} OR ${has(Prisma.sql`b."address"`)}))
      OR EXISTS (SELECT 1 FROM "ActivityTranslation" t
        WHERE t."activityId" = a."id" AND (${has(Prisma.sql`t."title"`)} OR ${has(Prisma.sql`t."description"`)})))`;
  });
}

/**
 * One page of the dates this person may see, soonest first, as cards. Which dates is one SQL query (the query
 * builder cost a millisecond of CPU for it, the list's largest part), their cards another (cardsOf).
 */
export async function listOccurrences(
  filter: { neighbourhoodSlug?: string; category?: Category; period?: Period; date?: string; page?: number; query?: string },
  actor: Actor | null,
  now = new Date(),
  locale = "nl",
) {
  const page = Math.min(filter.page ?? 1, MAX_PAGE);
  const range = periodRange(filter.period ?? "all", now, filter.date);
  const conditions = [
    Prisma.sql`o."startsAt" >= ${range.from}`,
    ...(range.to ? [Prisma.sql`o."startsAt" <= ${range.to}`] : []),
    Prisma.sql`o."status" = 'scheduled'`,
    // An unknown neighbourhood finds nothing.
    ...(filter.neighbourhoodSlug ? [Prisma.sql`o."neighbourhoodId" = (SELECT "id" FROM "Neighbourhood" WHERE "slug" = ${filter.neighbourhoodSlug})`] : []),
    ...(filter.category ? [Prisma.sql`o."category" = ${filter.category}`] : []),
    await visibleDatesSql(actor),
    ...textSearchSql(filter.query),
  ];
  // One row more than a page tells whether there is a next page without counting them all.
  const rows = await readRows<{ id: string }>`
    SELECT o."id" FROM "Occurrence" o JOIN "Activity" a ON a."id" = o."activityId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY o."startsAt" ASC, o."id" ASC
    LIMIT ${PAGE_SIZE + 1} OFFSET ${(page - 1) * PAGE_SIZE}`;
  return {
    page,
    hasNext: rows.length > PAGE_SIZE && page < MAX_PAGE,
    items: await cardsOf(rows.slice(0, PAGE_SIZE).map((row) => row.id), locale),
  };
}

function toCard(row: CardRow) {
  return {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    category: row.category,
    title: row.translatedTitle ?? row.title,
    /** The language the title is in: Dutch inside an Arabic page is set apart (dir="auto"). */
    lang: row.translationLocale ?? "nl",
    place: row.placeNote ?? (row.spaceName !== null ? `${row.spaceName}, ${row.buildingName ?? ""}` : (row.address ?? "")),
    neighbourhood: row.neighbourhoodName,
    series: row.recurrence !== "none",
    placesLeft: placesLeft(row.capacity, row.placesTaken, row.waitingCount),
  };
}

/** What is on in the coming seven days: near the person (where they live) when we know it, else everywhere. */
export async function listThisWeek(actor: Actor | null, locale: string, now = new Date()) {
  const near = actor ? await prisma.user.findFirst({ where: { id: actor.user.id }, select: { neighbourhoodId: true, residences: { where: { movedOutAt: null }, select: { building: { select: { neighbourhoodId: true } } } } } }) : null;
  const places = [near?.neighbourhoodId, ...(near?.residences.map((r) => r.building.neighbourhoodId) ?? [])].filter((id): id is string => Boolean(id));
  const rows = await prisma.occurrence.findMany({
    where: {
      startsAt: { gte: now, lte: new Date(now.getTime() + 7 * 86_400_000) },
      status: "scheduled",
      ...(places.length ? { neighbourhoodId: { in: places } } : {}),
      ...(await visibleBuildingFilter(actor)),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    // A phone screen's worth; the list has the rest.
    take: 4,
    select: { id: true },
  });
  return { nearby: places.length > 0, items: await cardsOf(rows.map((row) => row.id), locale) };
}

/** Everything a resident needs to decide and go, plus their own sign-up. */
type DateRow = {
  id: string;
  neighbourhoodId: string;
  audienceBuildingId: string | null;
  startsAt: Date;
  endsAt: Date;
  status: string;
  capacity: number | null;
  placesTaken: number;
  waitingCount: number;
  signUpDeadline: Date | null;
  placeNote: string | null;
  sequence: number;
  updatedAt: Date;
  category: Category;
  activityId: string;
  title: string;
  description: string;
  address: string | null;
  audience: string;
  recurrence: string;
  wheelchairAccess: boolean;
  childrenWelcome: boolean;
  languages: string;
  cost: string;
  cancelledAt: Date | null;
  audienceBuildingName: string | null;
  neighbourhoodName: string;
  neighbourhoodSlug: string;
  neighbourhoodPhone: string | null;
  spaceName: string | null;
  spaceBuildingName: string | null;
  spaceBuildingAddress: string | null;
  translationLocale: string | null;
  translationTitle: string | null;
  translationDescription: string | null;
  translationSource: string | null;
};

/**
 * Everything a resident needs to decide and go, plus their own sign-up. The date and what it belongs to are one SQL
 * query (the query builder's nested select was six, a fifth of the page's CPU); who may see a building-only date is
 * can(actor, "seeBuildingDate"), the rule the lists' where says too.
 */
export async function getOccurrence(id: string, actor: Actor | null, now = new Date(), locale = "nl") {
  const [row] = await readRows<DateRow>`
    SELECT o."id", o."neighbourhoodId", o."audienceBuildingId", o."startsAt", o."endsAt", o."status", o."capacity",
      o."placesTaken", o."waitingCount", o."signUpDeadline", o."placeNote", o."sequence", o."updatedAt", o."category",
      a."id" AS "activityId", a."title", a."description", a."address", a."audience", a."recurrence",
      a."wheelchairAccess", a."childrenWelcome", a."languages", a."cost", a."cancelledAt",
      ab."name" AS "audienceBuildingName", n."name" AS "neighbourhoodName", n."slug" AS "neighbourhoodSlug",
      n."phone" AS "neighbourhoodPhone", s."name" AS "spaceName", sb."name" AS "spaceBuildingName",
      sb."address" AS "spaceBuildingAddress", t."locale" AS "translationLocale", t."title" AS "translationTitle",
      t."description" AS "translationDescription", t."source" AS "translationSource"
    FROM "Occurrence" o
    JOIN "Activity" a ON a."id" = o."activityId"
    JOIN "Neighbourhood" n ON n."id" = a."neighbourhoodId"
    LEFT JOIN "Building" ab ON ab."id" = a."audienceBuildingId"
    LEFT JOIN "Space" s ON s."id" = a."spaceId"
    LEFT JOIN "Building" sb ON sb."id" = s."buildingId"
    LEFT JOIN "ActivityTranslation" t ON t."activityId" = a."id" AND t."locale" = ${locale}
    WHERE o."id" = ${id}`;
  if (!row) return null;
  if (row.audienceBuildingId !== null) {
    const residentHere = actor ? (await homeBuildingIds(actor.user.id)).includes(row.audienceBuildingId) : false;
    if (!can(actor, "seeBuildingDate", { neighbourhoodId: row.neighbourhoodId, residentHere })) return null;
  }
  const translations =
    row.translationLocale !== null
      ? [{ locale: row.translationLocale, title: row.translationTitle ?? "", description: row.translationDescription ?? "", source: row.translationSource ?? "" }]
      : [];
  const activity = {
    id: row.activityId,
    title: row.title,
    description: row.description,
    address: row.address,
    audience: row.audience,
    recurrence: row.recurrence,
    wheelchairAccess: row.wheelchairAccess,
    childrenWelcome: row.childrenWelcome,
    languages: row.languages,
    cost: row.cost,
    cancelledAt: row.cancelledAt,
    audienceBuilding: row.audienceBuildingName !== null ? { name: row.audienceBuildingName } : null,
    neighbourhood: { name: row.neighbourhoodName, slug: row.neighbourhoodSlug, phone: row.neighbourhoodPhone },
    space: row.spaceName !== null ? { name: row.spaceName, building: { name: row.spaceBuildingName ?? "", address: row.spaceBuildingAddress ?? "" } } : null,
  };
  const occurrence = {
    id: row.id,
    neighbourhoodId: row.neighbourhoodId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    capacity: row.capacity,
    placesTaken: row.placesTaken,
    waitingCount: row.waitingCount,
    signUpDeadline: row.signUpDeadline,
    placeNote: row.placeNote,
    sequence: row.sequence,
    updatedAt: row.updatedAt,
    category: row.category,
  };
  const series = activity.recurrence !== "none";
  const [otherDates, mine, laterDates] = await Promise.all([
    series ? otherDatesOf(activity.id, id, now) : Promise.resolve([]),
    actor ? getOwnSignUp(id, actor.user.id) : Promise.resolve(null),
    series ? laterDatesOf(activity.id, occurrence.startsAt) : Promise.resolve(0),
  ]);
  return {
    ...occurrence,
    activity,
    text: activityText({ ...activity, translations }, locale),
    placesLeft: placesLeft(occurrence.capacity, occurrence.placesTaken, occurrence.waitingCount),
    otherDates,
    mine,
    laterDates,
  };
}

/** The next dates of a series from now on, this one left out (in SQL: asked on every activity page). */
async function otherDatesOf(activityId: string, exceptId: string, now: Date) {
  const rows = await readRows<{ id: string; startsAt: Date; status: string }>`
    SELECT "id", "startsAt", "status" FROM "Occurrence"
    WHERE "activityId" = ${activityId} AND "startsAt" >= ${now} AND "id" <> ${exceptId}
    ORDER BY "startsAt" ASC LIMIT 6`;
  return rows;
}

/** How many dates of the series come after this one (a whole series can be signed up for at once). */
async function laterDatesOf(activityId: string, after: Date) {
  const [row] = await readRows<{ later: number }>`
    SELECT COUNT(*) AS "later" FROM "Occurrence"
    WHERE "activityId" = ${activityId} AND "status" = 'scheduled' AND "startsAt" > ${after}`;
  return row?.later ?? 0;
}

async function getOwnSignUp(occurrenceId: string, userId: string) {
  // In SQL: every signed-in activity page asks.
  const [signUp] = await readRows<{ id: string; status: string; queueNumber: number; people: number }>`
    SELECT "id", "status", "queueNumber", "people" FROM "SignUp"
    WHERE "occurrenceId" = ${occurrenceId} AND "userId" = ${userId} AND "status" IN ('confirmed', 'waitlisted')
    LIMIT 1`;
  if (!signUp) return null;
  return { ...signUp, position: signUp.status === "waitlisted" ? await waitlistPosition(occurrenceId, signUp.queueNumber) : null };
}

export async function waitlistPosition(occurrenceId: string, queueNumber: number) {
  const ahead = await prisma.signUp.count({ where: { occurrenceId, status: "waitlisted", queueNumber: { lt: queueNumber } } });
  return ahead + 1;
}

export function getSignUpByIdForCancel(id: string) {
  return prisma.signUp.findFirst({
    where: { id },
    select: {
      id: true,
      status: true,
      name: true,
      occurrence: { select: { id: true, startsAt: true, endsAt: true, activity: { select: { title: true } } } },
    },
  });
}

/** The organiser's view of one date: who comes, with how many, and what they need. Null outside their neighbourhoods. */
export async function getAttendees(actor: Actor, occurrenceId: string) {
  const occurrence = await prisma.occurrence.findFirst({
    where: { id: occurrenceId, ...organisedBy(actor) },
    select: {
      id: true,
      neighbourhoodId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      capacity: true,
      placesTaken: true,
      waitingCount: true,
      placeNote: true,
      activity: { select: { id: true, title: true, recurrence: true, address: true, space: { select: { name: true, building: { select: { name: true } } } } } },
    },
  });
  if (!occurrence || !can(actor, "seeAttendees", occurrence)) return null;
  const signUps = await prisma.signUp.findMany({
    where: { occurrenceId: occurrence.id, status: { in: ["confirmed", "waitlisted"] } },
    orderBy: { queueNumber: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      status: true,
      guests: true,
      children: true,
      people: true,
      interpreterLanguage: true,
      childcare: true,
      wheelchair: true,
      lift: true,
      walkIn: true,
      checkedInAt: true,
      createdAt: true,
      userId: true,
      createdBy: { select: { displayName: true } },
    },
  });
  // Someone a buurtwerker invited or signed up: "first time, invited by Sofie" (issue 17).
  const referred = await referralsForSignUps(prisma, signUps, occurrence.activity.id);
  // Signed up without an account and without a buurtwerker: the organiser may want to call to check.
  const rows = signUps.map(({ userId, ...s }) => ({ ...s, guest: userId === null && !s.walkIn && s.createdBy === null, referral: referred.get(s.id) ?? null }));
  const confirmed = rows.filter((s) => s.status === "confirmed");
  return {
    occurrence,
    confirmed,
    waitlist: rows.filter((s) => s.status === "waitlisted"),
    headCount: confirmed.reduce((sum, s) => sum + s.people, 0),
    checkedIn: confirmed.filter((s) => s.checkedInAt).reduce((sum, s) => sum + s.people, 0),
    preparation: preparationList(confirmed),
  };
}

/** The form values of an activity, for editing or duplicating it. Null outside the organiser's neighbourhoods. */
export async function getActivityForEdit(actor: Actor, occurrenceId: string) {
  const occurrence = await prisma.occurrence.findFirst({
    where: { id: occurrenceId, ...organisedBy(actor) },
    select: {
      id: true,
      neighbourhoodId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      capacity: true,
      placeNote: true,
      placesTaken: true,
      activity: {
        select: {
          id: true,
          title: true,
          description: true,
          category: true,
          spaceId: true,
          address: true,
          neighbourhoodId: true,
          audience: true,
          audienceBuildingId: true,
          capacity: true,
          deadlineMinutes: true,
          wheelchairAccess: true,
          childrenWelcome: true,
          languages: true,
          cost: true,
          recurrence: true,
          cancelledAt: true,
          occurrences: { orderBy: { startsAt: "desc" }, take: 1, select: { startsAt: true } },
        },
      },
    },
  });
  return occurrence && can(actor, "edit", occurrence) ? occurrence : null;
}

/** The places where this organiser may hold an activity: the spaces of each building, by neighbourhood. */
export function listPlacesWithSpaces(actor: Actor) {
  return prisma.neighbourhood.findMany({
    where: { id: staffNeighbourhoods(actor) },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      buildings: { orderBy: { name: "asc" }, select: { id: true, name: true, spaces: { orderBy: { name: "asc" }, select: { id: true, name: true } } } },
    },
  });
}

/** Residents a buurtwerker may sign up at the desk: those who live where they work. */
export async function searchResidentsForSignUp(actor: Actor, query: string) {
  if (query.trim().length < residentSearchMinimum) return [];
  return prisma.user.findMany({
    where: { deletedAt: null, roles: { some: { role: "resident" } }, ...livesIn(staffNeighbourhoods(actor)), displayName: containsIgnoringCase(query.trim()) },
    orderBy: { displayName: "asc" },
    take: 10,
    select: { id: true, displayName: true, phone: true },
  });
}

/** A neighbourhood's public feed: the coming three months, at most 500 events (a busy wijk has ~30 a month). */
export async function neighbourhoodFeed(slug: string, now = new Date()) {
  const neighbourhood = await prisma.neighbourhood.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!neighbourhood) return null;
  const occurrences = await prisma.occurrence.findMany({
    where: {
      neighbourhoodId: neighbourhood.id,
      audienceBuildingId: null,
      startsAt: { gte: new Date(now.getTime() - 7 * 86_400_000), lte: new Date(now.getTime() + 92 * 86_400_000) },
    },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: calendarSelect,
  });
  return { name: neighbourhood.name, occurrences };
}

export const calendarSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  sequence: true,
  placeNote: true,
  updatedAt: true,
  activity: {
    select: {
      title: true,
      description: true,
      address: true,
      cancelledAt: true,
      space: { select: { name: true, building: { select: { name: true, address: true } } } },
    },
  },
} satisfies Prisma.OccurrenceSelect;

/** One date for its .ics file: only for those who may see the date itself (building-only dates stay inside). */
export async function getOccurrenceForCalendar(id: string, actor: Actor | null) {
  return prisma.occurrence.findFirst({
    where: { id, ...(await visibleBuildingFilter(actor)) },
    select: { ...calendarSelect, audienceBuildingId: true },
  });
}

/** A person's own feed: their sign-ups from a month ago on (cancelled ones too, so calendars drop them). */
export async function personalFeed(token: string, now = new Date()) {
  const settings = await prisma.activitySettings.findUnique({ where: { calendarToken: token }, select: { userId: true, user: { select: { displayName: true } } } });
  if (!settings) return null;
  const signUps = await prisma.signUp.findMany({
    where: { userId: settings.userId, status: { in: ["confirmed", "waitlisted"] }, occurrence: { startsAt: { gte: new Date(now.getTime() - 30 * 86_400_000) } } },
    take: 500,
    select: { occurrence: { select: calendarSelect } },
  });
  return { name: settings.user.displayName, occurrences: signUps.map((s) => s.occurrence) };
}

/**
 * This person's coming sign-ups, soonest first, with the title in their language. One SQL query: /ik and the home
 * page ask on every visit, and the query builder's nested select was four.
 */
export async function getMySignUps(userId: string, now = new Date(), { locale = "nl", take = 20 }: { locale?: string; take?: number } = {}) {
  const rows = await readRows<{ id: string; status: string; occurrenceId: string; startsAt: Date; endsAt: Date; title: string; translatedTitle: string | null; translationLocale: string | null }>`
    SELECT s."id", s."status", o."id" AS "occurrenceId", o."startsAt", o."endsAt", a."title",
      t."title" AS "translatedTitle", t."locale" AS "translationLocale"
    FROM "SignUp" s
    JOIN "Occurrence" o ON o."id" = s."occurrenceId"
    JOIN "Activity" a ON a."id" = o."activityId"
    LEFT JOIN "ActivityTranslation" t ON t."activityId" = a."id" AND t."locale" = ${locale}
    WHERE s."userId" = ${userId} AND s."status" IN ('confirmed', 'waitlisted') AND o."startsAt" >= ${now}
    ORDER BY o."startsAt" ASC, s."id" ASC
    LIMIT ${take}`;
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    occurrence: {
      id: row.occurrenceId,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      activity: { title: row.translatedTitle ?? row.title, lang: row.translationLocale ?? "nl" },
    },
  }));
}

/** The sign-up a cancel code belongs to (the route limits the tries per address). */
export function getSignUpByCancelCode(code: string) {
  return prisma.signUp.findUnique({
    where: { cancelCodeHash: hashCancelCode(code) },
    select: { id: true, status: true, occurrence: { select: { startsAt: true, endsAt: true, activity: { select: { title: true } } } } },
  });
}

/** An activity's translations for its organisers' form, with whether each was made for today's Dutch text. */
export async function getTranslationsForEdit(actor: Actor, occurrenceId: string) {
  const occurrence = await prisma.occurrence.findFirst({
    where: { id: occurrenceId, ...organisedBy(actor) },
    select: {
      id: true,
      neighbourhoodId: true,
      activity: { select: { id: true, title: true, description: true, translations: { select: { locale: true, title: true, description: true, source: true } } } },
    },
  });
  if (!occurrence || !can(actor, "edit", occurrence)) return null;
  const { activity } = occurrence;
  return {
    id: occurrence.id,
    title: activity.title,
    description: activity.description,
    translations: activity.translations.map(({ source: madeFor, ...translation }) => ({ ...translation, outdated: isOutdated(sourceFields(madeFor), [activity.title, activity.description]) })),
  };
}

/** A date for its poster, only for the organisers of its neighbourhood. */
export async function getPoster(actor: Actor, occurrenceId: string) {
  const occurrence = await prisma.occurrence.findFirst({
    where: { id: occurrenceId, ...organisedBy(actor) },
    select: {
      id: true,
      neighbourhoodId: true,
      startsAt: true,
      endsAt: true,
      category: true,
      placeNote: true,
      capacity: true,
      activity: {
        select: {
          title: true,
          description: true,
          translations: { select: { locale: true, title: true, description: true, source: true } },
          address: true,
          recurrence: true,
          cost: true,
          neighbourhood: { select: { name: true, phone: true } },
          space: { select: { name: true, building: { select: { name: true, address: true } } } },
        },
      },
    },
  });
  return occurrence && can(actor, "makePoster", occurrence) ? occurrence : null;
}

export async function getSettings(userId: string) {
  return prisma.activitySettings.findUnique({
    where: { userId },
    select: { confirmations: true, reminders: true, changes: true, digest: true, calendarToken: true },
  });
}

/** Who receives what: the person's settings and the address-wide opt-out. */
export async function emailAllowed(
  db: Prisma.TransactionClient,
  recipient: { email: string | null; userId: string | null },
  kind: "confirmations" | "reminders" | "changes",
) {
  if (!recipient.email) return false;
  const [optOut, settings] = await Promise.all([
    db.emailOptOut.findUnique({ where: { email: recipient.email.toLowerCase() }, select: { email: true } }),
    recipient.userId ? db.activitySettings.findUnique({ where: { userId: recipient.userId }, select: { [kind]: true } }) : null,
  ]);
  if (optOut) return false;
  return settings ? settings[kind] !== false : true;
}

/** A resident a buurtwerker signs up at the desk, with where they live: only one who lives where the buurtwerker works. */
export async function getResidentForSignUp(actor: Actor, userId: string) {
  const resident = await prisma.user.findFirst({
    where: { id: userId, deletedAt: null, roles: { some: { role: "resident" } }, ...livesIn(staffNeighbourhoods(actor)) },
    select: {
      id: true,
      displayName: true,
      email: true,
      phone: true,
      locale: true,
      neighbourhoodId: true,
      residences: { where: { movedOutAt: null }, select: { building: { select: { neighbourhoodId: true } } } },
    },
  });
  if (!resident) return null;
  const { neighbourhoodId, residences, ...person } = resident;
  const neighbourhoodIds = [neighbourhoodId, ...residences.map((r) => r.building.neighbourhoodId)].filter((id) => id !== null);
  return { ...person, neighbourhoodIds };
}

/**
 * How many people a cancellation will tell: those signed up (or waiting) for this date, or for every coming date of
 * its activity. For the organiser's "are you sure?" before the emails go.
 */
export async function countPeopleToTell(actor: Actor, occurrenceId: string, { wholeActivity = false, now = new Date() } = {}) {
  const occurrence = await prisma.occurrence.findFirst({ where: { id: occurrenceId, ...organisedBy(actor) }, select: { id: true, activityId: true } });
  if (!occurrence) return 0;
  return prisma.signUp.count({
    where: {
      status: { in: ["confirmed", "waitlisted"] },
      occurrence: wholeActivity ? { activityId: occurrence.activityId, startsAt: { gte: now }, status: "scheduled" } : { id: occurrence.id },
    },
  });
}

/**
 * Dates of activities held in a shared space that overlap a stretch of time: the room is taken then. The booking
 * week shows them and a booking may not overlap them (issue 16: a room booked 14:30-15:30 during the Breicafé,
 * 14:00-16:00). `db` may be the booking's transaction. Times are what organisers set; a cancelled date or activity
 * frees the room.
 */
export function occurrencesInSpace(db: typeof prisma | Prisma.TransactionClient, spaceId: string, range: { from: Date; to: Date }) {
  return db.occurrence.findMany({
    where: { status: "scheduled", startsAt: { lt: range.to }, endsAt: { gt: range.from }, activity: { spaceId, cancelledAt: null } },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, audienceBuildingId: true, activity: { select: { title: true } } },
  });
}
