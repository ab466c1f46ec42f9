// Reads for the help feature. Every query scopes by who asks in its `where` and names its fields.
import type { Prisma } from "@prisma/client";
import type { HelpActor } from "~/features/help/access";
import { rankVolunteers, type MatchVolunteer } from "~/features/help/matching";
import { firstName, splitList, splitSlots } from "~/features/help/vocabulary";
import { prisma } from "~/utils/db.server";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Unmatched for more than a week: the overview shows it in red. */
export const STALE_REQUEST_DAYS = 7;
/** A buddy pair without a logged visit for a month needs a phone call. */
export const QUIET_PAIR_DAYS = 30;

export const activeStatuses = ["open", "offered"];

/** Requests a person may see at all: staff all; others their own, their matches and their offers. */
export function visibleRequestScope(actor: HelpActor): Prisma.HelpRequestWhereInput {
  if (actor.isStaff) return {};
  return {
    OR: [
      { residentId: actor.userId },
      { matchedVolunteerId: actor.userId },
      { offers: { some: { volunteerId: actor.userId } } },
    ],
  };
}

/** Requests whose description and names a person may read: staff, the resident, the matched volunteer. */
export function fullRequestScope(actor: HelpActor): Prisma.HelpRequestWhereInput {
  if (actor.isStaff) return {};
  return { OR: [{ residentId: actor.userId }, { matchedVolunteerId: actor.userId, status: { in: ["matched", "done"] } }] };
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
  createdAt: true,
  neighbourhood: { select: { name: true } },
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
    createdAt: row.createdAt.toISOString(),
    neighbourhood: row.neighbourhood?.name ?? null,
    residentFirstName: firstName(row.resident.displayName),
  };
}
export type RequestSummary = ReturnType<typeof toSummary>;

export async function getRequestForViewer(actor: HelpActor, requestId: string) {
  const summaryRow = await prisma.helpRequest.findFirst({
    where: { id: requestId, ...visibleRequestScope(actor) },
    select: summarySelect,
  });
  if (!summaryRow) return null;
  const full = await prisma.helpRequest.findFirst({
    where: { id: requestId, ...fullRequestScope(actor) },
    select: {
      description: true,
      residentId: true,
      matchedVolunteerId: true,
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
  });
  const offers = await prisma.helpOffer.findMany({
    where: { requestId, ...(actor.isStaff ? {} : { volunteerId: actor.userId }) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      origin: true,
      declineReason: true,
      volunteerId: true,
      volunteer: { select: { displayName: true } },
    },
  });
  return {
    summary: toSummary(summaryRow),
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
    role: {
      isResident: full?.residentId === actor.userId,
      isMatchedVolunteer: Boolean(full && full.matchedVolunteerId === actor.userId),
      isStaff: actor.isStaff,
    },
    offers: offers.map((o) => ({
      id: o.id,
      status: o.status,
      origin: o.origin,
      declineReason: o.declineReason,
      volunteerId: o.volunteerId,
      volunteerName: o.volunteer.displayName,
    })),
  };
}

/**
 * Address and phone, only for staff and the volunteer matched to this request; each call is one
 * recorded view in ContactView.
 */
export async function viewContactDetails(actor: HelpActor, requestId: string) {
  const where: Prisma.HelpRequestWhereInput = actor.isStaff
    ? { id: requestId }
    : { id: requestId, matchedVolunteerId: actor.userId, status: "matched" };
  const row = await prisma.helpRequest.findFirst({
    where,
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
  await prisma.contactView.create({ data: { viewerId: actor.actorId, subjectId: row.residentId, requestId } });
  const home = row.resident.residences[0];
  return {
    name: row.resident.displayName,
    phone: row.resident.phone,
    address: home ? `${home.building.address}` : row.resident.address,
    building: home ? home.building.name : null,
    unit: home?.unit ?? null,
  };
}

/** Visits of one pair: the matched volunteer, the resident and staff only. */
export function listVisits(actor: HelpActor, requestId: string) {
  return prisma.visitLog.findMany({
    where: { requestId, request: fullRequestScope(actor) },
    orderBy: { date: "desc" },
    select: { id: true, date: true, minutes: true, note: true },
  });
}

/** A resident's own requests (or the resident a buurtwerker acts for). */
export async function listMyRequests(residentId: string) {
  const rows = await prisma.helpRequest.findMany({
    where: { residentId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { ...summarySelect, matchedVolunteer: { select: { displayName: true } } },
  });
  return rows.map((row) => ({ ...toSummary(row), volunteerName: row.matchedVolunteer?.displayName ?? null }));
}

/** The volunteer's page: offers waiting for an answer, running tasks, and open requests nearby. */
export async function getVolunteerTasks(volunteerId: string) {
  const profile = await getVolunteerProfile(volunteerId);
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
          select: summarySelect,
        })
      : [];
  const pendingOwn = await prisma.helpOffer.findMany({
    where: { volunteerId, origin: "volunteer", status: "pending", request: { status: { in: activeStatuses } } },
    select: { request: { select: summarySelect } },
  });
  return {
    profile,
    offers: offers.map(toSummary),
    tasks: tasks.map((row) => ({ ...toSummary(row), residentName: row.resident.displayName })),
    browse: browse.map(toSummary),
    proposed: pendingOwn.map((o) => toSummary(o.request)),
  };
}

export async function getVolunteerProfile(userId: string) {
  const row = await prisma.volunteerProfile.findUnique({
    where: { userId },
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

export function listNeighbourhoods() {
  return prisma.neighbourhood.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Residents for the buurtwerker's request form (also those without email). 500: one wijkhuis' reach. */
export function listResidentsForStaff() {
  return prisma.user.findMany({
    where: { deletedAt: null, roles: { some: { role: "resident" } } },
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

/** The top suggestions for one request, for the buurtwerker (staff only: the caller checks the role). */
export async function getSuggestions(requestId: string, limit = 5) {
  const request = await prisma.helpRequest.findFirst({
    where: { id: requestId, status: { in: activeStatuses } },
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

/** The buurtwerker's overview: what waits, who carries how much, which pairs went quiet. */
export async function getOverview(now = new Date()) {
  const quietSince = new Date(now.getTime() - QUIET_PAIR_DAYS * DAY_MS);
  const [open, volunteers, quiet, checkIns, newConcerns] = await Promise.all([
    prisma.helpRequest.findMany({
      where: { status: { in: activeStatuses } },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: summarySelect,
    }),
    prisma.volunteerProfile.findMany({
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
      where: { status: "matched", matchedAt: { lt: quietSince }, visits: { none: { date: { gte: quietSince } } } },
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
      where: { checkInDueAt: { not: null }, checkInDoneAt: null, status: "matched" },
      orderBy: { checkInDueAt: "asc" },
      select: {
        id: true,
        kind: true,
        resident: { select: { displayName: true } },
        matchedVolunteer: { select: { displayName: true } },
      },
    }),
    prisma.concern.count({ where: { status: "new" } }),
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

/** Staff: every volunteer with their profile state, for approval. */
export async function listVolunteersForStaff() {
  const rows = await prisma.user.findMany({
    where: { deletedAt: null, roles: { some: { role: "volunteer" } } },
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      volunteerProfile: {
        select: { skills: true, languages: true, approvedAt: true, pausedUntil: true, approvedBy: { select: { displayName: true } } },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.displayName,
    hasProfile: row.volunteerProfile !== null,
    skills: splitList(row.volunteerProfile?.skills),
    languages: splitList(row.volunteerProfile?.languages),
    approvedAt: row.volunteerProfile?.approvedAt?.toISOString() ?? null,
    approvedBy: row.volunteerProfile?.approvedBy?.displayName ?? null,
  }));
}

/** Concerns: staff see all, others only the ones they raised. */
export async function listConcerns(actor: HelpActor) {
  const rows = await prisma.concern.findMany({
    where: actor.isStaff ? {} : { raisedById: actor.userId },
    orderBy: [{ createdAt: "desc" }],
    take: 100,
    select: {
      id: true,
      text: true,
      status: true,
      createdAt: true,
      requestId: true,
      raisedBy: { select: { displayName: true } },
      handledBy: { select: { displayName: true } },
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
  }));
}

/** Requests someone can raise a concern about: their own, or the ones they help with. */
export async function listConcernableRequests(actor: HelpActor) {
  const rows = await prisma.helpRequest.findMany({
    where: { OR: [{ residentId: actor.userId }, { matchedVolunteerId: actor.userId }] },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: summarySelect,
  });
  return rows.map(toSummary);
}
