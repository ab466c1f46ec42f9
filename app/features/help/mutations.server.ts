// Writes for the help feature. Every change and the emails it causes share one transaction.
import type { Prisma } from "@prisma/client";
import { createElement } from "react";
import { HelpNoticeEmail } from "#emails/help-notice";
import type { HelpActor } from "~/features/help/access";
import { activeStatuses, visibleRequestScope } from "~/features/help/queries.server";
import type { HelpRequestInput, VolunteerProfileInput } from "~/features/help/schema";
import { firstName, joinList } from "~/features/help/vocabulary";
import { prisma } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/email.server";
import { env } from "~/utils/env.server";
import { getFixedT } from "~/utils/i18n.server";
import { defaultLocale, isLocale, type Locale } from "~/utils/i18n";

type Tx = Prisma.TransactionClient;

/** Thrown when the thing does not exist for this person; routes answer 404 (we do not say whether it exists). */
export class HelpNotFoundError extends Error {}

const dateOnly = (value: string) => new Date(`${value}T12:00:00Z`);

/** Volunteers are people with the volunteer role; saving a profile gives a resident that role too. */
export async function saveVolunteerProfile(userId: string, data: VolunteerProfileInput) {
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
export async function approveVolunteer(staffId: string, volunteerId: string) {
  const result = await prisma.volunteerProfile.updateMany({
    where: { userId: volunteerId, approvedAt: null },
    data: { approvedAt: new Date(), approvedById: staffId },
  });
  return result.count === 1;
}

export async function createHelpRequest(actor: HelpActor, data: HelpRequestInput) {
  // A buurtwerker working as themselves picks the resident; everyone else asks for themselves.
  const residentId = actor.isStaff ? data.residentId : actor.userId;
  if (!residentId) throw new HelpNotFoundError();
  const resident = await prisma.user.findFirst({
    where: { id: residentId, deletedAt: null, ...(actor.isStaff ? { roles: { some: { role: "resident" } } } : {}) },
    select: {
      id: true,
      neighbourhoodId: true,
      residences: { where: { movedOutAt: null }, select: { building: { select: { id: true, neighbourhoodId: true } } } },
    },
  });
  if (!resident) throw new HelpNotFoundError();
  const building = resident.residences[0]?.building ?? null;
  return prisma.helpRequest.create({
    data: {
      residentId: resident.id,
      createdById: actor.actorId,
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
    select: { id: true },
  });
}

const availableVolunteer = (now: Date): Prisma.VolunteerProfileWhereInput => ({
  approvedAt: { not: null },
  OR: [{ pausedUntil: null }, { pausedUntil: { lte: now } }],
});

type Recipient = { email: string | null; locale: string; displayName: string };

function localeOf(recipient: Recipient): Locale {
  return isLocale(recipient.locale) ? recipient.locale : defaultLocale;
}

async function notify(
  tx: Tx,
  recipient: Recipient,
  kind: "offer" | "accepted" | "acceptedStaff" | "cancelled" | "concern" | "checkIn" | "volunteerOffer",
  params: Record<string, string>,
  path: string,
  extra: { quote?: string; dedupeKey?: string } = {},
) {
  if (!recipient.email) return;
  const locale = localeOf(recipient);
  const t = getFixedT(locale, "help");
  const values = { ...params, kind: params.kind ? t(`kinds.${params.kind}`) : "", name: firstName(recipient.displayName) };
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

/** The buurtwerkers of the request's neighbourhood; all buurtwerkers when the neighbourhood has none. */
async function responsibleStaff(tx: Tx, neighbourhoodId: string | null) {
  const select = { email: true, locale: true, displayName: true } as const;
  const local = neighbourhoodId
    ? await tx.user.findMany({ where: { deletedAt: null, neighbourhoodId, roles: { some: { role: "buurtwerker" } } }, select })
    : [];
  if (local.length > 0) return local;
  return tx.user.findMany({ where: { deletedAt: null, roles: { some: { role: "buurtwerker" } } }, select });
}

/** A buurtwerker offers a request to one or more volunteers (approved and not on a pause). */
export async function offerRequest(staffId: string, requestId: string, volunteerIds: string[], now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const request = await tx.helpRequest.findFirst({
      where: { id: requestId, status: { in: activeStatuses } },
      select: { id: true, kind: true, residentId: true, neighbourhood: { select: { name: true } }, resident: { select: { displayName: true } } },
    });
    if (!request) throw new HelpNotFoundError();
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
      await tx.helpOffer.create({ data: { requestId, volunteerId: volunteer.id, offeredById: staffId, origin: "staff" } });
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
      resident: { select: { email: true, locale: true, displayName: true } },
      matchedVolunteer: { select: { displayName: true } },
    },
  });
  const params = {
    kind: request.kind,
    volunteer: request.matchedVolunteer?.displayName ?? "",
    resident: request.resident.displayName,
  };
  await notify(tx, request.resident, "accepted", params, `/hulp/vragen/${requestId}`);
  for (const staff of await responsibleStaff(tx, request.neighbourhoodId)) {
    await notify(tx, staff, "acceptedStaff", params, `/hulp/vragen/${requestId}`);
  }
  return true;
}

/** A volunteer says yes to a task a buurtwerker offered them. */
export async function acceptOffer(volunteerId: string, requestId: string, now = new Date()): Promise<AcceptResult> {
  return prisma.$transaction(async (tx) => {
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
    if (!offer) throw new HelpNotFoundError();
    if (offer.status === "taken") return { ok: false, reason: "taken" } as const;
    if (await claimRequest(tx, requestId, volunteerId, now)) return { ok: true } as const;
    await tx.helpOffer.update({ where: { id: offer.id }, data: { status: "taken", respondedAt: now } });
    return { ok: false, reason: "taken" } as const;
  });
}

export async function declineOffer(volunteerId: string, requestId: string, reason: string | undefined, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const declined = await tx.helpOffer.updateMany({
      where: { requestId, volunteerId, status: "pending", origin: "staff" },
      data: { status: "declined", declineReason: reason ?? null, respondedAt: now },
    });
    if (declined.count !== 1) throw new HelpNotFoundError();
    // Nobody left to answer: the request is open again for the buurtwerker.
    const waiting = await tx.helpOffer.count({ where: { requestId, status: "pending" } });
    if (waiting === 0) await tx.helpRequest.updateMany({ where: { id: requestId, status: "offered" }, data: { status: "open" } });
  });
}

/** A volunteer browsing open requests in their neighbourhoods offers to help; a buurtwerker confirms. */
export async function volunteerOffersHelp(volunteerId: string, requestId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const profile = await tx.volunteerProfile.findFirst({
      where: { userId: volunteerId, ...availableVolunteer(now) },
      select: { neighbourhoods: true },
    });
    const neighbourhoods = profile?.neighbourhoods.split(",").filter(Boolean) ?? [];
    const request = await tx.helpRequest.findFirst({
      where: {
        id: requestId,
        status: { in: activeStatuses },
        neighbourhoodId: { in: neighbourhoods },
        residentId: { not: volunteerId },
        offers: { none: { volunteerId } },
      },
      select: { id: true, kind: true, neighbourhoodId: true, resident: { select: { displayName: true } } },
    });
    if (!profile || !request) throw new HelpNotFoundError();
    await tx.helpOffer.create({ data: { requestId, volunteerId, origin: "volunteer" } });
    const volunteer = await tx.user.findUniqueOrThrow({ where: { id: volunteerId }, select: { displayName: true } });
    for (const staff of await responsibleStaff(tx, request.neighbourhoodId)) {
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
export async function confirmVolunteerOffer(requestId: string, volunteerId: string, now = new Date()): Promise<AcceptResult> {
  return prisma.$transaction(async (tx) => {
    const offer = await tx.helpOffer.findFirst({
      where: { requestId, volunteerId, origin: "volunteer", status: { in: ["pending", "taken"] }, volunteer: { volunteerProfile: availableVolunteer(now) } },
      select: { id: true, status: true },
    });
    if (!offer) throw new HelpNotFoundError();
    if (offer.status === "taken") return { ok: false, reason: "taken" } as const;
    if (await claimRequest(tx, requestId, volunteerId, now)) return { ok: true } as const;
    return { ok: false, reason: "taken" } as const;
  });
}

/** The resident (or a buurtwerker) cancels; volunteers who were asked or matched hear it. */
export async function cancelRequest(actor: HelpActor, requestId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const scope = actor.isStaff ? {} : { residentId: actor.userId };
    const request = await tx.helpRequest.findFirst({
      where: { id: requestId, ...scope, status: { in: [...activeStatuses, "matched"] } },
      select: {
        kind: true,
        resident: { select: { displayName: true } },
        matchedVolunteer: { select: { email: true, locale: true, displayName: true } },
        offers: { where: { status: "pending" }, select: { volunteer: { select: { email: true, locale: true, displayName: true } } } },
      },
    });
    if (!request) throw new HelpNotFoundError();
    await tx.helpRequest.update({ where: { id: requestId }, data: { status: "cancelled", closedAt: now } });
    await tx.helpOffer.updateMany({ where: { requestId, status: "pending" }, data: { status: "withdrawn", respondedAt: now } });
    const told = [request.matchedVolunteer, ...request.offers.map((o) => o.volunteer)].filter((v) => v !== null);
    for (const volunteer of told) {
      await notify(tx, volunteer, "cancelled", { kind: request.kind, resident: firstName(request.resident.displayName) }, "/hulp/taken");
    }
  });
}

/** A one-off task is done, or a buddy pair ends: the resident, the matched volunteer or staff. */
export async function finishRequest(actor: HelpActor, requestId: string, now = new Date()) {
  const scope = actor.isStaff ? {} : { OR: [{ residentId: actor.userId }, { matchedVolunteerId: actor.userId }] };
  const result = await prisma.helpRequest.updateMany({
    where: { id: requestId, status: "matched", ...scope },
    data: { status: "done", closedAt: now },
  });
  if (result.count !== 1) throw new HelpNotFoundError();
}

/**
 * Only the matched volunteer logs a visit. The first one asks the buurtwerker to check in with both
 * sides (overview item, and one email per request thanks to the dedupe key).
 */
export async function logVisit(volunteerId: string, requestId: string, data: VisitData, now = new Date()) {
  return prisma.$transaction((tx) => logVisitIn(tx, volunteerId, requestId, data, now));
}

type VisitData = { date: string; minutes: number; note?: string };

/** `logVisit` in the caller's transaction: `runOnce`'s when the form was queued offline and may come twice. */
export async function logVisitIn(tx: Prisma.TransactionClient, volunteerId: string, requestId: string, data: VisitData, now = new Date()) {
  const request = await tx.helpRequest.findFirst({
    where: { id: requestId, matchedVolunteerId: volunteerId, status: "matched" },
    select: {
      kind: true,
      checkInDueAt: true,
      neighbourhoodId: true,
      resident: { select: { displayName: true } },
      matchedVolunteer: { select: { displayName: true } },
    },
  });
  if (!request) throw new HelpNotFoundError();
  await tx.visitLog.create({
    data: { requestId, volunteerId, date: dateOnly(data.date), minutes: data.minutes, note: data.note ?? "" },
  });
  if (request.checkInDueAt === null) {
    await tx.helpRequest.update({ where: { id: requestId }, data: { checkInDueAt: now } });
    for (const staff of await responsibleStaff(tx, request.neighbourhoodId)) {
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

export async function markCheckInDone(requestId: string, now = new Date()) {
  const result = await prisma.helpRequest.updateMany({
    where: { id: requestId, checkInDueAt: { not: null }, checkInDoneAt: null },
    data: { checkInDoneAt: now },
  });
  return result.count === 1;
}

/** A resident or volunteer raises a concern, optionally about a request they are part of. */
export async function raiseConcern(actor: HelpActor, data: { text: string; requestId?: string }) {
  return prisma.$transaction(async (tx) => {
    let neighbourhoodId: string | null = null;
    if (data.requestId) {
      const request = await tx.helpRequest.findFirst({
        where: { id: data.requestId, ...visibleRequestScope(actor) },
        select: { neighbourhoodId: true },
      });
      if (!request) throw new HelpNotFoundError();
      neighbourhoodId = request.neighbourhoodId;
    } else {
      const me = await tx.user.findUnique({ where: { id: actor.userId }, select: { neighbourhoodId: true } });
      neighbourhoodId = me?.neighbourhoodId ?? null;
    }
    const concern = await tx.concern.create({
      data: { raisedById: actor.userId, requestId: data.requestId ?? null, text: data.text },
      select: { id: true, raisedBy: { select: { displayName: true } } },
    });
    for (const staff of await responsibleStaff(tx, neighbourhoodId)) {
      await notify(tx, staff, "concern", { raisedBy: concern.raisedBy.displayName }, "/hulp/zorgen", { quote: data.text });
    }
    return concern.id;
  });
}

export async function updateConcernStatus(staffId: string, concernId: string, status: string) {
  const result = await prisma.concern.updateMany({ where: { id: concernId }, data: { status, handledById: staffId } });
  if (result.count !== 1) throw new HelpNotFoundError();
}
