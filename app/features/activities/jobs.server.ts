// Periodic activity jobs. Both are safe with two app processes: each sign-up or person is claimed
// with a conditional update before its email is queued, and the outbox dedupe key backs that up.
import { createElement } from "react";
import { DateTime } from "luxon";
import { ActivityDigestEmail } from "#emails/activity-digest";
import { activityUrl } from "~/features/activities/calendar.server";
import { formatLongDay, formatTimeRange } from "~/features/activities/format";
import { queueSignUpMessage, unsubscribeUrl } from "~/features/activities/notify.server";
import { calendarSelect } from "~/features/activities/queries.server";
import { ZONE } from "~/features/activities/vocabulary";
import { prisma } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/email.server";
import { isLocale } from "~/utils/i18n";
import { getFixedT } from "~/utils/i18n.server";

/** 200 reminders per run; the job runs every few minutes, so a big day is done well before. */
const REMINDER_BATCH = 200;

/**
 * The reminder the day before: for confirmed sign-ups whose occurrence starts within 24 hours and
 * who signed up before that window opened (a person who signed up this morning just got a confirmation).
 */
export async function sendReminders(now = new Date()) {
  const horizon = new Date(now.getTime() + 24 * 60 * 60_000);
  const due = await prisma.signUp.findMany({
    where: {
      status: "confirmed",
      reminderQueuedAt: null,
      email: { not: null },
      occurrence: { status: "scheduled", startsAt: { gt: now, lte: horizon } },
    },
    take: REMINDER_BATCH,
    select: { id: true, occurrenceId: true, createdAt: true, occurrence: { select: { startsAt: true } } },
  });
  let queued = 0;
  for (const candidate of due) {
    if (candidate.createdAt.getTime() > candidate.occurrence.startsAt.getTime() - 24 * 60 * 60_000) {
      await prisma.signUp.updateMany({ where: { id: candidate.id, reminderQueuedAt: null }, data: { reminderQueuedAt: now } });
      continue;
    }
    const sent = await prisma.$transaction(async (tx) => {
      const claim = await tx.signUp.updateMany({ where: { id: candidate.id, reminderQueuedAt: null, status: "confirmed" }, data: { reminderQueuedAt: now } });
      if (claim.count !== 1) return false;
      const signUp = await tx.signUp.findUniqueOrThrow({ where: { id: candidate.id }, select: { id: true, userId: true, email: true, locale: true } });
      const occurrence = await tx.occurrence.findUniqueOrThrow({ where: { id: candidate.occurrenceId }, select: calendarSelect });
      return queueSignUpMessage(tx, signUp, occurrence, "reminder", { dedupeKey: `reminder:${signUp.id}:${candidate.occurrenceId}` });
    });
    if (sent) queued += 1;
  }
  return queued;
}

/** Weekly: new activities of the person's neighbourhood, for those who asked for a digest. 100 people per run. */
export async function sendDigests(now = new Date()) {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const people = await prisma.activitySettings.findMany({
    where: { digest: true, OR: [{ digestSentAt: null }, { digestSentAt: { lte: weekAgo } }], user: { email: { not: null }, neighbourhoodId: { not: null }, deletedAt: null } },
    take: 100,
    select: { userId: true, digestSentAt: true, user: { select: { email: true, locale: true, neighbourhoodId: true, neighbourhood: { select: { name: true } } } } },
  });
  const week = DateTime.fromJSDate(now, { zone: ZONE }).toFormat("kkkk-'W'WW");
  let queued = 0;
  for (const person of people) {
    const { email, neighbourhoodId } = person.user;
    if (!email || !neighbourhoodId) continue;
    const locale = isLocale(person.user.locale) ? person.user.locale : "nl";
    const fresh = await prisma.occurrence.findMany({
      where: { neighbourhoodId, status: "scheduled", audienceBuildingId: null, startsAt: { gt: now }, activity: { createdAt: { gt: person.digestSentAt ?? weekAgo } } },
      orderBy: { startsAt: "asc" },
      take: 15,
      select: { id: true, startsAt: true, endsAt: true, activity: { select: { title: true } } },
    });
    const done = await prisma.$transaction(async (tx) => {
      const claim = await tx.activitySettings.updateMany({
        where: { userId: person.userId, OR: [{ digestSentAt: null }, { digestSentAt: { lte: weekAgo } }] },
        data: { digestSentAt: now },
      });
      if (claim.count !== 1 || fresh.length === 0) return false;
      if (await tx.emailOptOut.findUnique({ where: { email: email.toLowerCase() }, select: { email: true } })) return false;
      const t = getFixedT(locale, "activities");
      const neighbourhood = person.user.neighbourhood?.name ?? "";
      await enqueueEmail(tx, {
        to: email,
        kind: "activity-digest",
        subject: t("email.digest.subject", { neighbourhood }),
        dedupeKey: `digest:${person.userId}:${week}`,
        body: createElement(ActivityDigestEmail, {
          lang: locale,
          t,
          neighbourhood,
          unsubscribeLink: unsubscribeUrl(email),
          items: fresh.map((o) => ({
            title: o.activity.title,
            when: `${formatLongDay(o.startsAt, locale)}, ${formatTimeRange(o.startsAt, o.endsAt, locale)}`,
            link: activityUrl(o.id),
          })),
        }),
      });
      return true;
    });
    if (done) queued += 1;
  }
  return queued;
}
