// Writes for meeting moments. Everything that touches places or the waitlist runs in one
// interactive transaction per occurrence, with the emails it causes queued inside it.
import { Prisma } from "@prisma/client";
import { calendarSelect, getResidentForSignUp } from "~/features/activities/queries.server";
import { can } from "~/features/activities/permissions";
import { POSITION_MARK, queueSeriesMessage, prepareSignUpMessage, queueSignUpMessage, withPosition, type MessageKind } from "~/features/activities/notify.server";
import { enqueueEmail } from "~/utils/email.server";
import { randomUUID } from "node:crypto";
import { activeKeyFor, decidePlace, guestPlaces, promotions, signUpClosedReason } from "~/features/activities/rules";
import { hashCancelCode, newCancelCode } from "~/features/activities/tokens.server";
import { brusselsInstant, expandRecurrence, MAX_OCCURRENCES, withTimeOfDay } from "~/features/activities/schedule";
import type { ActivityInput, EditActivityAction, OccurrenceAction, OccurrenceInput } from "~/features/activities/activity-schema";
import type { ActivityTranslationInput, AttendeeAction } from "~/features/activities/schema";
import { markReferralsCame } from "~/features/outreach/referrals.server";
import { noteActing } from "~/utils/acting.server";
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { AppError, forbidden, notFound } from "~/utils/app-error";
import { prisma } from "~/utils/db.server";
import { runOnce } from "~/utils/idempotency.server";
import { notePublicChange } from "~/utils/public-changes.server";
import { consumeRateLimit, type RateLimit } from "~/utils/rate-limit.server";
import { translationSource } from "~/utils/translations";

type Tx = Prisma.TransactionClient;

/** 100 people tapping at once queue behind each other; each transaction takes a few ms. */
const TX_OPTIONS = { maxWait: 60_000, timeout: 30_000 };

/**
 * Every write to activities, dates and sign-ups: one transaction, after which anonymous visitors' stored pages
 * (places left, times) are out of date. `key`: a form's idempotency key, stored with the change (runOnce).
 */
async function changeActivities<T>(change: (tx: Tx) => Promise<T>, once?: { key: string | undefined; userId: string | null }): Promise<T> {
  const outcome = once ? (await runOnce(once.key, once.userId, change, TX_OPTIONS)).outcome : await prisma.$transaction(change, TX_OPTIONS);
  notePublicChange();
  return outcome;
}

export type SignUpRefusal = "cancelled" | "past" | "deadline" | "tooMany" | "notAllFit" | "already" | "audience" | "fromOneAddress";

/** A sign-up that cannot be: the reason, in the person's language (activities:refused.*). */
function refused(reason: SignUpRefusal) {
  return new AppError(`activities:refused.${reason}`, { status: reason === "fromOneAddress" ? 429 : 400 });
}

export type Needs = {
  guests: number;
  children: number;
  interpreter: boolean;
  interpreterLanguage?: string;
  childcare: boolean;
  wheelchair: boolean;
  lift: boolean;
};

export type Person = { userId?: string | null; name: string; email?: string | null; phone?: string | null; locale: string };

/**
 * Locks the occurrence row for the rest of the transaction and reads its counters.
 * The UPDATE takes the row lock on PostgreSQL (like SELECT ... FOR UPDATE), so concurrent sign-ups
 * and cancellations for one occurrence run one after the other and each sees the counts the previous
 * one committed. SQLite allows one writer at a time anyway. Both make check-then-insert safe;
 * the unique (occurrenceId, queueNumber) and activeKey constraints are the last line of defence.
 */
function lockOccurrence(tx: Tx, id: string) {
  return tx.occurrence.update({
    where: { id },
    data: { queueCounter: { increment: 1 } },
    select: {
      id: true,
      status: true,
      startsAt: true,
      capacity: true,
      placesTaken: true,
      waitingCount: true,
      queueCounter: true,
      signUpDeadline: true,
      audienceBuildingId: true,
      activity: { select: { cancelledAt: true } },
    },
  });
}

type SignUpOptions = {
  createdById?: string | null;
  walkIn?: boolean;
  now?: Date;
  skipAudienceCheck?: boolean;
  /** The network address a sign-up without an account came from (see guestPlaces in rules.ts). */
  guestAddress?: string | null;
  /** The group said yes to the waitlist when not all of them fit (decidePlace's `notAllFit`). */
  acceptWaitlist?: boolean;
  /** Queue no email of its own (a series sign-up sends one for all its dates). */
  withoutMail?: boolean;
};

/** `mailed`: a confirmation or waitlist email is on its way (not for someone without email, or who turned it off). */
export type SignUpResult = { id: string; status: "confirmed" | "waitlisted"; position: number | null; mailed: boolean };

/** One sign-up in its own transaction. */
export async function signUp(occurrenceId: string, person: Person, needs: Needs, options: SignUpOptions = {}): Promise<SignUpResult> {
  const prepared = await prepareSignUp(occurrenceId, person, needs, options);
  return changeActivities((tx) => signUpIn(tx, prepared));
}

/**
 * Whether someone without an account may sign up now: per network address and per email address or phone number
 * (guestPlaces in rules.ts). Checked before the sign-up; the per-date count happens inside it.
 */
export async function admitGuest({ address, contact }: { address: string | null; contact: string | null }) {
  const checks: [string, RateLimit][] = [];
  if (address) checks.push([`guest:address:${address}`, guestPlaces.addressLimit]);
  if (contact) checks.push([`guest:contact:${contact.toLowerCase()}`, guestPlaces.contactLimit]);
  for (const [key, limit] of checks) {
    if (!(await consumeRateLimit(key, limit)).allowed) return false;
  }
  return true;
}

/**
 * A person signs themselves up on the activity page (`actor` null: someone without an account). A buurtwerker
 * acting for a resident does it on the record. From a form that may be sent twice (offline queue, a double tap):
 * its key makes it happen once.
 */
export async function signUpOnce(actor: Actor | null, prepared: PreparedSignUp, key: string | undefined) {
  return changeActivities(
    async (tx) => {
      const result = await signUpIn(tx, prepared);
      if (actor) await noteActing(tx, actor, "activities.signUp", prepared.title);
      return result;
    },
    { key, userId: actor?.user.id ?? null },
  );
}

/** What a sign-up needs before its transaction: its id and the rendered emails. */
export type PreparedSignUp = Awaited<ReturnType<typeof prepareSignUp>>;

export async function prepareSignUp(
  occurrenceId: string,
  person: Person,
  needs: Needs,
  { createdById = null, walkIn = false, now = new Date(), skipAudienceCheck = false, guestAddress = null, acceptWaitlist = false, withoutMail = false }: SignUpOptions = {},
) {
  const people = 1 + needs.guests + needs.children;
  const email = person.email?.toLowerCase() ?? null;
  // Emails are rendered before the transaction (tens of ms each): the lock is then held only for
  // a handful of small queries. The id is chosen up front because the cancel link carries it.
  const id = randomUUID();
  const calendar = await prisma.occurrence.findUnique({ where: { id: occurrenceId }, select: calendarSelect });
  const recipient = { id, userId: person.userId ?? null, email, locale: person.locale };
  const [confirmedMail, waitlistedMail] =
    calendar && !walkIn && !withoutMail
      ? await Promise.all([
          prepareSignUpMessage(prisma, recipient, calendar, "confirmed"),
          prepareSignUpMessage(prisma, recipient, calendar, "waitlisted", { position: POSITION_MARK }),
        ])
      : [null, null];
  const guestKey = guestAddress && !person.userId && !createdById ? `guest:address:${guestAddress}:${occurrenceId}` : null;
  const title = calendar?.activity.title ?? "";
  // Someone without an account (and without a buurtwerker) cancels with a code shown once; only its hash is kept,
  // and it is not part of the result (runOnce stores results): the route shows it from here.
  const cancelCode = !person.userId && !createdById && !walkIn ? newCancelCode() : null;
  const cancelCodeHash = cancelCode ? hashCancelCode(cancelCode) : null;
  return {
    occurrenceId,
    person,
    needs,
    createdById,
    walkIn,
    now,
    skipAudienceCheck,
    guestKey,
    people,
    email,
    id,
    title,
    confirmedMail,
    waitlistedMail,
    acceptWaitlist,
    cancelCode,
    cancelCodeHash,
    startsAt: calendar?.startsAt ?? null,
  };
}

/**
 * The locked part of a sign-up, in the caller's transaction: its own in `signUp`, or `runOnce`'s for a form
 * that may be replayed, so the idempotency key is stored together with the sign-up. Give that transaction
 * `signUpTransactionOptions`: at a busy moment sign-ups wait for each other.
 */
async function signUpIn(tx: Tx, prepared: PreparedSignUp): Promise<SignUpResult> {
  const { occurrenceId, person, needs, createdById, walkIn, now, skipAudienceCheck, guestKey, people, email, id, confirmedMail, waitlistedMail, acceptWaitlist, cancelCodeHash } =
    prepared;
  try {
    const exists = await tx.occurrence.findUnique({ where: { id: occurrenceId }, select: { id: true } });
    if (!exists) throw notFound();
    const occurrence = await lockOccurrence(tx, occurrenceId);
    // At the door the organiser lets people in after the start; online sign-up closes.
    const closed = signUpClosedReason({ ...occurrence, activityCancelled: occurrence.activity.cancelledAt !== null }, now);
    if (closed && !(walkIn && closed !== "cancelled")) throw refused(closed);
    if (occurrence.audienceBuildingId && !skipAudienceCheck) {
      const lives = person.userId
        ? await tx.residence.findFirst({ where: { userId: person.userId, buildingId: occurrence.audienceBuildingId, movedOutAt: null }, select: { id: true } })
        : null;
      if (!lives) throw refused("audience");
    }
    if (guestKey) {
      // Counted under the occurrence's lock, so a burst of scripted requests cannot slip past it on PostgreSQL either.
      const since = new Date(now.getTime() - guestPlaces.windowMs);
      const taken = await tx.rateLimitEvent.count({ where: { key: guestKey, createdAt: { gt: since } } });
      if (taken + people > guestPlaces.perAddress) throw refused("fromOneAddress");
      await tx.rateLimitEvent.createMany({ data: Array.from({ length: people }, () => ({ key: guestKey, createdAt: now })) });
    }
    const activeKey = walkIn && !person.userId ? null : activeKeyFor(occurrenceId, { ...person, email });
    // Looked up rather than left to the unique index: a failed insert would end a PostgreSQL transaction that signs
    // up for a whole series.
    if (activeKey && (await tx.signUp.findUnique({ where: { activeKey }, select: { id: true } }))) throw refused("already");
    const decision = walkIn
      ? ({ status: "confirmed" } as const)
      : decidePlace({ capacity: occurrence.capacity, placesTaken: occurrence.placesTaken, waitingCount: occurrence.waitingCount, people, acceptWaitlist });
    if (decision.status === "refused") throw refused(decision.reason);
    const created = await tx.signUp.create({
      data: {
        id,
        occurrenceId,
        userId: person.userId ?? null,
        name: person.name,
        email,
        phone: person.phone ?? null,
        locale: person.locale,
        guests: needs.guests,
        children: needs.children,
        people,
        interpreterLanguage: needs.interpreter ? (needs.interpreterLanguage ?? null) : null,
        childcare: needs.childcare,
        wheelchair: needs.wheelchair,
        lift: needs.lift,
        status: decision.status,
        queueNumber: occurrence.queueCounter,
        activeKey,
        walkIn,
        checkedInAt: walkIn ? now : null,
        createdById,
        cancelCodeHash,
      },
      select: { id: true, queueNumber: true },
    });
    await tx.occurrence.update({
      where: { id: occurrenceId },
      data: decision.status === "confirmed" ? { placesTaken: { increment: people } } : { waitingCount: { increment: 1 } },
    });
    const position =
      decision.status === "waitlisted"
        ? (await tx.signUp.count({ where: { occurrenceId, status: "waitlisted", queueNumber: { lt: created.queueNumber } } })) + 1
        : null;
    const mail = decision.status === "confirmed" ? confirmedMail : waitlistedMail && withPosition(waitlistedMail, position ?? 0);
    if (mail) await enqueueEmail(tx, mail);
    return { id: created.id, status: decision.status, position, mailed: Boolean(mail) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw refused("already");
    throw error;
  }
}

/** One date of a series sign-up: where it went, or why not (a refusal's translation key). */
export type SeriesDateResult = { occurrenceId: string; startsAt: string; status: "confirmed" | "waitlisted" | "refused"; reason?: string };

/**
 * A sign-up for every coming date of a series from this one on (each its own sign-up, each cancellable): the dates
 * still open, at most a year of them. Only for people with an account, who see and cancel them on /ik.
 */
export async function prepareSeriesSignUp(occurrenceId: string, person: Person, needs: Needs, options: SignUpOptions = {}) {
  const now = options.now ?? new Date();
  const first = await prisma.occurrence.findUnique({ where: { id: occurrenceId }, select: { activityId: true, startsAt: true } });
  if (!first) throw notFound();
  const dates = await prisma.occurrence.findMany({
    where: { activityId: first.activityId, status: "scheduled", startsAt: { gte: first.startsAt > now ? first.startsAt : now } },
    orderBy: { startsAt: "asc" },
    take: MAX_OCCURRENCES,
    select: { id: true },
  });
  // Dates where not all of them fit wait together, as they said yes to when choosing the whole series.
  const each = await Promise.all(dates.map((date) => prepareSignUp(date.id, person, needs, { ...options, now, acceptWaitlist: true, withoutMail: true })));
  const recipient = { userId: person.userId ?? null, email: person.email?.toLowerCase() ?? null, locale: person.locale };
  return { each, recipient, title: each[0]?.title ?? "" };
}

/** The series sign-up in one transaction: dates that refuse (signed up already, closed) are skipped and said so. */
export async function signUpSeriesOnce(actor: Actor, series: Awaited<ReturnType<typeof prepareSeriesSignUp>>, key: string | undefined) {
  return changeActivities(
    async (tx) => {
      const results: SeriesDateResult[] = [];
      for (const prepared of series.each) {
        const startsAt = prepared.startsAt?.toISOString() ?? "";
        try {
          const result = await signUpIn(tx, prepared);
          results.push({ occurrenceId: prepared.occurrenceId, startsAt, status: result.status });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({ occurrenceId: prepared.occurrenceId, startsAt, status: "refused", reason: error.code });
        }
      }
      const placed = results.filter((r) => r.status !== "refused");
      const mailed = placed.length > 0 && (await queueSeriesMessage(tx, series.recipient, placed, series.title));
      if (placed.length > 0) await noteActing(tx, actor, "activities.signUp", `${series.title} (${placed.length}×)`);
      return { results, mailed };
    },
    { key, userId: actor.user.id },
  );
}

/** Moves the first in line up while they fit, and tells them. Call inside the locked transaction. */
async function promoteWaitlist(tx: Tx, occurrenceId: string, now: Date) {
  const occurrence = await tx.occurrence.findUniqueOrThrow({ where: { id: occurrenceId }, select: { capacity: true, placesTaken: true, startsAt: true, status: true } });
  if (occurrence.status === "cancelled" || occurrence.startsAt <= now) return [];
  // A whole waitlist of 200 is far more than any room; take a batch large enough for every free place.
  const waitlist = await tx.signUp.findMany({
    where: { occurrenceId, status: "waitlisted" },
    orderBy: { queueNumber: "asc" },
    take: 200,
    select: { id: true, people: true, userId: true, email: true, locale: true },
  });
  const ids = promotions(occurrence, waitlist);
  if (ids.length === 0) return [];
  const promoted = waitlist.filter((entry) => ids.includes(entry.id));
  for (const entry of promoted) {
    const claimed = await tx.signUp.updateMany({ where: { id: entry.id, status: "waitlisted" }, data: { status: "confirmed", promotedAt: now } });
    if (claimed.count !== 1) continue;
    await tx.occurrence.update({ where: { id: occurrenceId }, data: { placesTaken: { increment: entry.people }, waitingCount: { decrement: 1 } } });
    const full = await tx.occurrence.findUniqueOrThrow({ where: { id: occurrenceId }, select: calendarSelect });
    await queueSignUpMessage(tx, entry, full, "promoted", { dedupeKey: `promoted:${entry.id}` });
  }
  return ids;
}

/**
 * Cancels one sign-up exactly once (a second tap or a second process finds it cancelled already)
 * and promotes the waitlist. `owner` limits who may do it: the person, or anyone with the email token.
 */
export async function cancelSignUp(signUpId: string, owner: { userId?: string; now?: Date } = {}) {
  return changeActivities((tx) => cancelSignUpIn(tx, signUpId, owner));
}

/**
 * A person cancels their own sign-up on the activity page (a buurtwerker acting for them: on the record), from a
 * form that may be sent twice: its key makes it happen once.
 */
export async function cancelOwnSignUp(actor: Actor, signUpId: string, key: string | undefined) {
  return changeActivities(
    async (tx) => {
      const { title, ...outcome } = await cancelSignUpIn(tx, signUpId, { userId: actor.user.id });
      if (outcome.cancelled) await noteActing(tx, actor, "activities.cancel", title);
      return outcome;
    },
    { key, userId: actor.user.id },
  );
}

/** Someone without an account cancels with the code they got when signing up (the route limits the tries). */
export async function cancelWithCode(code: string, now = new Date()) {
  const found = await prisma.signUp.findUnique({ where: { cancelCodeHash: hashCancelCode(code) }, select: { id: true } });
  if (!found) return { cancelled: false };
  const { cancelled } = await cancelSignUp(found.id, { now });
  return { cancelled };
}

/** `cancelSignUp` in the caller's transaction (`runOnce`'s for a replayable form). */
async function cancelSignUpIn(tx: Tx, signUpId: string, { userId, now = new Date() }: { userId?: string; now?: Date } = {}) {
  const signUp = await tx.signUp.findFirst({
    where: { id: signUpId, ...(userId ? { userId } : {}) },
    select: { id: true, occurrenceId: true, status: true, people: true, occurrence: { select: { activity: { select: { title: true } } } } },
  });
  const title = signUp?.occurrence.activity.title ?? "";
  if (!signUp) return { cancelled: false, promoted: [] as string[], title };
  await lockOccurrence(tx, signUp.occurrenceId);
  const done = await tx.signUp.updateMany({
    where: { id: signUpId, status: { in: ["confirmed", "waitlisted"] } },
    data: { status: "cancelled", activeKey: null, cancelledAt: now, cancelCodeHash: null },
  });
  if (done.count !== 1) return { cancelled: false, promoted: [] as string[], title };
  await tx.occurrence.update({
    where: { id: signUp.occurrenceId },
    data: signUp.status === "confirmed" ? { placesTaken: { decrement: signUp.people } } : { waitingCount: { decrement: 1 } },
  });
  const promoted = await promoteWaitlist(tx, signUp.occurrenceId, now);
  return { cancelled: true, promoted, title };
}

// ---- Organising ----
// Every function below takes the Actor and checks again, whatever the route did: a date or activity outside the
// organiser's neighbourhoods is not found (404), as on their pages.

type OrganiserAction = "edit" | "checkIn" | "addWalkIn" | "seeAttendees";

/** The date an organiser works on, if it is in a neighbourhood they work in. */
async function organisedDate(db: Tx, actor: Actor, occurrenceId: string, action: OrganiserAction) {
  const occurrence = await db.occurrence.findFirst({
    where: { id: occurrenceId, neighbourhoodId: staffNeighbourhoods(actor) },
    select: { id: true, activityId: true, neighbourhoodId: true },
  });
  if (!occurrence) throw notFound();
  if (!can(actor, action, occurrence)) throw forbidden();
  return occurrence;
}

/** The activity an organiser edits or cancels, if it is in a neighbourhood they work in. */
async function organisedActivity(tx: Tx, actor: Actor, activityId: string) {
  const activity = await tx.activity.findFirst({ where: { id: activityId, neighbourhoodId: staffNeighbourhoods(actor) }, select: { id: true, neighbourhoodId: true } });
  if (!activity) throw notFound();
  if (!can(actor, "edit", activity)) throw forbidden();
  return activity;
}

export async function setCheckedIn(actor: Actor, occurrenceId: string, signUpId: string, present: boolean, now = new Date()) {
  const occurrence = await organisedDate(prisma, actor, occurrenceId, "checkIn");
  await prisma.$transaction(async (tx) => {
    const changed = await tx.signUp.updateMany({
      where: { id: signUpId, occurrenceId: occurrence.id, status: "confirmed", occurrence: { neighbourhoodId: staffNeighbourhoods(actor) } },
      data: { checkedInAt: present ? now : null },
    });
    // Someone a buurtwerker invited or signed up came: their referral comes back as "came" (or open again).
    if (changed.count === 1) await markReferralsCame(tx, signUpId, present, now);
  });
}

/** Someone who came to the door without signing up: counted and checked in at once, even when full. */
export async function addWalkIn(actor: Actor, occurrenceId: string, walkIn: Needs & { name: string; phone?: string }) {
  const occurrence = await organisedDate(prisma, actor, occurrenceId, "addWalkIn");
  const person = { name: walkIn.name, phone: walkIn.phone ?? null, locale: "nl" };
  return signUp(occurrence.id, person, walkIn, { createdById: actor.signedIn.id, walkIn: true, skipAudienceCheck: true });
}

/** A buurtwerker signs up a resident of their neighbourhoods for a date there (the sign-up says who helped). */
export async function signUpResident(actor: Actor, occurrenceId: string, residentId: string, needs: Needs) {
  const occurrence = await organisedDate(prisma, actor, occurrenceId, "seeAttendees");
  const resident = await getResidentForSignUp(actor, residentId);
  if (!resident || !can(actor, "signUpResident", { neighbourhoodId: occurrence.neighbourhoodId, residentNeighbourhoodIds: resident.neighbourhoodIds })) throw notFound();
  const person = { userId: resident.id, name: resident.displayName, email: resident.email, phone: resident.phone, locale: resident.locale };
  return signUp(occurrence.id, person, needs, { createdById: actor.signedIn.id, skipAudienceCheck: true });
}

/** One entry point for the forms of the attendee page (the route stays thin). */
export async function performAttendeeAction(actor: Actor, occurrenceId: string, action: AttendeeAction): Promise<{ added: string | null }> {
  switch (action.intent) {
    case "checkIn":
      await setCheckedIn(actor, occurrenceId, action.signUpId, action.present === "1");
      return { added: null };
    case "walkIn":
      return { added: (await addWalkIn(actor, occurrenceId, action)).id };
    case "resident":
      return { added: (await signUpResident(actor, occurrenceId, action.residentId, action)).id };
  }
}

function placeData(input: ActivityInput, spaceBuilding: { neighbourhoodId: string } | null) {
  return input.placeKind === "space"
    ? { spaceId: input.spaceId ?? null, address: null, neighbourhoodId: spaceBuilding?.neighbourhoodId ?? input.neighbourhoodId ?? "" }
    : { spaceId: null, address: input.address ?? null, neighbourhoodId: input.neighbourhoodId ?? "" };
}

function deadlineMinutes(input: ActivityInput) {
  if (!input.deadlineDate) return null;
  const start = brusselsInstant(input.date, input.startTime);
  const deadline = brusselsInstant(input.deadlineDate, input.deadlineTime ?? "23:59");
  return Math.max(0, Math.round(start.diff(deadline, "minutes").minutes));
}

async function resolveSpace(tx: Tx, input: ActivityInput) {
  if (input.placeKind !== "space" || !input.spaceId) return null;
  const space = await tx.space.findUnique({ where: { id: input.spaceId }, select: { building: { select: { neighbourhoodId: true } } } });
  return space ? space.building : null;
}

const notYours = (field: string) => new AppError("activities:refused.notYourNeighbourhood", { status: 403, field });

/** Where the form puts the activity and for whom, if this organiser may organise there (the form offers only those places). */
async function placeFor(tx: Tx, actor: Actor, input: ActivityInput) {
  const building = await resolveSpace(tx, input);
  if (input.placeKind === "space" && !building) throw new AppError("activities:errors.pickSpace", { field: "spaceId" });
  const place = placeData(input, building);
  if (!can(actor, "organise", place)) throw notYours(input.placeKind === "space" ? "spaceId" : "neighbourhoodId");
  const audienceBuildingId = input.audience === "building" ? (input.audienceBuildingId ?? null) : null;
  if (audienceBuildingId) {
    const audience = await tx.building.findUnique({ where: { id: audienceBuildingId }, select: { neighbourhoodId: true } });
    if (!audience) throw new AppError("activities:errors.pickBuilding", { field: "audienceBuildingId" });
    if (!can(actor, "organise", audience)) throw notYours("audienceBuildingId");
  }
  return { ...place, audienceBuildingId };
}

export async function createActivity(actor: Actor, input: ActivityInput) {
  return changeActivities(async (tx) => {
    const { audienceBuildingId, ...place } = await placeFor(tx, actor, input);
    const minutes = deadlineMinutes(input);
    const activity = await tx.activity.create({
      data: {
        title: input.title,
        description: input.description,
        category: input.category,
        ...place,
        audience: input.audience,
        audienceBuildingId,
        capacity: input.capacity ?? null,
        deadlineMinutes: minutes,
        wheelchairAccess: input.wheelchairAccess,
        childrenWelcome: input.childrenWelcome,
        languages: input.languages ?? "",
        cost: input.cost ?? "",
        recurrence: input.recurrence,
        createdById: actor.signedIn.id,
      },
      select: { id: true },
    });
    const slots = expandRecurrence({ date: input.date, startTime: input.startTime, endTime: input.endTime, recurrence: input.recurrence, until: input.repeatUntil });
    await tx.occurrence.createMany({
      data: slots.map((slot) => ({
        activityId: activity.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        neighbourhoodId: place.neighbourhoodId,
        category: input.category,
        audienceBuildingId,
        capacity: input.capacity ?? null,
        signUpDeadline: minutes === null ? null : new Date(slot.startsAt.getTime() - minutes * 60_000),
      })),
    });
    const first = await tx.occurrence.findFirstOrThrow({ where: { activityId: activity.id }, orderBy: { startsAt: "asc" }, select: { id: true } });
    return { activityId: activity.id, occurrenceId: first.id, count: slots.length };
  });
}

/** Tells everyone signed up for these occurrences; one message per person per change. */
async function notifyAll(tx: Tx, occurrenceIds: string[], kind: MessageKind) {
  for (const occurrenceId of occurrenceIds) {
    const occurrence = await tx.occurrence.findUniqueOrThrow({ where: { id: occurrenceId }, select: calendarSelect });
    const people = await tx.signUp.findMany({
      where: { occurrenceId, status: { in: ["confirmed", "waitlisted"] }, email: { not: null } },
      select: { id: true, userId: true, email: true, locale: true },
    });
    for (const person of people) {
      await queueSignUpMessage(tx, person, occurrence, kind, { dedupeKey: `${kind}:${person.id}:${occurrence.sequence}` });
    }
  }
}

/**
 * Saves an edited activity. Text edits reach every date silently; a new time or place raises the
 * calendar SEQUENCE and emails the people signed up for the coming dates.
 */
export async function updateActivity(actor: Actor, activityId: string, input: ActivityInput, now = new Date()) {
  return changeActivities(async (tx) => {
    await organisedActivity(tx, actor, activityId);
    const before = await tx.activity.findUniqueOrThrow({
      where: { id: activityId },
      select: { spaceId: true, address: true, capacity: true, occurrences: { where: { startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true, placesTaken: true, capacity: true } } },
    });
    const { audienceBuildingId, ...place } = await placeFor(tx, actor, input);
    const tooFull = input.capacity !== undefined ? before.occurrences.find((o) => o.placesTaken > (input.capacity ?? 0)) : undefined;
    if (tooFull) throw new AppError("activities:errors.capacityBelowTaken", { field: "capacity" });
    const minutes = deadlineMinutes(input);
    await tx.activity.update({
      where: { id: activityId },
      data: {
        title: input.title,
        description: input.description,
        category: input.category,
        ...place,
        audience: input.audience,
        audienceBuildingId,
        capacity: input.capacity ?? null,
        deadlineMinutes: minutes,
        wheelchairAccess: input.wheelchairAccess,
        childrenWelcome: input.childrenWelcome,
        languages: input.languages ?? "",
        cost: input.cost ?? "",
      },
    });
    const placeChanged = before.spaceId !== place.spaceId || before.address !== place.address;
    const changed: string[] = [];
    const single = before.occurrences.length === 1;
    for (const occurrence of before.occurrences) {
      // A one-off moves to the new date; a series keeps its dates and takes the new times.
      const startsAt = single ? brusselsInstant(input.date, input.startTime).toJSDate() : withTimeOfDay(occurrence.startsAt, input.startTime);
      const endsAt = single ? brusselsInstant(input.date, input.endTime).toJSDate() : withTimeOfDay(occurrence.startsAt, input.endTime);
      const timeChanged = startsAt.getTime() !== occurrence.startsAt.getTime() || endsAt.getTime() !== occurrence.endsAt.getTime();
      await tx.occurrence.update({
        where: { id: occurrence.id },
        data: {
          startsAt,
          endsAt,
          neighbourhoodId: place.neighbourhoodId,
          category: input.category,
          audienceBuildingId,
          capacity: input.capacity ?? null,
          signUpDeadline: minutes === null ? null : new Date(startsAt.getTime() - minutes * 60_000),
          ...(timeChanged || placeChanged ? { sequence: { increment: 1 } } : {}),
        },
      });
      if (timeChanged || placeChanged) changed.push(occurrence.id);
      if ((input.capacity ?? null) !== occurrence.capacity) {
        await lockOccurrence(tx, occurrence.id);
        await promoteWaitlist(tx, occurrence.id, now);
      }
    }
    await notifyAll(tx, changed, "changed");
    return { notified: changed.length };
  });
}

/** Cancels the whole activity: every coming date, with a notice to everyone signed up. */
export async function cancelActivity(actor: Actor, activityId: string, now = new Date()) {
  return changeActivities(async (tx) => {
    await organisedActivity(tx, actor, activityId);
    await tx.activity.update({ where: { id: activityId }, data: { cancelledAt: now } });
    const coming = await tx.occurrence.findMany({ where: { activityId, startsAt: { gte: now }, status: "scheduled" }, select: { id: true } });
    await tx.occurrence.updateMany({ where: { id: { in: coming.map((o) => o.id) } }, data: { status: "cancelled", sequence: { increment: 1 } } });
    await notifyAll(tx, coming.map((o) => o.id), "cancelled");
    return { cancelled: coming.length };
  });
}

/** One entry point for the edit page's forms: save the activity, or cancel all of it. */
export async function performEditAction(actor: Actor, occurrenceId: string, action: EditActivityAction) {
  const { activityId } = await organisedDate(prisma, actor, occurrenceId, "edit");
  if (action.intent === "cancelActivity") {
    await cancelActivity(actor, activityId);
    return { cancelled: true, notified: 0 };
  }
  const { notified } = await updateActivity(actor, activityId, action);
  return { cancelled: false, notified };
}

export async function cancelOccurrence(actor: Actor, occurrenceId: string) {
  return changeActivities(async (tx) => {
    await organisedDate(tx, actor, occurrenceId, "edit");
    const done = await tx.occurrence.updateMany({ where: { id: occurrenceId, status: "scheduled" }, data: { status: "cancelled", sequence: { increment: 1 } } });
    if (done.count === 1) await notifyAll(tx, [occurrenceId], "cancelled");
    return done.count === 1;
  });
}

/** One date of a series gets another time, place note or capacity. */
export async function changeOccurrence(actor: Actor, occurrenceId: string, input: OccurrenceInput, now = new Date()) {
  return changeActivities(async (tx) => {
    await organisedDate(tx, actor, occurrenceId, "edit");
    const before = await lockOccurrence(tx, occurrenceId);
    const current = await tx.occurrence.findUniqueOrThrow({ where: { id: occurrenceId }, select: { startsAt: true, endsAt: true, placeNote: true, activity: { select: { deadlineMinutes: true } } } });
    if (input.capacity !== undefined && input.capacity < before.placesTaken) throw new AppError("activities:errors.capacityBelowTaken", { field: "capacity" });
    const startsAt = brusselsInstant(input.date, input.startTime).toJSDate();
    const endsAt = brusselsInstant(input.date, input.endTime).toJSDate();
    const placeNote = input.placeNote || null;
    const news = startsAt.getTime() !== current.startsAt.getTime() || endsAt.getTime() !== current.endsAt.getTime() || placeNote !== current.placeNote;
    const minutes = current.activity.deadlineMinutes;
    await tx.occurrence.update({
      where: { id: occurrenceId },
      data: {
        startsAt,
        endsAt,
        placeNote,
        capacity: input.capacity ?? null,
        signUpDeadline: minutes === null ? null : new Date(startsAt.getTime() - minutes * 60_000),
        ...(news ? { sequence: { increment: 1 } } : {}),
      },
    });
    await promoteWaitlist(tx, occurrenceId, now);
    if (news) await notifyAll(tx, [occurrenceId], "changed");
    return { notified: news };
  });
}

/** One entry point for the date page's buttons: change this date, or cancel it. */
export async function performDateAction(actor: Actor, occurrenceId: string, action: OccurrenceAction) {
  if (action.intent === "cancel") return { cancelled: await cancelOccurrence(actor, occurrenceId), notified: false };
  const { notified } = await changeOccurrence(actor, occurrenceId, action);
  return { cancelled: false, notified };
}

/**
 * Saves one language's translation of an activity, made for its Dutch text as it is now (or removes it when both
 * fields are empty). Anonymous visitors' stored pages in that language are out of date after it (changeActivities).
 */
export async function saveActivityTranslation(actor: Actor, occurrenceId: string, input: ActivityTranslationInput) {
  return changeActivities(async (tx) => {
    const { activityId } = await organisedDate(tx, actor, occurrenceId, "edit");
    const where = { activityId_locale: { activityId, locale: input.locale } };
    if (!input.title && !input.description) {
      await tx.activityTranslation.deleteMany({ where: { activityId, locale: input.locale } });
      return { removed: true };
    }
    const activity = await tx.activity.findUniqueOrThrow({ where: { id: activityId }, select: { title: true, description: true } });
    const text = { title: input.title ?? "", description: input.description ?? "", source: translationSource(activity.title, activity.description) };
    await tx.activityTranslation.upsert({ where, create: { activityId, locale: input.locale, ...text }, update: text });
    return { removed: false };
  });
}
