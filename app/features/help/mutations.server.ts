// Writes for the help feature. Every change takes the Actor, loads its subject the way the queries scope it (404
// when the person may not see it), asks permissions.ts (403 when they may see but not do it), and runs with the
// emails it causes, and the note that a buurtwerker did it for the resident, in one transaction.
import type { Prisma } from "@prisma/client";
import { createElement } from "react";
import { HelpNoticeEmail } from "#emails/help-notice";
import { livesIn } from "~/features/accounts/queries.server";
import { checkFirstMeeting, meetingMoment } from "~/features/help/first-meeting";
import { activeStatuses, can, type RequestSubject } from "~/features/help/permissions";
import { findConcernSubject, findRequestSubject, volunteersOfMyNeighbourhoods } from "~/features/help/queries.server";
import type { ConcernAction, HelpRequestInput, RequestAction, VolunteerProfileInput } from "~/features/help/schema";
import { firstName, joinList, splitList, splitSlots, type AlertChoice } from "~/features/help/vocabulary";
import { markReferralsMatched } from "~/features/outreach/referrals.server";
import { noteActing } from "~/utils/acting.server";
import { staffNeighbourhoods, worksIn, type Actor } from "~/utils/actor";
import { AppError, forbidden, notFound } from "~/utils/app-error";
import { prisma } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/email.server";
import { env } from "~/utils/env.server";
import { getFixedT } from "~/utils/i18n.server";
import { defaultLocale, isLocale, localeTags, type Locale } from "~/utils/i18n";
import { runOnce } from "~/utils/idempotency.server";

type Tx = Prisma.TransactionClient;

const dateOnly = (value: string) => new Date(`${value}T12:00:00Z`);

/** Actions on one request that take the request as their subject. */
type RequestRule = "offer" | "confirmOffer" | "answerOffer" | "logVisit" | "checkIn" | "cancel" | "finish" | "planMeeting" | "meetingDone";

/** The request, if this person may see it (else 404) and do `action` with it (else 403). */
async function requestFor(tx: Tx, actor: Actor, requestId: string, action: RequestRule): Promise<RequestSubject> {
  const request = await findRequestSubject(tx, actor, requestId);
  if (!request) throw notFound();
  if (!can(actor, action, request)) throw forbidden();
  return request;
}

/** Staff-only changes: refused before anything is looked up, so nobody learns whether a request exists. */
function requireCoordinator(actor: Actor) {
  if (!can(actor, "coordinate")) throw forbidden();
}

/** The kind of help in the resident's language, for the note on their /ik page. */
function kindFor(actor: Actor, kind: string) {
  return getFixedT(localeOf(actor.user), "help")(`kinds.${kind}`);
}

/** Volunteers are people with the volunteer role; saving a profile gives a resident that role too. */
export async function saveVolunteerProfile(actor: Actor, data: VolunteerProfileInput) {
  if (!can(actor, "keepProfile")) throw forbidden();
  const userId = actor.user.id;
  const values = {
    skills: joinList(data.skills),
    languages: joinList(data.languages),
    availability: joinList(data.availability),
    neighbourhoods: joinList(data.neighbourhoods),
    maxDistanceMeters: data.maxDistanceMeters,
    maxTasks: data.maxTasks,
    pausedUntil: data.pausedUntil ? dateOnly(data.pausedUntil) : null,
  };
  await prisma.$transaction(async (tx) => {
    await tx.userRole.upsert({
      where: { userId_role: { userId, role: "volunteer" } },
      create: { userId, role: "volunteer" },
      update: {},
    });
    await tx.volunteerProfile.upsert({ where: { userId }, create: { userId, ...values }, update: values });
  });
}

/** A buurtwerker records that the intake is done and the certificate of good conduct was seen. */
export async function approveVolunteer(actor: Actor, volunteerId: string) {
  requireCoordinator(actor);
  const profile = await prisma.volunteerProfile.findFirst({
    where: { userId: volunteerId, user: { deletedAt: null }, ...volunteersOfMyNeighbourhoods(actor) },
    select: { neighbourhoods: true },
  });
  if (!profile) throw notFound();
  if (!can(actor, "approveVolunteer", { neighbourhoodIds: splitList(profile.neighbourhoods) })) throw forbidden();
  // Approved already (two buurtwerkers at once): the first one's name stays, and one email goes.
  await prisma.$transaction(async (tx) => {
    const approved = await tx.volunteerProfile.updateMany({
      where: { userId: volunteerId, approvedAt: null },
      data: { approvedAt: new Date(), approvedById: actor.signedIn.id },
    });
    if (approved.count !== 1) return;
    const volunteer = await tx.user.findUniqueOrThrow({ where: { id: volunteerId }, select: { email: true, locale: true, displayName: true } });
    await notify(tx, volunteer, "approved", {}, "/hulp/taken", { dedupeKey: `volunteer-approved:${volunteerId}` });
  });
}

/**
 * A resident asks for help (or a buurtwerker acting for them: on the record); a buurtwerker working as themselves
 * records a request for a resident who lives where they work. The creator is whoever is really signed in.
 */
export async function createHelpRequest(actor: Actor, data: HelpRequestInput) {
  return prisma.$transaction((tx) => createHelpRequestIn(tx, actor, data));
}

/** The same, in the caller's transaction (an intake at the desk that leads the person to a buddy). */
export async function createHelpRequestIn(tx: Tx, actor: Actor, data: HelpRequestInput) {
  const resident = actor.staff ? await residentForStaff(tx, actor, data.residentId) : await askingResident(tx, actor);
  const building = resident.residences[0]?.building ?? null;
  const created = await tx.helpRequest.create({
    data: {
      residentId: resident.id,
      createdById: actor.signedIn.id,
      kind: data.kind,
      description: data.description,
      recurrence: data.recurrence,
      dateFrom: data.dateFrom ? dateOnly(data.dateFrom) : null,
      dateUntil: data.dateUntil ? dateOnly(data.dateUntil) : null,
      times: joinList(data.times),
      languages: joinList(data.languages),
      urgency: data.urgency,
      meetAtWijkhuis: data.meetAtWijkhuis,
      neighbourhoodId: building?.neighbourhoodId ?? resident.neighbourhoodId,
      buildingId: building?.id ?? null,
    },
    select: { id: true, neighbourhoodId: true, neighbourhood: { select: { name: true } }, resident: { select: { displayName: true } } },
  });
  // The buurtwerkers of the neighbourhood hear of it at once, unless they chose the daily digest or no mail (issue
  // 16: requests only surfaced when someone opened the overview). Not the one who wrote it down.
  const params = { kind: data.kind, resident: firstName(created.resident.displayName), neighbourhood: created.neighbourhood?.name ?? "" };
  for (const staff of await responsibleStaff(tx, [created.neighbourhoodId])) {
    if (staff.id === actor.signedIn.id || alertChoiceOf(staff) !== "each") continue;
    await notify(tx, staff, data.urgency === "high" ? "newRequestUrgent" : "newRequest", params, `/hulp/vragen/${created.id}`);
  }
  await noteActing(tx, actor, "help.request", kindFor(actor, data.kind));
  return { id: created.id };
}

const residentSelect = {
  id: true,
  neighbourhoodId: true,
  residences: { where: { movedOutAt: null }, select: { building: { select: { id: true, neighbourhoodId: true } } } },
} satisfies Prisma.UserSelect;

async function residentForStaff(db: Tx, actor: Actor, residentId: string | undefined) {
  const resident = residentId
    ? await db.user.findFirst({
        where: { id: residentId, deletedAt: null, roles: { some: { role: "resident" } }, ...livesIn(staffNeighbourhoods(actor)) },
        select: residentSelect,
      })
    : null;
  if (!resident) throw new AppError("help:errors.pickResident", { field: "residentId" });
  const places = [resident.neighbourhoodId, ...resident.residences.map((r) => r.building.neighbourhoodId)];
  if (!can(actor, "recordFor", { neighbourhoodIds: places.filter((id): id is string => id !== null) })) throw forbidden();
  return resident;
}

async function askingResident(db: Tx, actor: Actor) {
  if (!can(actor, "askForHelp")) throw forbidden();
  const resident = await db.user.findFirst({ where: { id: actor.user.id, deletedAt: null }, select: residentSelect });
  if (!resident) throw notFound();
  return resident;
}

const availableVolunteer = (now: Date): Prisma.VolunteerProfileWhereInput => ({
  approvedAt: { not: null },
  OR: [{ pausedUntil: null }, { pausedUntil: { lte: now } }],
});

type Recipient = { email: string | null; locale: string; displayName: string };

function localeOf(recipient: { locale: string }): Locale {
  return isLocale(recipient.locale) ? recipient.locale : defaultLocale;
}

async function notify(
  tx: Tx,
  recipient: Recipient,
  kind:
    | "newRequest"
    | "newRequestUrgent"
    | "offer"
    | "accepted"
    | "acceptedStaff"
    | "acceptedWijkhuis"
    | "acceptedStaffWijkhuis"
    | "meetingPlanned"
    | "meetingDone"
    | "meetingDoneResident"
    | "cancelled"
    | "concern"
    | "checkIn"
    | "volunteerOffer"
    | "approved",
  params: Record<string, string>,
  path: string,
  extra: { quote?: string; dedupeKey?: string } = {},
) {
  if (!recipient.email) return;
  const locale = localeOf(recipient);
  const t = getFixedT(locale, "help");
  const values = {
    ...params,
    kind: params.kind ? t(`kinds.${params.kind}`) : "",
    name: firstName(recipient.displayName),
    // A moment (the first meeting) in the recipient's language, on Brussels' clock.
    ...(params.at ? { at: new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Brussels" }).format(new Date(params.at)) } : {}),
  };
  await enqueueEmail(tx, {
    to: recipient.email,
    kind: `help-${kind}`,
    subject: t(`email.${kind}.subject`, values),
    dedupeKey: extra.dedupeKey,
    body: createElement(HelpNoticeEmail, {
      lang: locale,
      greeting: t("email.greeting", values),
      lines: [t(`email.${kind}.body`, values)],
      quote: extra.quote,
      button: t(`email.${kind}.button`, values),
      link: new URL(path, env.APP_URL).toString(),
      footer: t("email.footer"),
    }),
  });
}

/**
 * The buurtwerkers who work in these neighbourhoods today (their assignments, a cover until its end date): the
 * only ones who can open what the email links to. The admins when nobody works there.
 */
export async function responsibleStaff(tx: Tx, neighbourhoodIds: readonly (string | null)[], now = new Date()) {
  const select = { id: true, email: true, locale: true, displayName: true, helpAlertSettings: { select: { newRequests: true } } } as const;
  const places = neighbourhoodIds.filter((id): id is string => id !== null);
  const local =
    places.length > 0
      ? await tx.user.findMany({
          where: {
            deletedAt: null,
            roles: { some: { role: "buurtwerker" } },
            staffAssignments: { some: { neighbourhoodId: { in: places }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] } },
          },
          select,
        })
      : [];
  if (local.length > 0) return local;
  return tx.user.findMany({ where: { deletedAt: null, roles: { some: { role: "admin" } } }, select });
}

/** A buurtwerker's choice for new requests; no row: each one. */
export function alertChoiceOf(staff: { helpAlertSettings: { newRequests: string } | null }): AlertChoice {
  const chosen = staff.helpAlertSettings?.newRequests;
  return chosen === "daily" || chosen === "none" ? chosen : "each";
}

/** A buurtwerker (or admin) chooses how they hear of new help requests. */
export async function saveHelpAlerts(actor: Actor, data: { newRequests: AlertChoice }) {
  requireCoordinator(actor);
  const userId = actor.signedIn.id;
  await prisma.helpAlertSettings.upsert({ where: { userId }, create: { userId, newRequests: data.newRequests }, update: { newRequests: data.newRequests } });
}

/** A buurtwerker offers a request to one or more volunteers (approved and not on a pause). */
export async function offerRequest(actor: Actor, requestId: string, volunteerIds: string[], now = new Date()) {
  requireCoordinator(actor);
  return prisma.$transaction(async (tx) => {
    await requestFor(tx, actor, requestId, "offer");
    const request = await tx.helpRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { kind: true, residentId: true, neighbourhood: { select: { name: true } }, resident: { select: { displayName: true } } },
    });
    const volunteers = await tx.user.findMany({
      where: {
        id: { in: volunteerIds, not: request.residentId },
        deletedAt: null,
        volunteerProfile: availableVolunteer(now),
        helpOffers: { none: { requestId } },
      },
      select: { id: true, email: true, locale: true, displayName: true },
    });
    for (const volunteer of volunteers) {
      await tx.helpOffer.create({ data: { requestId, volunteerId: volunteer.id, offeredById: actor.signedIn.id, origin: "staff" } });
      await notify(
        tx,
        volunteer,
        "offer",
        { kind: request.kind, resident: firstName(request.resident.displayName), neighbourhood: request.neighbourhood?.name ?? "" },
        `/hulp/taken`,
      );
    }
    if (volunteers.length > 0) await tx.helpRequest.updateMany({ where: { id: requestId, status: "open" }, data: { status: "offered" } });
    return volunteers.length;
  });
}

export type AcceptResult = { ok: true } | { ok: false; reason: "taken" };

/**
 * First acceptance wins: the request is claimed with one conditional update (still open or offered,
 * nobody matched yet). A second volunteer a moment later updates nothing and hears it is taken.
 */
async function claimRequest(tx: Tx, requestId: string, volunteerId: string, now: Date): Promise<boolean> {
  const claim = await tx.helpRequest.updateMany({
    where: { id: requestId, status: { in: activeStatuses }, matchedVolunteerId: null },
    data: { status: "matched", matchedVolunteerId: volunteerId, matchedAt: now },
  });
  if (claim.count !== 1) return false;
  // A buurtwerker who led this person to a buddy sees the referral come back as matched.
  await markReferralsMatched(tx, requestId, now);
  await tx.helpOffer.updateMany({
    where: { requestId, volunteerId },
    data: { status: "accepted", respondedAt: now },
  });
  await tx.helpOffer.updateMany({
    where: { requestId, volunteerId: { not: volunteerId }, status: "pending" },
    data: { status: "taken", respondedAt: now },
  });
  const request = await tx.helpRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      kind: true,
      neighbourhoodId: true,
      meetAtWijkhuis: true,
      resident: { select: { email: true, locale: true, displayName: true } },
      matchedVolunteer: { select: { displayName: true } },
    },
  });
  const params = {
    kind: request.kind,
    volunteer: request.matchedVolunteer?.displayName ?? "",
    resident: request.resident.displayName,
  };
  // Asked to meet at the wijkhuis first: nobody "neemt contact op" yet; the buurtwerker plans that meeting.
  const wijkhuis = request.meetAtWijkhuis;
  await notify(tx, request.resident, wijkhuis ? "acceptedWijkhuis" : "accepted", params, `/hulp/vragen/${requestId}`);
  for (const staff of await responsibleStaff(tx, [request.neighbourhoodId])) {
    await notify(tx, staff, wijkhuis ? "acceptedStaffWijkhuis" : "acceptedStaff", params, `/hulp/vragen/${requestId}`);
  }
  return true;
}

/** A volunteer says yes to a task a buurtwerker offered them. */
export async function acceptOffer(actor: Actor, requestId: string, now = new Date()): Promise<AcceptResult> {
  return prisma.$transaction(async (tx) => {
    await requestFor(tx, actor, requestId, "answerOffer");
    const volunteerId = actor.user.id;
    const offer = await tx.helpOffer.findFirst({
      where: {
        requestId,
        volunteerId,
        origin: "staff",
        status: { in: ["pending", "taken"] },
        volunteer: { volunteerProfile: availableVolunteer(now) },
      },
      select: { id: true, status: true },
    });
    if (!offer) throw notFound();
    if (offer.status === "taken") return { ok: false, reason: "taken" } as const;
    if (await claimRequest(tx, requestId, volunteerId, now)) return { ok: true } as const;
    await tx.helpOffer.update({ where: { id: offer.id }, data: { status: "taken", respondedAt: now } });
    return { ok: false, reason: "taken" } as const;
  });
}

export async function declineOffer(actor: Actor, requestId: string, reason: string | undefined, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    await requestFor(tx, actor, requestId, "answerOffer");
    const declined = await tx.helpOffer.updateMany({
      where: { requestId, volunteerId: actor.user.id, status: "pending", origin: "staff" },
      data: { status: "declined", declineReason: reason ?? null, respondedAt: now },
    });
    if (declined.count !== 1) throw notFound();
    // Nobody left to answer: the request is open again for the buurtwerker.
    const waiting = await tx.helpOffer.count({ where: { requestId, status: "pending" } });
    if (waiting === 0) await tx.helpRequest.updateMany({ where: { id: requestId, status: "offered" }, data: { status: "open" } });
  });
}

/** A volunteer browsing open requests in their neighbourhoods offers to help; a buurtwerker confirms. */
export async function volunteerOffersHelp(actor: Actor, requestId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const volunteerId = actor.user.id;
    const profile = await tx.volunteerProfile.findFirst({
      where: { userId: volunteerId, ...availableVolunteer(now) },
      select: { neighbourhoods: true, approvedAt: true },
    });
    const neighbourhoods = splitList(profile?.neighbourhoods);
    // Requests a volunteer browses are those waiting in the neighbourhoods they serve (getVolunteerTasks).
    const request = await tx.helpRequest.findFirst({
      where: {
        id: requestId,
        status: { in: activeStatuses },
        neighbourhoodId: { in: neighbourhoods },
        residentId: { not: volunteerId },
        offers: { none: { volunteerId } },
      },
      select: {
        id: true,
        kind: true,
        status: true,
        residentId: true,
        neighbourhoodId: true,
        matchedVolunteerId: true,
        meetAtWijkhuis: true,
        firstMeetingAt: true,
        firstMeetingDoneAt: true,
        resident: { select: { displayName: true } },
      },
    });
    if (!profile || !request) throw notFound();
    const subject = { request: { ...request, offers: [] }, volunteer: { neighbourhoodIds: neighbourhoods, approved: profile.approvedAt !== null } };
    if (!can(actor, "proposeHelp", subject)) throw forbidden();
    await tx.helpOffer.create({ data: { requestId, volunteerId, origin: "volunteer" } });
    const volunteer = await tx.user.findUniqueOrThrow({ where: { id: volunteerId }, select: { displayName: true } });
    for (const staff of await responsibleStaff(tx, [request.neighbourhoodId])) {
      await notify(
        tx,
        staff,
        "volunteerOffer",
        { kind: request.kind, volunteer: volunteer.displayName, resident: request.resident.displayName },
        `/hulp/vragen/${requestId}`,
      );
    }
  });
}

/** The buurtwerker confirms a volunteer's own offer: the same first-wins claim as an acceptance. */
export async function confirmVolunteerOffer(actor: Actor, requestId: string, volunteerId: string, now = new Date()): Promise<AcceptResult> {
  requireCoordinator(actor);
  return prisma.$transaction(async (tx) => {
    await requestFor(tx, actor, requestId, "confirmOffer");
    const offer = await tx.helpOffer.findFirst({
      where: { requestId, volunteerId, origin: "volunteer", status: { in: ["pending", "taken"] }, volunteer: { volunteerProfile: availableVolunteer(now) } },
      select: { id: true, status: true },
    });
    if (!offer) throw notFound();
    if (offer.status === "taken") return { ok: false, reason: "taken" } as const;
    if (await claimRequest(tx, requestId, volunteerId, now)) return { ok: true } as const;
    return { ok: false, reason: "taken" } as const;
  });
}

/** The resident (or staff of its neighbourhood) cancels; volunteers who were asked or matched hear it. */
export async function cancelRequest(actor: Actor, requestId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    await requestFor(tx, actor, requestId, "cancel");
    const request = await tx.helpRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: {
        kind: true,
        resident: { select: { displayName: true } },
        matchedVolunteer: { select: { email: true, locale: true, displayName: true } },
        offers: { where: { status: "pending" }, select: { volunteer: { select: { email: true, locale: true, displayName: true } } } },
      },
    });
    await tx.helpRequest.update({ where: { id: requestId }, data: { status: "cancelled", closedAt: now } });
    await tx.helpOffer.updateMany({ where: { requestId, status: "pending" }, data: { status: "withdrawn", respondedAt: now } });
    const told = [request.matchedVolunteer, ...request.offers.map((o) => o.volunteer)].filter((v) => v !== null);
    for (const volunteer of told) {
      await notify(tx, volunteer, "cancelled", { kind: request.kind, resident: firstName(request.resident.displayName) }, "/hulp/taken");
    }
    await noteActing(tx, actor, "help.cancel", kindFor(actor, request.kind));
  });
}

/** A one-off task is done, or a buddy pair ends: the resident, the matched volunteer or staff of its neighbourhood. */
export async function finishRequest(actor: Actor, requestId: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    await requestFor(tx, actor, requestId, "finish");
    const finished = await tx.helpRequest.updateMany({ where: { id: requestId, status: "matched" }, data: { status: "done", closedAt: now } });
    if (finished.count !== 1) throw notFound();
    const { kind } = await tx.helpRequest.findUniqueOrThrow({ where: { id: requestId }, select: { kind: true } });
    await noteActing(tx, actor, "help.finish", kindFor(actor, kind));
  });
}

type VisitData = { date: string; minutes: number; note?: string };

/**
 * Only the matched volunteer logs a visit. The first one asks the buurtwerker to check in with both
 * sides (overview item, and one email per request thanks to the dedupe key).
 */
export async function logVisit(actor: Actor, requestId: string, data: VisitData, now = new Date()) {
  return prisma.$transaction((tx) => logVisitIn(tx, actor, requestId, data, now));
}

/** `logVisit` in the caller's transaction: `runOnce`'s when the form was queued offline and may come twice. */
async function logVisitIn(tx: Tx, actor: Actor, requestId: string, data: VisitData, now = new Date()) {
  await requestFor(tx, actor, requestId, "logVisit");
  const volunteerId = actor.user.id;
  const request = await tx.helpRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      kind: true,
      checkInDueAt: true,
      neighbourhoodId: true,
      resident: { select: { displayName: true } },
      matchedVolunteer: { select: { displayName: true } },
    },
  });
  await tx.visitLog.create({
    data: { requestId, volunteerId, date: dateOnly(data.date), minutes: data.minutes, note: data.note ?? "" },
  });
  if (request.checkInDueAt === null) {
    await tx.helpRequest.update({ where: { id: requestId }, data: { checkInDueAt: now } });
    for (const staff of await responsibleStaff(tx, [request.neighbourhoodId])) {
      await notify(
        tx,
        staff,
        "checkIn",
        { kind: request.kind, resident: request.resident.displayName, volunteer: request.matchedVolunteer?.displayName ?? "" },
        `/hulp/vragen/${requestId}`,
        { dedupeKey: `help-check-in:${requestId}:${staff.email ?? ""}` },
      );
    }
  }
}

/** The buurtwerker called both sides after the first visit. False when nothing was waiting for that call. */
export async function markCheckInDone(actor: Actor, requestId: string, now = new Date()) {
  requireCoordinator(actor);
  return prisma.$transaction(async (tx) => {
    await requestFor(tx, actor, requestId, "checkIn");
    const result = await tx.helpRequest.updateMany({
      where: { id: requestId, checkInDueAt: { not: null }, checkInDoneAt: null },
      data: { checkInDoneAt: now },
    });
    return result.count === 1;
  });
}

const recipientSelect = { select: { email: true, locale: true, displayName: true } } as const;

/**
 * The buurtwerker, or the buddy in the times the resident chose, plans (or moves) the first meeting at the wijkhuis of
 * a request marked that way. The resident and the buddy get the date; the buurtwerkers too when the buddy planned it.
 */
export async function planFirstMeeting(actor: Actor, requestId: string, data: { date: string; time: string }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const subject = await requestFor(tx, actor, requestId, "planMeeting");
    const at = meetingMoment(data.date, data.time);
    if (!at) throw new AppError("common:form.invalidDate", { field: "date" });
    const byStaff = worksIn(actor, subject.neighbourhoodId);
    const request = await tx.helpRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { kind: true, times: true, neighbourhood: { select: { name: true } }, resident: recipientSelect, matchedVolunteer: recipientSelect },
    });
    const problem = checkFirstMeeting(at, { by: byStaff ? "staff" : "volunteer", times: splitSlots(request.times) }, now);
    if (problem) throw new AppError(problem, { field: "date" });
    await tx.helpRequest.update({ where: { id: requestId }, data: { firstMeetingAt: at } });
    const params = {
      kind: request.kind,
      at: at.toISOString(),
      neighbourhood: request.neighbourhood?.name ?? "",
      resident: firstName(request.resident.displayName),
      volunteer: request.matchedVolunteer?.displayName ?? "",
    };
    const told = [request.resident, request.matchedVolunteer, ...(byStaff ? [] : await responsibleStaff(tx, [subject.neighbourhoodId]))];
    for (const person of told) if (person) await notify(tx, person, "meetingPlanned", params, `/hulp/vragen/${requestId}`);
  });
}

/**
 * The buurtwerker marks the first meeting at the wijkhuis done: from now on the buddy sees address and phone and logs
 * visits; their first visit starts the follow-up check as for any pair. False when it was marked already.
 */
export async function markFirstMeetingDone(actor: Actor, requestId: string, now = new Date()) {
  requireCoordinator(actor);
  return prisma.$transaction(async (tx) => {
    await requestFor(tx, actor, requestId, "meetingDone");
    const marked = await tx.helpRequest.updateMany({
      where: { id: requestId, meetAtWijkhuis: true, firstMeetingAt: { not: null }, firstMeetingDoneAt: null },
      data: { firstMeetingDoneAt: now },
    });
    if (marked.count !== 1) return false;
    const request = await tx.helpRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { kind: true, resident: recipientSelect, matchedVolunteer: recipientSelect },
    });
    const params = { kind: request.kind, resident: firstName(request.resident.displayName), volunteer: request.matchedVolunteer?.displayName ?? "" };
    if (request.matchedVolunteer) await notify(tx, request.matchedVolunteer, "meetingDone", params, `/hulp/vragen/${requestId}`);
    await notify(tx, request.resident, "meetingDoneResident", params, `/hulp/vragen/${requestId}`);
    return true;
  });
}

/** What a request page's form did, for the page to say so after the redirect. */
export type RequestOutcome =
  | { done: "offered"; count: number }
  | { done: "accepted" | "taken" | "declined" | "confirmed" | "cancelled" | "finished" | "visited" | "checkedIn" | "meetingPlanned" | "meetingDone" };

/**
 * Every form on a request's page. `idempotencyKey`: a visit queued offline may be sent twice and is saved once
 * (issue 6).
 */
export async function performRequestAction(
  actor: Actor,
  requestId: string,
  action: RequestAction,
  { idempotencyKey }: { idempotencyKey?: string } = {},
): Promise<RequestOutcome> {
  switch (action.intent) {
    case "offer":
      return { done: "offered", count: await offerRequest(actor, requestId, action.volunteerIds) };
    case "accept":
      return { done: (await acceptOffer(actor, requestId)).ok ? "accepted" : "taken" };
    case "decline":
      await declineOffer(actor, requestId, action.reason);
      return { done: "declined" };
    case "confirm":
      return { done: (await confirmVolunteerOffer(actor, requestId, action.volunteerId)).ok ? "confirmed" : "taken" };
    case "visit":
      await runOnce(idempotencyKey, actor.user.id, (tx) => logVisitIn(tx, actor, requestId, action));
      return { done: "visited" };
    case "checkIn":
      await markCheckInDone(actor, requestId);
      return { done: "checkedIn" };
    case "planMeeting":
      await planFirstMeeting(actor, requestId, action);
      return { done: "meetingPlanned" };
    case "meetingDone":
      await markFirstMeetingDone(actor, requestId);
      return { done: "meetingDone" };
    case "cancel":
      await cancelRequest(actor, requestId);
      return { done: "cancelled" };
    case "finish":
      await finishRequest(actor, requestId);
      return { done: "finished" };
  }
}

/** Anyone signed in raises a concern, optionally about a request they may see; it reaches the staff who work there. */
export async function raiseConcern(actor: Actor, data: { text: string; requestId?: string }) {
  return prisma.$transaction(async (tx) => {
    const about = data.requestId ? await findRequestSubject(tx, actor, data.requestId) : null;
    if (data.requestId && !about) throw notFound();
    if (!can(actor, "raiseConcern", about)) throw forbidden();
    const me = await tx.user.findUniqueOrThrow({
      where: { id: actor.user.id },
      select: { neighbourhoodId: true, residences: { where: { movedOutAt: null }, select: { building: { select: { neighbourhoodId: true } } } } },
    });
    const places = about ? [about.neighbourhoodId] : [me.neighbourhoodId, ...me.residences.map((r) => r.building.neighbourhoodId)];
    const concern = await tx.concern.create({
      data: { raisedById: actor.user.id, requestId: data.requestId ?? null, text: data.text },
      select: { id: true, raisedBy: { select: { displayName: true } } },
    });
    for (const staff of await responsibleStaff(tx, places)) {
      await notify(tx, staff, "concern", { raisedBy: concern.raisedBy.displayName }, "/hulp/zorgen", { quote: data.text });
    }
    await noteActing(tx, actor, "help.concern");
    return concern.id;
  });
}

/** Staff where the request is, or where the person who raised it lives, keep its status. */
export async function updateConcernStatus(actor: Actor, concernId: string, status: string) {
  await prisma.$transaction(async (tx) => {
    const concern = await findConcernSubject(tx, actor, concernId);
    if (!concern) throw notFound();
    if (!can(actor, "handleConcern", concern)) throw forbidden();
    await tx.concern.update({ where: { id: concernId }, data: { status, handledById: actor.signedIn.id } });
  });
}

/** Both forms of the concerns page. */
export async function performConcernAction(actor: Actor, action: ConcernAction) {
  switch (action.intent) {
    case "raise":
      return raiseConcern(actor, action);
    case "status":
      return updateConcernStatus(actor, action.concernId, action.status);
  }
}
