// Writes for agreements, each in one transaction; emails are queued inside it (outbox). Every change takes the
// Actor and asks the permission rules itself, on the agreement found among the buildings the person may see.
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import type { Prisma } from "@prisma/client";
import { AgreementOpenedEmail } from "#emails/agreement-opened";
import { AgreementReviewEmail } from "#emails/agreement-review";
import { noteActing } from "~/utils/acting.server";
import { assistant, type Actor } from "~/utils/actor";
import { AppError } from "~/utils/app-error";
import { prisma } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/email.server";
import { env } from "~/utils/env.server";
import { isLocale, localeTags, type Locale } from "~/utils/i18n";
import { getFixedT } from "~/utils/i18n.server";
import { can, type AgreementSubject, type BuildingSubject } from "./permissions";
import { buildingAccessSelect, buildingSubject, householdCount, visibleBuildings } from "./queries.server";
import {
  adoptionCheck,
  compareVersions,
  DEFAULT_QUORUM_PERCENT,
  diffCounts,
  endOfLocalDay,
  phaseOf,
  transition,
  translationSource,
  type Choice,
  type LifecycleAction,
} from "./rules";
import { translationLocales, type AgreementAction, type ItemInput } from "./schema";

/** Not theirs to change, or not there for them at all. */
const refused = () => new AppError("agreements:errors.forbidden", { status: 403 });

type Tx = Prisma.TransactionClient;

type SavedTranslations = Map<string, { locale: string; text: string; explanation: string | null; sourceText: string; sourceExplanation: string | null }[]>;

/**
 * The items as rows, each translation with the Dutch text it belongs to: `saved` holds the draft's translations by
 * item key, so one left unchanged under a changed Dutch text stays marked outdated (issue 16).
 */
function itemRows(items: ItemInput[], saved: SavedTranslations = new Map()) {
  return items.map((item, position) => {
    const dutch = { text: item.text, explanation: item.explanation ?? null };
    return {
      key: item.key || randomUUID().slice(0, 8),
      position,
      ...dutch,
      translations: {
        create: translationLocales.flatMap((locale) => {
          const text = item[`${locale}Text`];
          if (!text) return [];
          const translation = { text, explanation: item[`${locale}Explanation`] ?? null, confirmed: item[`${locale}Confirmed`] === true };
          const before = item.key ? saved.get(item.key)?.find((t) => t.locale === locale) : undefined;
          return [{ locale, text, explanation: translation.explanation, ...translationSource(dutch, translation, before) }];
        }),
      },
    };
  });
}

/** Two items with the same key (a copied form) would break the comparison: later ones get a new key. */
function uniqueKeys(items: ItemInput[]) {
  const seen = new Set<string>();
  return items.map((item) => {
    const key = item.key && !seen.has(item.key) ? item.key : undefined;
    if (key) seen.add(key);
    return { ...item, key };
  });
}

const reviewDateOf = (date: string | undefined) => (date ? endOfLocalDay(date) : null);

type DraftData = { reviewDate?: string; quorumPercent?: number; items: ItemInput[] };

export async function createAgreement(actor: Actor, data: DraftData & { spaceId: string }) {
  return prisma.$transaction(async (tx) => {
    // Only spaces of the buildings this person may see; a space elsewhere is not one they can choose.
    const space = await tx.space.findFirst({
      where: { id: data.spaceId, building: visibleBuildings(actor) },
      select: { id: true, buildingId: true, building: { select: buildingAccessSelect(actor) }, agreement: { select: { id: true } } },
    });
    if (!space) throw new AppError("agreements:errors.chooseSpace", { field: "spaceId" });
    allow(actor, "create", buildingSubject(space.building));
    if (space.agreement) throw new AppError("agreements:errors.spaceHasAgreement", { field: "spaceId" });
    return tx.agreement.create({
      data: {
        buildingId: space.buildingId,
        spaceId: space.id,
        createdById: actor.user.id,
        reviewDate: reviewDateOf(data.reviewDate),
        quorumPercent: data.quorumPercent ?? DEFAULT_QUORUM_PERCENT,
        versions: { create: { number: 1, status: "draft", items: { create: itemRows(uniqueKeys(data.items)) } } },
      },
      select: { id: true },
    });
  });
}

/**
 * The agreement with its current version, found only among the buildings this person may see, and what the
 * permission rules need to know of it. Not found counts as not allowed: the page does not exist for them.
 */
async function loadAgreement(tx: Tx, actor: Actor, agreementId: string) {
  const agreement = await tx.agreement.findFirst({
    where: { id: agreementId, building: visibleBuildings(actor) },
    select: {
      id: true,
      currentVersion: true,
      buildingId: true,
      quorumPercent: true,
      space: { select: { name: true } },
      building: { select: { name: true, ...buildingAccessSelect(actor) } },
      coAuthors: { where: { userId: actor.user.id }, select: { userId: true } },
    },
  });
  if (!agreement) throw refused();
  const version = await tx.agreementVersion.findUniqueOrThrow({
    where: { agreementId_number: { agreementId, number: agreement.currentVersion } },
    select: { id: true, number: true, status: true, closesAt: true },
  });
  const subject: AgreementSubject = { ...buildingSubject(agreement.building), coAuthor: agreement.coAuthors.length > 0 };
  return { agreement, version, subject, home: agreement.building.residences[0] ?? null };
}

type Action = Parameters<typeof can>[1];

/** The mutation's own check: a route that forgot to ask still cannot let it through. */
function allow(actor: Actor, action: Action, subject: AgreementSubject | BuildingSubject) {
  if (!can(actor, action, subject)) throw refused();
}

function check(version: { status: string; closesAt: Date | null }, action: LifecycleAction, now: Date) {
  const result = transition(phaseOf(version, now), action);
  if (!result.ok) throw new AppError(result.error, { status: 409 });
  return result.next;
}

export async function updateDraft(actor: Actor, agreementId: string, data: DraftData, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const { version, subject } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "edit", subject);
    check(version, "edit", now);
    const before = await tx.agreementItem.findMany({
      where: { versionId: version.id },
      select: { key: true, translations: { select: { locale: true, text: true, explanation: true, sourceText: true, sourceExplanation: true } } },
    });
    const saved: SavedTranslations = new Map(before.map((item) => [item.key, item.translations]));
    await tx.agreementItem.deleteMany({ where: { versionId: version.id } });
    for (const row of itemRows(uniqueKeys(data.items), saved)) await tx.agreementItem.create({ data: { ...row, versionId: version.id } });
    await tx.agreement.update({
      where: { id: agreementId },
      data: { reviewDate: reviewDateOf(data.reviewDate), quorumPercent: data.quorumPercent ?? DEFAULT_QUORUM_PERCENT },
    });
  });
}

/**
 * Opens the draft for responses and tells every resident of the building: by email when they
 * have an address (in their own language), and on /afspraken for everyone.
 */
export async function openForResponses(actor: Actor, agreementId: string, closesAtDate: string, now = new Date()) {
  const closesAt = endOfLocalDay(closesAtDate);
  if (!closesAt || closesAt.getTime() <= now.getTime()) throw new AppError("agreements:errors.dateInPast", { field: "closesAt" });
  await prisma.$transaction(async (tx) => {
    const { agreement, version, subject } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "open", subject);
    const next = check(version, "open", now);
    const itemCount = await tx.agreementItem.count({ where: { versionId: version.id } });
    if (itemCount === 0) throw new AppError("agreements:errors.noItems");
    await tx.agreementVersion.update({ where: { id: version.id }, data: { status: next, openedAt: now, closesAt } });
    const changes = version.number > 1 ? await changeCounts(tx, agreementId, version.number) : null;
    const residents = await tx.user.findMany({
      where: { deletedAt: null, email: { not: null }, residences: { some: { buildingId: agreement.buildingId, movedOutAt: null } } },
      select: { id: true, email: true, locale: true },
    });
    const link = new URL(`/afspraken/${agreementId}`, env.APP_URL).toString();
    for (const resident of residents) {
      if (!resident.email) continue;
      const locale: Locale = isLocale(resident.locale) ? resident.locale : "nl";
      const t = getFixedT(locale, "agreements");
      const names = { space: agreement.space.name, building: agreement.building.name };
      await enqueueEmail(tx, {
        to: resident.email,
        kind: "agreement-opened",
        subject: t(changes ? "email.changedSubject" : "email.openedSubject", names),
        body: createElement(AgreementOpenedEmail, {
          lang: locale,
          t,
          link,
          names,
          closesAt: new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "long", timeZone: "Europe/Brussels" }).format(closesAt),
          changes,
        }),
        dedupeKey: `agreement-opened:${version.id}:${resident.id}`,
      });
    }
  });
}

async function changeCounts(tx: Tx, agreementId: string, number: number) {
  const versions = await tx.agreementVersion.findMany({
    where: { agreementId, number: { in: [number - 1, number] } },
    select: { number: true, items: { orderBy: { position: "asc" }, select: { key: true, text: true, explanation: true } } },
  });
  return diffCounts(compareVersions(versions.find((v) => v.number === number - 1)?.items ?? [], versions.find((v) => v.number === number)?.items ?? []));
}

/** A resident's answer, and with it their household's: one voice per flat, changeable while open. */
export async function respond(actor: Actor, agreementId: string, data: { choice: Choice; reason?: string }, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const { agreement, version, subject, home } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "respond", subject);
    if (!home) throw refused();
    check(version, "respond", now);
    const reason = data.reason ?? null;
    const userId = actor.user.id;
    const assistedById = assistant(actor);
    await tx.agreementResponse.upsert({
      where: { versionId_userId: { versionId: version.id, userId } },
      create: { versionId: version.id, userId, choice: data.choice, reason, assistedById },
      update: { choice: data.choice, reason, assistedById },
    });
    const consent = { choice: data.choice, reason, method: "online", userId, recordedById: null, assistedById };
    await tx.agreementConsent.upsert({
      where: { versionId_buildingId_unit: { versionId: version.id, buildingId: agreement.buildingId, unit: home.unit } },
      create: { versionId: version.id, buildingId: agreement.buildingId, unit: home.unit, ...consent },
      update: consent,
    });
    await noteActing(tx, actor, "agreements.respond", agreement.space.name);
  });
}

/** A buurtwerker enters a household's answer given on paper at the bewonersbijeenkomst. */
export async function recordPaperConsent(
  actor: Actor,
  agreementId: string,
  data: { unit: string; choice: Choice; reason?: string },
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    const { agreement, version, subject } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "recordPaperConsent", subject);
    check(version, "respond", now);
    const household = await tx.residence.findFirst({
      where: { buildingId: agreement.buildingId, unit: data.unit, movedOutAt: null },
      select: { userId: true },
    });
    if (!household) throw new AppError("agreements:errors.chooseHousehold", { field: "unit" });
    const consent = { choice: data.choice, reason: data.reason ?? null, method: "paper", userId: null, recordedById: actor.user.id, assistedById: null };
    await tx.agreementConsent.upsert({
      where: { versionId_buildingId_unit: { versionId: version.id, buildingId: agreement.buildingId, unit: data.unit } },
      create: { versionId: version.id, buildingId: agreement.buildingId, unit: data.unit, ...consent },
      update: consent,
    });
  });
}

export async function addComment(actor: Actor, agreementId: string, data: { itemId: string; body: string }) {
  await prisma.$transaction(async (tx) => {
    const { agreement, version, subject } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "comment", subject);
    const item = await tx.agreementItem.findFirst({
      where: { id: data.itemId, version: { agreementId } },
      select: { id: true, versionId: true },
    });
    if (!item) throw refused();
    if (item.versionId !== version.id) throw new AppError("agreements:errors.oldVersion", { status: 409 });
    await tx.agreementComment.create({
      data: { versionId: item.versionId, itemId: item.id, userId: actor.user.id, body: data.body, assistedById: assistant(actor) },
    });
    await noteActing(tx, actor, "agreements.comment", agreement.space.name);
  });
}

/** A new version with the same items (and keys), ready to edit; responses start again once it opens. */
export async function revise(actor: Actor, agreementId: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const { version, subject } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "revise", subject);
    const next = check(version, "revise", now);
    // Claims the step: a second click (or a second author) finds the version already revised.
    const claimed = await tx.agreementVersion.updateMany({ where: { id: version.id, status: version.status }, data: { status: next } });
    if (claimed.count !== 1) throw new AppError("agreements:errors.notAllowedNow", { status: 409 });
    const items = await tx.agreementItem.findMany({
      where: { versionId: version.id },
      orderBy: { position: "asc" },
      select: {
        key: true,
        position: true,
        text: true,
        explanation: true,
        translations: { select: { locale: true, text: true, explanation: true, sourceText: true, sourceExplanation: true } },
      },
    });
    await tx.agreementVersion.create({
      data: {
        agreementId,
        number: version.number + 1,
        status: "draft",
        items: { create: items.map(({ translations, ...item }) => ({ ...item, translations: { create: translations } })) },
      },
    });
    await tx.agreement.update({ where: { id: agreementId }, data: { currentVersion: version.number + 1 } });
  });
}

/**
 * Adopts the current version, after the confirmation that showed the tally, the quorum and the closing date. What it
 * was based on is kept with the version, so the hallway notice says "agreed together" only when enough households
 * answered and the closing date had passed, and otherwise who adopted it and how many answered.
 */
export async function adopt(actor: Actor, agreementId: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const { agreement, version, subject } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "adopt", subject);
    const next = check(version, "adopt", now);
    const [households, answered] = await Promise.all([householdCount(tx, agreement.buildingId), tx.agreementConsent.count({ where: { versionId: version.id } })]);
    const basis = adoptionCheck({ households, answered, quorumPercent: agreement.quorumPercent, closesAt: version.closesAt }, now);
    // The proposal stops taking responses at adoption, also when its closing date is still ahead.
    const closesAt = version.closesAt && version.closesAt.getTime() < now.getTime() ? version.closesAt : now;
    await tx.agreementVersion.update({
      where: { id: version.id },
      data: {
        status: next,
        adoptedAt: now,
        closesAt,
        adoptedHouseholds: basis.households,
        adoptedAnswered: basis.answered,
        adoptedQuorumPercent: basis.quorumPercent,
        adoptedBeforeClosing: !basis.closed,
        adoptedBy: actor.staff ? "staff" : "coauthor",
      },
    });
  });
}

export async function addCoAuthor(actor: Actor, agreementId: string, userId: string) {
  await prisma.$transaction(async (tx) => {
    const { agreement, subject } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "addCoAuthor", subject);
    const resident = await tx.residence.findFirst({
      where: { userId, buildingId: agreement.buildingId, movedOutAt: null, user: { deletedAt: null } },
      select: { userId: true },
    });
    if (!resident) throw new AppError("agreements:errors.notAResident", { field: "userId" });
    await tx.agreementCoAuthor.upsert({
      where: { agreementId_userId: { agreementId, userId } },
      create: { agreementId, userId },
      update: {},
    });
  });
}

export async function setMeetingNote(actor: Actor, agreementId: string, meetingNote: string | undefined) {
  await prisma.$transaction(async (tx) => {
    const { subject } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "setMeetingNote", subject);
    await tx.agreement.update({ where: { id: agreementId }, data: { meetingNote: meetingNote ?? null } });
  });
}

/** A (new) tenant read the agreement in force. */
export async function acknowledge(actor: Actor, agreementId: string) {
  await prisma.$transaction(async (tx) => {
    const { agreement, subject } = await loadAgreement(tx, actor, agreementId);
    allow(actor, "acknowledge", subject);
    const adopted = await tx.agreementVersion.findFirst({
      where: { agreementId, adoptedAt: { not: null } },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    if (!adopted) throw new AppError("agreements:errors.notAllowedNow", { status: 409 });
    const userId = actor.user.id;
    await tx.agreementAcknowledgement.upsert({
      where: { agreementId_userId: { agreementId, userId } },
      create: { agreementId, userId, version: adopted.number },
      update: { version: adopted.number },
    });
    await noteActing(tx, actor, "agreements.acknowledge", agreement.space.name);
  });
}

// Authors hear about a review date a week ahead: time to plan a bewonersbijeenkomst.
const REVIEW_NOTICE_DAYS = 7;

/**
 * Reminds the author of agreements whose review date is near. The dedupe key (agreement + review
 * date) makes it safe for two processes and for every run of the job: one mail per review date.
 */
export async function sendReviewReminders(now = new Date()) {
  const soon = new Date(now.getTime() + REVIEW_NOTICE_DAYS * 24 * 60 * 60 * 1000);
  const due = await prisma.agreement.findMany({
    where: { reviewDate: { lte: soon, gte: new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000) }, createdBy: { email: { not: null }, deletedAt: null } },
    select: {
      id: true,
      reviewDate: true,
      space: { select: { name: true } },
      building: { select: { name: true } },
      createdBy: { select: { email: true, locale: true } },
    },
  });
  for (const agreement of due) {
    const { email } = agreement.createdBy;
    if (!email || !agreement.reviewDate) continue;
    const locale: Locale = isLocale(agreement.createdBy.locale) ? agreement.createdBy.locale : "nl";
    const t = getFixedT(locale, "agreements");
    const names = { space: agreement.space.name, building: agreement.building.name };
    const date = agreement.reviewDate.toISOString().slice(0, 10);
    await enqueueEmail(prisma, {
      to: email,
      kind: "agreement-review",
      subject: t("email.reviewSubject", names),
      body: createElement(AgreementReviewEmail, {
        lang: locale,
        t,
        names,
        link: new URL(`/afspraken/${agreement.id}`, env.APP_URL).toString(),
        reviewDate: new Intl.DateTimeFormat(localeTags[locale], { dateStyle: "long", timeZone: "Europe/Brussels" }).format(agreement.reviewDate),
      }),
      dedupeKey: `agreement-review:${agreement.id}:${date}`,
    });
  }
  return due.length;
}

/** One entry point for the forms on an agreement's page (route stays thin). */
export async function performAgreementAction(actor: Actor, agreementId: string, action: AgreementAction) {
  switch (action.intent) {
    case "respond":
      return respond(actor, agreementId, action);
    case "paper":
      return recordPaperConsent(actor, agreementId, action);
    case "open":
      return openForResponses(actor, agreementId, action.closesAt);
    case "revise":
      return revise(actor, agreementId);
    case "adopt":
      return adopt(actor, agreementId);
    case "comment":
      return addComment(actor, agreementId, action);
    case "coauthor":
      return addCoAuthor(actor, agreementId, action.userId);
    case "note":
      return setMeetingNote(actor, agreementId, action.meetingNote);
    case "acknowledge":
      return acknowledge(actor, agreementId);
  }
}
