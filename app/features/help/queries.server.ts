// Reads for the help feature. Every query scopes by who asks in its `where` (the same rules as permissions.ts) and
// names its fields.
import { Prisma } from "@prisma/client";
import { livesIn } from "~/features/accounts/queries.server";
import { rankVolunteers, type MatchVolunteer } from "~/features/help/matching";
import { activeStatuses, can, type ConcernSubject, type RequestSubject } from "~/features/help/permissions";
import { alertChoices, firstName, splitList, splitSlots, type AlertChoice } from "~/features/help/vocabulary";
import { isAdmin, staffNeighbourhoods, type Actor } from "~/utils/actor";
import { prisma, readRows } from "~/utils/db.server";

type Db = typeof prisma | Prisma.TransactionClient;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Unmatched for more than a week: the overview shows it in red. */
export const STALE_REQUEST_DAYS = 7;
/** A buddy pair without a logged visit for a month needs a phone call. */
export const QUIET_PAIR_DAYS = 30;

/** Requests of the neighbourhoods a buurtwerker works in (every one for an admin); nothing for anyone else. */
export function requestsOfMyNeighbourhoods(actor: Actor): Prisma.HelpRequestWhereInput {
  if (!actor.staff) return { OR: [] };
  return isAdmin(actor) ? {} : { neighbourhoodId: staffNeighbourhoods(actor) };
}

/**
 * `ways` in, plus the requests of a buurtwerker's neighbourhoods. An admin sees every request: no OR at all (in an
 * OR, Prisma lets an empty `{}` match nothing rather than everything).
 */
function orStaff(actor: Actor, ways: Prisma.HelpRequestWhereInput[]): Prisma.HelpRequestWhereInput {
  if (isAdmin(actor)) return {};
  return { OR: actor.staff ? [...ways, requestsOfMyNeighbourhoods(actor)] : ways };
}

/** Requests a person may see at all (can "seeRequest"). */
export function requestsVisibleTo(actor: Actor): Prisma.HelpRequestWhereInput {
  const me = actor.user.id;
  return orStaff(actor, [{ residentId: me }, { matchedVolunteerId: me }, { offers: { some: { volunteerId: me } } }]);
}

/** Requests whose description, names and visits a person may read (can "seeDetails"). */
export function requestDetailsVisibleTo(actor: Actor): Prisma.HelpRequestWhereInput {
  const me = actor.user.id;
  return orStaff(actor, [{ residentId: me }, { matchedVolunteerId: me, status: { in: ["matched", "done"] } }]);
}

/**
 * Requests whose address and phone a person may open (can "seeContact"): the buddy's only once any first meeting at
 * the wijkhuis took place.
 */
function contactVisibleTo(actor: Actor): Prisma.HelpRequestWhereInput {
  const released: Prisma.HelpRequestWhereInput = { OR: [{ meetAtWijkhuis: false }, { firstMeetingDoneAt: { not: null } }] };
  return orStaff(actor, actor.acting ? [] : [{ matchedVolunteerId: actor.user.id, status: "matched", ...released }]);
}

/** Offers a person may see: their own, or all of a request staff may coordinate. */
function offersVisibleTo(actor: Actor): Prisma.HelpOfferWhereInput {
  if (isAdmin(actor)) return {};
  return { OR: [{ volunteerId: actor.user.id }, ...(actor.staff ? [{ request: requestsOfMyNeighbourhoods(actor) }] : [])] };
}

/** The fields of a request permissions.ts looks at; the offers only as far as this person may see them. */
function subjectSelect(actor: Actor) {
  return {
    residentId: true,
    neighbourhoodId: true,
    status: true,
    matchedVolunteerId: true,
    meetAtWijkhuis: true,
    firstMeetingAt: true,
    firstMeetingDoneAt: true,
    offers: { where: offersVisibleTo(actor), select: { volunteerId: true, origin: true, status: true } },
  } satisfies Prisma.HelpRequestSelect;
}

/** A request as permissions.ts sees it, if this person may see it at all. */
export async function findRequestSubject(db: Db, actor: Actor, requestId: string): Promise<RequestSubject | null> {
  return db.helpRequest.findFirst({ where: { id: requestId, ...requestsVisibleTo(actor) }, select: subjectSelect(actor) });
}

/**
 * Volunteers who serve one of these neighbourhoods (undefined: every one). The profile keeps them as a
 * comma-separated list, so an id is matched as a whole item, never as part of a longer id.
 */
function servesAny(neighbourhoodIds: { in: string[] } | undefined): Prisma.VolunteerProfileWhereInput {
  if (!neighbourhoodIds) return {};
  return {
    OR: neighbourhoodIds.in.flatMap((id) => [
      { neighbourhoods: id },
      { neighbourhoods: { startsWith: `${id},` } },
      { neighbourhoods: { endsWith: `,${id}` } },
      { neighbourhoods: { contains: `,${id},` } },
    ]),
  };
}

/** Volunteer profiles a staff member looks after: those serving their neighbourhoods. */
export function volunteersOfMyNeighbourhoods(actor: Actor): Prisma.VolunteerProfileWhereInput {
  if (!actor.staff) return { OR: [] };
  return servesAny(staffNeighbourhoods(actor));
}

/** Concerns a person may read (can "seeConcern"): their own, and those staff handle where they work. */
function concernsVisibleTo(actor: Actor): Prisma.ConcernWhereInput {
  const mine: Prisma.ConcernWhereInput = { raisedById: actor.user.id };
  if (!actor.staff) return mine;
  if (isAdmin(actor)) return {};
  const places = staffNeighbourhoods(actor);
  return { OR: [mine, { request: { neighbourhoodId: places } }, { raisedBy: livesIn(places) }] };
}

const summarySelect = {
  id: true,
  kind: true,
  status: true,
  recurrence: true,
  dateFrom: true,
  dateUntil: true,
  times: true,
  languages: true,
  urgency: true,
  meetAtWijkhuis: true,
  firstMeetingAt: true,
  firstMeetingDoneAt: true,
  createdAt: true,
  neighbourhood: { select: { name: true, phone: true } },
  resident: { select: { displayName: true } },
} as const;

type SummaryRow = Prisma.HelpRequestGetPayload<{ select: typeof summarySelect }>;

/** What a volunteer may see before a match: kind, neighbourhood, times and a first name. */
function toSummary(row: SummaryRow) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    recurrence: row.recurrence,
    dateFrom: row.dateFrom?.toISOString().slice(0, 10) ?? null,
    dateUntil: row.dateUntil?.toISOString().slice(0, 10) ?? null,
    times: splitSlots(row.times),
    languages: splitList(row.languages),
    urgency: row.urgency,
    meetAtWijkhuis: row.meetAtWijkhuis,
    /** The first meeting at the wijkhuis, when one was asked: planned for, and done (first-meeting.ts). */
    firstMeetingAt: row.firstMeetingAt?.toISOString() ?? null,
    firstMeetingDoneAt: row.firstMeetingDoneAt?.toISOString() ?? null,
    wijkhuisPhone: row.neighbourhood?.phone ?? null,
    createdAt: row.createdAt.toISOString(),
    neighbourhood: row.neighbourhood?.name ?? null,
    residentFirstName: firstName(row.resident.displayName),
  };
}
export type RequestSummary = ReturnType<typeof toSummary>;

/** A request's page: the summary for everyone who may see it, details and offers only for those who may read them. */
export async function getRequestForViewer(actor: Actor, requestId: string) {
  const row = await prisma.helpRequest.findFirst({
    where: { id: requestId, ...requestsVisibleTo(actor) },
    select: { ...summarySelect, ...subjectSelect(actor) },
  });
  if (!row) return null;
  const [full, offers] = await Promise.all([
    prisma.helpRequest.findFirst({
      where: { id: requestId, ...requestDetailsVisibleTo(actor) },
      select: {
        description: true,
        checkInDueAt: true,
        checkInDoneAt: true,
        resident: { select: { displayName: true } },
        createdBy: { select: { displayName: true } },
        matchedVolunteer: { select: { displayName: true } },
        visits: {
          orderBy: { date: "desc" },
          take: 50,
          select: { id: true, date: true, minutes: true, note: true, volunteer: { select: { displayName: true } } },
        },
      },
    }),
    prisma.helpOffer.findMany({
      where: { requestId, ...offersVisibleTo(actor) },
      orderBy: { createdAt: "asc" },
      select: { id: true, status: true, origin: true, declineReason: true, volunteerId: true, volunteer: { select: { displayName: true } } },
    }),
  ]);
  return {
    /** For the permission checks on the server; not for the page. */
    subject: {
      residentId: row.residentId,
      neighbourhoodId: row.neighbourhoodId,
      status: row.status,
      matchedVolunteerId: row.matchedVolunteerId,
      offers: row.offers,
      meetAtWijkhuis: row.meetAtWijkhuis,
      firstMeetingAt: row.firstMeetingAt,
      firstMeetingDoneAt: row.firstMeetingDoneAt,
    },
    summary: toSummary(row),
    details: full && {
      description: full.description,
      residentName: full.resident.displayName,
      createdBy: full.createdBy.displayName,
      volunteerName: full.matchedVolunteer?.displayName ?? null,
      checkInDue: Boolean(full.checkInDueAt && !full.checkInDoneAt),
      visits: full.visits.map((v) => ({
        id: v.id,
        date: v.date.toISOString().slice(0, 10),
        minutes: v.minutes,
        note: v.note,
        volunteer: v.volunteer.displayName,
      })),
    },
    offers: offers.map((o) => ({
      id: o.id,
      status: o.status,
      origin: o.origin,
      declineReason: o.declineReason,
      volunteerId: o.volunteerId,
      volunteerName: o.volunteer.displayName,
      mine: o.volunteerId === actor.user.id,
    })),
  };
}

/**
 * Address and phone, only for staff of the request's neighbourhood and the volunteer matched to it; each call is
 * one recorded view in ContactView, under the person really signed in.
 */
export async function viewContactDetails(actor: Actor, requestId: string) {
  const row = await prisma.helpRequest.findFirst({
    where: { id: requestId, ...contactVisibleTo(actor) },
    select: {
      residentId: true,
      resident: {
        select: {
          displayName: true,
          phone: true,
          address: true,
          residences: {
            where: { movedOutAt: null },
            select: { unit: true, building: { select: { name: true, address: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  await prisma.contactView.create({ data: { viewerId: actor.signedIn.id, subjectId: row.residentId, requestId } });
  const home = row.resident.residences[0];
  return {
    name: row.resident.displayName,
    phone: row.resident.phone,
    address: home ? `${home.building.address}` : row.resident.address,
    building: home ? home.building.name : null,
    unit: home?.unit ?? null,
  };
}

/** Visits of one pair: the matched volunteer, the resident and staff of its neighbourhood only. */
export function listVisits(actor: Actor, requestId: string) {
  return prisma.visitLog.findMany({
    where: { requestId, request: requestDetailsVisibleTo(actor) },
    orderBy: { date: "desc" },
    select: { id: true, date: true, minutes: true, note: true },
  });
}

/** A resident's own requests (or those of the resident a buurtwerker acts for). */
export async function listMyRequests(actor: Actor) {
  // Most people opening /hulp have asked for nothing yet: one small query says so, without the query builder's four.
  const [any] = await readRows<unknown>`SELECT 1 AS "one" FROM "HelpRequest" WHERE "residentId" = ${actor.user.id} LIMIT 1`;
  if (!any) return [];
  const rows = await prisma.helpRequest.findMany({
    where: { residentId: actor.user.id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { ...summarySelect, matchedVolunteer: { select: { displayName: true } } },
  });
  return rows.map((row) => ({ ...toSummary(row), volunteerName: row.matchedVolunteer?.displayName ?? null }));
}

/** The volunteer's page: offers waiting for an answer, running tasks, and open requests nearby. */
export async function getVolunteerTasks(actor: Actor) {
  const volunteerId = actor.user.id;
  const profile = await getVolunteerProfile(actor);
  const [offers, tasks] = await Promise.all([
    prisma.helpRequest.findMany({
      where: { status: { in: activeStatuses }, offers: { some: { volunteerId, status: "pending", origin: "staff" } } },
      orderBy: { createdAt: "asc" },
      select: summarySelect,
    }),
    prisma.helpRequest.findMany({
      where: { matchedVolunteerId: volunteerId, status: "matched" },
      orderBy: { matchedAt: "desc" },
      select: { ...summarySelect, resident: { select: { displayName: true } } },
    }),
  ]);
  const neighbourhoods = profile ? profile.neighbourhoods : [];
  const browse =
    profile?.approvedAt && neighbourhoods.length > 0
      ? await prisma.helpRequest.findMany({
          where: {
            status: { in: activeStatuses },
            neighbourhoodId: { in: neighbourhoods },
            residentId: { not: volunteerId },
            offers: { none: { volunteerId } },
          },
          orderBy: { createdAt: "asc" },
          take: 30,
          select: { ...summarySelect, residentId: true, neighbourhoodId: true, matchedVolunteerId: true },
        })
      : [];
  const volunteer = { neighbourhoodIds: neighbourhoods, approved: Boolean(profile?.approvedAt) };
  const pendingOwn = await prisma.helpOffer.findMany({
    where: { volunteerId, origin: "volunteer", status: "pending", request: { status: { in: activeStatuses } } },
    select: { request: { select: summarySelect } },
  });
  return {
    profile,
    offers: offers.map(toSummary),
    tasks: tasks.map((row) => ({ ...toSummary(row), residentName: row.resident.displayName })),
    browse: browse.map((row) => ({ ...toSummary(row), mayPropose: can(actor, "proposeHelp", { request: { ...row, offers: [] }, volunteer }) })),
    proposed: pendingOwn.map((o) => toSummary(o.request)),
  };
}

/** The person's own volunteer profile. */
export async function getVolunteerProfile(actor: Actor) {
  const row = await prisma.volunteerProfile.findUnique({
    where: { userId: actor.user.id },
    select: {
      skills: true,
      languages: true,
      availability: true,
      neighbourhoods: true,
      maxDistanceMeters: true,
      maxTasks: true,
      pausedUntil: true,
      approvedAt: true,
      approvedBy: { select: { displayName: true } },
    },
  });
  if (!row) return null;
  return {
    skills: splitList(row.skills),
    languages: splitList(row.languages),
    availability: splitSlots(row.availability),
    neighbourhoods: splitList(row.neighbourhoods),
    maxDistanceMeters: row.maxDistanceMeters,
    maxTasks: row.maxTasks,
    pausedUntil: row.pausedUntil?.toISOString().slice(0, 10) ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    approvedBy: row.approvedBy?.displayName ?? null,
  };
}

/**
 * Residents a buurtwerker may record a request for: those living where they work (also those without email).
 * 500: one wijkhuis' reach.
 */
export function listResidentsForStaff(actor: Actor) {
  if (!actor.staff) return Promise.resolve([]);
  return prisma.user.findMany({
    where: { deletedAt: null, roles: { some: { role: "resident" } }, ...livesIn(staffNeighbourhoods(actor)) },
    orderBy: { displayName: "asc" },
    take: 500,
    select: { id: true, displayName: true, email: true },
  });
}

const volunteerMatchSelect = {
  userId: true,
  skills: true,
  languages: true,
  availability: true,
  neighbourhoods: true,
  maxDistanceMeters: true,
  maxTasks: true,
  pausedUntil: true,
  approvedAt: true,
  user: {
    select: {
      displayName: true,
      residences: { where: { movedOutAt: null }, select: { building: { select: { latitude: true, longitude: true } } } },
      helpRequestsMatched: { where: { status: { in: ["matched", "done"] } }, select: { residentId: true, status: true } },
    },
  },
} satisfies Prisma.VolunteerProfileSelect;

type VolunteerMatchRow = Prisma.VolunteerProfileGetPayload<{ select: typeof volunteerMatchSelect }>;

function toMatchVolunteer(row: VolunteerMatchRow): MatchVolunteer {
  const building = row.user.residences[0]?.building;
  return {
    id: row.userId,
    skills: splitList(row.skills),
    languages: splitList(row.languages),
    availability: splitSlots(row.availability),
    neighbourhoodIds: splitList(row.neighbourhoods),
    location: building?.latitude != null && building.longitude != null ? { latitude: building.latitude, longitude: building.longitude } : null,
    maxDistanceMeters: row.maxDistanceMeters,
    activeTasks: row.user.helpRequestsMatched.filter((r) => r.status === "matched").length,
    maxTasks: row.maxTasks,
    approvedAt: row.approvedAt,
    pausedUntil: row.pausedUntil,
    helpedResidentIds: row.user.helpRequestsMatched.map((r) => r.residentId),
  };
}

/** The top suggestions for one waiting request, for a buurtwerker of its neighbourhood. */
export async function getSuggestions(actor: Actor, requestId: string, limit = 5) {
  const request = await prisma.helpRequest.findFirst({
    where: { id: requestId, status: { in: activeStatuses }, ...requestsOfMyNeighbourhoods(actor) },
    select: {
      id: true,
      residentId: true,
      kind: true,
      languages: true,
      times: true,
      neighbourhoodId: true,
      neighbourhood: { select: { name: true } },
      building: { select: { latitude: true, longitude: true } },
      resident: { select: { displayName: true } },
      offers: { select: { volunteerId: true } },
    },
  });
  if (!request) return [];
  const rows = await prisma.volunteerProfile.findMany({
    where: { approvedAt: { not: null }, user: { deletedAt: null } },
    select: volunteerMatchSelect,
  });
  const alreadyAsked = new Set(request.offers.map((o) => o.volunteerId));
  const names = new Map(rows.map((row) => [row.userId, row.user.displayName]));
  const suggestions = rankVolunteers(
    {
      id: request.id,
      residentId: request.residentId,
      residentFirstName: firstName(request.resident.displayName),
      kind: request.kind,
      languages: splitList(request.languages),
      times: splitSlots(request.times),
      neighbourhoodId: request.neighbourhoodId,
      neighbourhoodName: request.neighbourhood?.name ?? null,
      location:
        request.building?.latitude != null && request.building.longitude != null
          ? { latitude: request.building.latitude, longitude: request.building.longitude }
          : null,
    },
    rows.map(toMatchVolunteer).filter((v) => v.id !== request.residentId && !alreadyAsked.has(v.id)),
    { limit },
  );
  return suggestions.map((s) => ({ ...s, name: names.get(s.volunteerId) ?? "" }));
}

/**
 * The buurtwerker's overview of the neighbourhoods they work in: what waits, who carries how much, which pairs
 * went quiet.
 */
export async function getOverview(actor: Actor, now = new Date()) {
  const quietSince = new Date(now.getTime() - QUIET_PAIR_DAYS * DAY_MS);
  const mine = requestsOfMyNeighbourhoods(actor);
  const [open, volunteers, quiet, checkIns, newConcerns] = await Promise.all([
    prisma.helpRequest.findMany({
      where: { status: { in: activeStatuses }, ...mine },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: summarySelect,
    }),
    prisma.volunteerProfile.findMany({
      where: { user: { deletedAt: null }, ...volunteersOfMyNeighbourhoods(actor) },
      orderBy: { user: { displayName: "asc" } },
      select: {
        userId: true,
        maxTasks: true,
        approvedAt: true,
        pausedUntil: true,
        user: {
          select: {
            displayName: true,
            _count: { select: { helpRequestsMatched: { where: { status: "matched" } } } },
          },
        },
      },
    }),
    prisma.helpRequest.findMany({
      where: { status: "matched", matchedAt: { lt: quietSince }, visits: { none: { date: { gte: quietSince } } }, ...mine },
      orderBy: { matchedAt: "asc" },
      select: {
        id: true,
        kind: true,
        resident: { select: { displayName: true } },
        matchedVolunteer: { select: { displayName: true } },
        visits: { orderBy: { date: "desc" }, take: 1, select: { date: true } },
      },
    }),
    prisma.helpRequest.findMany({
      where: { checkInDueAt: { not: null }, checkInDoneAt: null, status: "matched", ...mine },
      orderBy: { checkInDueAt: "asc" },
      select: {
        id: true,
        kind: true,
        resident: { select: { displayName: true } },
        matchedVolunteer: { select: { displayName: true } },
      },
    }),
    prisma.concern.count({ where: { status: "new", ...concernsVisibleTo(actor) } }),
  ]);
  return {
    open: open.map((row) => {
      const ageDays = Math.floor((now.getTime() - row.createdAt.getTime()) / DAY_MS);
      return { ...toSummary(row), residentName: row.resident.displayName, ageDays, stale: ageDays > STALE_REQUEST_DAYS };
    }),
    volunteers: volunteers.map((v) => ({
      id: v.userId,
      name: v.user.displayName,
      active: v.user._count.helpRequestsMatched,
      maxTasks: v.maxTasks,
      approved: v.approvedAt !== null,
      paused: v.pausedUntil !== null && v.pausedUntil > now,
    })),
    quiet: quiet.map((row) => ({
      id: row.id,
      kind: row.kind,
      residentName: row.resident.displayName,
      volunteerName: row.matchedVolunteer?.displayName ?? "",
      lastVisit: row.visits[0]?.date.toISOString().slice(0, 10) ?? null,
    })),
    checkIns: checkIns.map((row) => ({
      id: row.id,
      kind: row.kind,
      residentName: row.resident.displayName,
      volunteerName: row.matchedVolunteer?.displayName ?? "",
    })),
    newConcerns,
  };
}

/**
 * Staff: the volunteers serving the neighbourhoods they work in, with their profile state, for approval; those
 * without a profile yet when they live there.
 */
export async function listVolunteersForStaff(actor: Actor) {
  if (!actor.staff) return [];
  const places = staffNeighbourhoods(actor);
  const rows = await prisma.user.findMany({
    where: {
      deletedAt: null,
      roles: { some: { role: "volunteer" } },
      ...(isAdmin(actor) ? {} : { OR: [{ volunteerProfile: volunteersOfMyNeighbourhoods(actor) }, { volunteerProfile: null, ...livesIn(places) }] }),
    },
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      volunteerProfile: {
        select: { skills: true, languages: true, neighbourhoods: true, approvedAt: true, approvedBy: { select: { displayName: true } } },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.displayName,
    hasProfile: row.volunteerProfile !== null,
    skills: splitList(row.volunteerProfile?.skills),
    languages: splitList(row.volunteerProfile?.languages),
    serves: splitList(row.volunteerProfile?.neighbourhoods),
    approvedAt: row.volunteerProfile?.approvedAt?.toISOString() ?? null,
    approvedBy: row.volunteerProfile?.approvedBy?.displayName ?? null,
  }));
}

const concernSubjectSelect = {
  raisedById: true,
  request: { select: { neighbourhoodId: true } },
  raisedBy: { select: { neighbourhoodId: true, residences: { where: { movedOutAt: null }, select: { building: { select: { neighbourhoodId: true } } } } } },
} satisfies Prisma.ConcernSelect;

function toConcernSubject(row: Prisma.ConcernGetPayload<{ select: typeof concernSubjectSelect }>): ConcernSubject {
  const places = [row.raisedBy.neighbourhoodId, ...row.raisedBy.residences.map((r) => r.building.neighbourhoodId)];
  return {
    raisedById: row.raisedById,
    requestNeighbourhoodId: row.request?.neighbourhoodId ?? null,
    raiserNeighbourhoodIds: places.filter((id): id is string => id !== null),
  };
}

/** A concern as permissions.ts sees it, if this person may read it at all. */
export async function findConcernSubject(db: Db, actor: Actor, concernId: string): Promise<ConcernSubject | null> {
  const row = await db.concern.findFirst({ where: { id: concernId, ...concernsVisibleTo(actor) }, select: concernSubjectSelect });
  return row && toConcernSubject(row);
}

/** Concerns: the ones someone raised, and for staff those of the neighbourhoods they work in. */
export async function listConcerns(actor: Actor) {
  const rows = await prisma.concern.findMany({
    where: concernsVisibleTo(actor),
    orderBy: [{ createdAt: "desc" }],
    take: 100,
    select: {
      id: true,
      text: true,
      status: true,
      createdAt: true,
      requestId: true,
      handledBy: { select: { displayName: true } },
      raisedById: true,
      request: concernSubjectSelect.request,
      raisedBy: { select: { displayName: true, ...concernSubjectSelect.raisedBy.select } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    requestId: row.requestId,
    raisedBy: row.raisedBy.displayName,
    handledBy: row.handledBy?.displayName ?? null,
    mayHandle: can(actor, "handleConcern", toConcernSubject(row)),
  }));
}

/** Requests someone can raise a concern about: their own, or the ones they help with. */
export async function listConcernableRequests(actor: Actor) {
  const rows = await prisma.helpRequest.findMany({
    where: { OR: [{ residentId: actor.user.id }, { matchedVolunteerId: actor.user.id }] },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** How this buurtwerker hears of new help requests: each one unless they chose otherwise. */
export async function getHelpAlerts(actor: Actor): Promise<AlertChoice> {
  const row = await prisma.helpAlertSettings.findUnique({ where: { userId: actor.signedIn.id }, select: { newRequests: true } });
  return alertChoices.find((choice) => choice === row?.newRequests) ?? "each";
}

/** For the person's own /ik: how many of their help requests are running, and how many buddy tasks they have. */
export async function helpSummary(actor: Actor) {
  const userId = actor.user.id;
  // One SQL query for both counts: /ik asks on every visit.
  const [row] = await readRows<{ requests: number; tasks: number }>`
    SELECT
      (SELECT COUNT(*) FROM "HelpRequest" WHERE "residentId" = ${userId} AND "status" IN (${Prisma.join(activeStatuses)})) AS "requests",
      (SELECT COUNT(*) FROM "HelpRequest" WHERE "matchedVolunteerId" = ${userId} AND "status" = 'matched') AS "tasks"`;
  return { requests: row?.requests ?? 0, tasks: row?.tasks ?? 0 };
}
