// Writes for agreements, each in one transaction; emails are queued inside it (outbox).
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import type { Prisma } from "@prisma/client";
import { AgreementOpenedEmail } from "#emails/agreement-opened";
import { AgreementReviewEmail } from "#emails/agreement-review";
import { prisma } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/email.server";
import { env } from "~/utils/env.server";
import { isLocale, localeTags, type Locale } from "~/utils/i18n";
import { getFixedT } from "~/utils/i18n.server";
import { compareVersions, endOfLocalDay, phaseOf, transition, type Choice, type LifecycleAction } from "./rules";
import { translationLocales, type AgreementAction, type ItemInput } from "./schema";
import type { Asker } from "./queries.server";
import { assistant } from "~/utils/actor";
import { noteActing } from "~/utils/acting.server";

/** A refusal the person can understand: `message` is a translation key. */
export class AgreementError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const forbidden = () => new AgreementError("agreements:errors.forbidden", 403);

type Tx = Prisma.TransactionClient;

function itemRows(items: ItemInput[]) {
  return items.map((item, position) => ({
    key: item.key || randomUUID().slice(0, 8),
    position,
    text: item.text,
    explanation: item.explanation ?? null,
    translations: {
      create: translationLocales.flatMap((locale) => {
        const text = item[`${locale}Text`];
        return text ? [{ locale, text, explanation: item[`${locale}Explanation`] ?? null }] : [];
      }),
    },
  }));
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

export async function createAgreement(asker: Asker, data: { spaceId: string; reviewDate?: string; items: ItemInput[] }) {
  if (!asker.isStaff) throw forbidden();
  return prisma.$transaction(async (tx) => {
    const space = await tx.space.findFirst({ where: { id: data.spaceId }, select: { id: true, buildingId: true, agreement: { select: { id: true } } } });
    if (!space) throw new AgreementError("agreements:errors.chooseSpace");
    if (space.agreement) throw new AgreementError("agreements:errors.spaceHasAgreement");
    return tx.agreement.create({
      data: {
        buildingId: space.buildingId,
        spaceId: space.id,
        createdById: asker.userId,
        reviewDate: reviewDateOf(data.reviewDate),
        versions: { create: { number: 1, status: "draft", items: { create: itemRows(uniqueKeys(data.items)) } } },
      },
      select: { id: true },
    });
  });
}

/** The current version, locked to authors: staff, or a co-author who still lives in the building. */
async function loadForAuthor(tx: Tx, asker: Asker, agreementId: string) {
  const agreement = await tx.agreement.findFirst({
    where: {
      id: agreementId,
      ...(asker.isStaff
        ? {}
        : { coAuthors: { some: { userId: asker.userId } }, building: { residences: { some: { userId: asker.userId, movedOutAt: null } } } }),
    },
    select: { id: true, currentVersion: true, buildingId: true, space: { select: { name: true } }, building: { select: { name: true } } },
  });
  if (!agreement) throw forbidden();
  const version = await tx.agreementVersion.findUniqueOrThrow({
    where: { agreementId_number: { agreementId, number: agreement.currentVersion } },
    select: { id: true, number: true, status: true, closesAt: true },
  });
  return { agreement, version };
}

function check(version: { status: string; closesAt: Date | null }, action: LifecycleAction, now: Date) {
  const result = transition(phaseOf(version, now), action);
  if (!result.ok) throw new AgreementError(result.error, 409);
  return result.next;
}

export async function updateDraft(asker: Asker, agreementId: string, data: { reviewDate?: string; items: ItemInput[] }, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const { version } = await loadForAuthor(tx, asker, agreementId);
    check(version, "edit", now);
    await tx.agreementItem.deleteMany({ where: { versionId: version.id } });
    for (const row of itemRows(uniqueKeys(data.items))) await tx.agreementItem.create({ data: { ...row, versionId: version.id } });
    await tx.agreement.update({ where: { id: agreementId }, data: { reviewDate: reviewDateOf(data.reviewDate) } });
  });
}

/**
 * Opens the draft for responses and tells every resident of the building: by email when they
 * have an address (in their own language), and on /afspraken for everyone.
 */
export async function openForResponses(asker: Asker, agreementId: string, closesAtDate: string, now = new Date()) {
  const closesAt = endOfLocalDay(closesAtDate);
  if (!closesAt || closesAt.getTime() <= now.getTime()) throw new AgreementError("agreements:errors.dateInPast");
  await prisma.$transaction(async (tx) => {
    const { agreement, version } = await loadForAuthor(tx, asker, agreementId);
    const next = check(version, "open", now);
    const itemCount = await tx.agreementItem.count({ where: { versionId: version.id } });
    if (itemCount === 0) throw new AgreementError("agreements:errors.noItems");
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
  const entries = compareVersions(versions.find((v) => v.number === number - 1)?.items ?? [], versions.find((v) => v.number === number)?.items ?? []);
  return {
    added: entries.filter((e) => e.kind === "added").length,
    removed: entries.filter((e) => e.kind === "removed").length,
    changed: entries.filter((e) => e.kind === "changed").length,
  };
}

/** A resident's answer, and with it their household's: one voice per flat, changeable while open. */
export async function respond(asker: Asker, agreementId: string, data: { choice: Choice; reason?: string }, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const agreement = await tx.agreement.findFirst({
      where: { id: agreementId },
      select: { currentVersion: true, buildingId: true, space: { select: { name: true } } },
    });
    if (!agreement) throw new AgreementError("agreements:errors.notFound", 404);
    const residence = await tx.residence.findFirst({
      where: { userId: asker.userId, buildingId: agreement.buildingId, movedOutAt: null, user: { deletedAt: null } },
      select: { unit: true },
    });
    if (!residence) throw forbidden();
    const version = await tx.agreementVersion.findUniqueOrThrow({
      where: { agreementId_number: { agreementId, number: agreement.currentVersion } },
      select: { id: true, status: true, closesAt: true },
    });
    check(version, "respond", now);
    const reason = data.reason ?? null;
    const assistedById = assistant(asker.actor);
    await tx.agreementResponse.upsert({
      where: { versionId_userId: { versionId: version.id, userId: asker.userId } },
      create: { versionId: version.id, userId: asker.userId, choice: data.choice, reason, assistedById },
      update: { choice: data.choice, reason, assistedById },
    });
    const consent = { choice: data.choice, reason, method: "online", userId: asker.userId, recordedById: null, assistedById };
    await tx.agreementConsent.upsert({
      where: { versionId_buildingId_unit: { versionId: version.id, buildingId: agreement.buildingId, unit: residence.unit } },
      create: { versionId: version.id, buildingId: agreement.buildingId, unit: residence.unit, ...consent },
      update: consent,
    });
    await noteActing(tx, asker.actor, "agreements.respond", agreement.space.name);
  });
}

/** A buurtwerker enters a household's answer given on paper at the bewonersbijeenkomst. */
export async function recordPaperConsent(
  asker: Asker,
  agreementId: string,
  data: { unit: string; choice: Choice; reason?: string },
  now = new Date(),
) {
  if (!asker.isStaff) throw forbidden();
  await prisma.$transaction(async (tx) => {
    const { agreement, version } = await loadForAuthor(tx, asker, agreementId);
    check(version, "respond", now);
    const household = await tx.residence.findFirst({
      where: { buildingId: agreement.buildingId, unit: data.unit, movedOutAt: null },
      select: { userId: true },
    });
    if (!household) throw new AgreementError("agreements:errors.chooseHousehold");
    const consent = { choice: data.choice, reason: data.reason ?? null, method: "paper", userId: null, recordedById: asker.userId };
    await tx.agreementConsent.upsert({
      where: { versionId_buildingId_unit: { versionId: version.id, buildingId: agreement.buildingId, unit: data.unit } },
      create: { versionId: version.id, buildingId: agreement.buildingId, unit: data.unit, ...consent },
      update: consent,
    });
  });
}

export async function addComment(asker: Asker, agreementId: string, data: { itemId: string; body: string }) {
  const item = await prisma.agreementItem.findFirst({
    where: {
      id: data.itemId,
      version: {
        agreementId,
        ...(asker.isStaff ? {} : { agreement: { building: { residences: { some: { userId: asker.userId, movedOutAt: null } } } } }),
      },
    },
    select: {
      id: true,
      versionId: true,
      version: { select: { number: true, agreement: { select: { currentVersion: true, space: { select: { name: true } } } } } },
    },
  });
  if (!item) throw forbidden();
  if (item.version.number !== item.version.agreement.currentVersion) throw new AgreementError("agreements:errors.oldVersion", 409);
  await prisma.$transaction(async (tx) => {
    await tx.agreementComment.create({
      data: { versionId: item.versionId, itemId: item.id, userId: asker.userId, body: data.body, assistedById: assistant(asker.actor) },
    });
    await noteActing(tx, asker.actor, "agreements.comment", item.version.agreement.space.name);
  });
}

/** A new version with the same items (and keys), ready to edit; responses start again once it opens. */
export async function revise(asker: Asker, agreementId: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const { version } = await loadForAuthor(tx, asker, agreementId);
    const next = check(version, "revise", now);
    // Claims the step: a second click (or a second author) finds the version already revised.
    const claimed = await tx.agreementVersion.updateMany({ where: { id: version.id, status: version.status }, data: { status: next } });
    if (claimed.count !== 1) throw new AgreementError("agreements:errors.notAllowedNow", 409);
    const items = await tx.agreementItem.findMany({
      where: { versionId: version.id },
      orderBy: { position: "asc" },
      select: { key: true, position: true, text: true, explanation: true, translations: { select: { locale: true, text: true, explanation: true } } },
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

export async function adopt(asker: Asker, agreementId: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const { version } = await loadForAuthor(tx, asker, agreementId);
    const next = check(version, "adopt", now);
    // The proposal stops taking responses at adoption, also when its closing date is still ahead.
    const closesAt = version.closesAt && version.closesAt.getTime() < now.getTime() ? version.closesAt : now;
    await tx.agreementVersion.update({ where: { id: version.id }, data: { status: next, adoptedAt: now, closesAt } });
  });
}

export async function addCoAuthor(asker: Asker, agreementId: string, userId: string) {
  if (!asker.isStaff) throw forbidden();
  const agreement = await prisma.agreement.findFirst({
    where: { id: agreementId, building: { residences: { some: { userId, movedOutAt: null } } } },
    select: { id: true },
  });
  if (!agreement) throw new AgreementError("agreements:errors.notAResident");
  await prisma.agreementCoAuthor.upsert({
    where: { agreementId_userId: { agreementId, userId } },
    create: { agreementId, userId },
    update: {},
  });
}

export async function setMeetingNote(asker: Asker, agreementId: string, meetingNote: string | undefined) {
  await prisma.$transaction(async (tx) => {
    await loadForAuthor(tx, asker, agreementId);
    await tx.agreement.update({ where: { id: agreementId }, data: { meetingNote: meetingNote ?? null } });
  });
}

/** A (new) tenant read the agreement in force. */
export async function acknowledge(asker: Asker, agreementId: string) {
  const agreement = await prisma.agreement.findFirst({
    where: { id: agreementId, building: { residences: { some: { userId: asker.userId, movedOutAt: null } } } },
    select: {
      space: { select: { name: true } },
      versions: { where: { adoptedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
  });
  if (!agreement) throw forbidden();
  const version = agreement.versions[0]?.number;
  if (!version) throw new AgreementError("agreements:errors.notAllowedNow", 409);
  await prisma.$transaction(async (tx) => {
    await tx.agreementAcknowledgement.upsert({
      where: { agreementId_userId: { agreementId, userId: asker.userId } },
      create: { agreementId, userId: asker.userId, version },
      update: { version },
    });
    await noteActing(tx, asker.actor, "agreements.acknowledge", agreement.space.name);
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
export async function performAgreementAction(asker: Asker, agreementId: string, action: AgreementAction) {
  switch (action.intent) {
    case "respond":
      return respond(asker, agreementId, action);
    case "paper":
      return recordPaperConsent(asker, agreementId, action);
    case "open":
      return openForResponses(asker, agreementId, action.closesAt);
    case "revise":
      return revise(asker, agreementId);
    case "adopt":
      return adopt(asker, agreementId);
    case "comment":
      return addComment(asker, agreementId, action);
    case "coauthor":
      return addCoAuthor(asker, agreementId, action.userId);
    case "note":
      return setMeetingNote(asker, agreementId, action.meetingNote);
    case "acknowledge":
      return acknowledge(asker, agreementId);
  }
}
