// Emails about sign-ups, rendered in the recipient's language and queued in the same transaction
// as the change. Only real news goes out: a new time or place, a cancellation, a place that came free.
import { createElement } from "react";
import type { Prisma } from "@prisma/client";
import { ActivityMessageEmail } from "#emails/activity-message";
import { activityUrl, buildCalendar, placeOf, type CalendarOccurrence } from "~/features/activities/calendar.server";
import { formatLongDay, formatTimeRange } from "~/features/activities/format";
import { calendarSelect, emailAllowed } from "~/features/activities/queries.server";
import { cancelToken, unsubscribeToken } from "~/features/activities/tokens.server";
import { enqueueEmail, renderEmail, type OutgoingEmail } from "~/utils/email.server";
import { env } from "~/utils/env.server";
import { isLocale, type Locale } from "~/utils/i18n";
import { getFixedT } from "~/utils/i18n.server";

export type MessageKind = "confirmed" | "waitlisted" | "promoted" | "changed" | "cancelled" | "reminder";

/** A person's own address and preferences, without a sign-up of their own (a series has one per date). */
export type Person = { userId: string | null; email: string | null; locale: string };

const preferenceOf: Record<MessageKind, "confirmations" | "reminders" | "changes"> = {
  confirmed: "confirmations",
  waitlisted: "confirmations",
  promoted: "confirmations",
  changed: "changes",
  cancelled: "changes",
  reminder: "reminders",
};

export type Recipient = { id: string; userId: string | null; email: string | null; locale: string };

export function unsubscribeUrl(email: string) {
  return new URL(`/afmelden/${unsubscribeToken(email)}`, env.APP_URL).toString();
}

export function cancelUrl(signUpId: string) {
  return new URL(`/activiteiten/annuleren/${cancelToken(signUpId)}`, env.APP_URL).toString();
}

/** Stands in for the waitlist position while an email is rendered before the position is known. */
export const POSITION_MARK = "[[position]]";

/** Renders a sign-up message, or null when the person does not want it (or has no email). */
export async function prepareSignUpMessage(
  db: Prisma.TransactionClient,
  recipient: Recipient,
  occurrence: CalendarOccurrence,
  kind: MessageKind,
  { position, dedupeKey }: { position?: number | string; dedupeKey?: string } = {},
): Promise<OutgoingEmail | null> {
  if (!recipient.email || !(await emailAllowed(db, recipient, preferenceOf[kind]))) return null;
  const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "nl";
  const t = getFixedT(locale, "activities");
  const title = occurrence.activity.title;
  const attachIcs = kind === "confirmed" || kind === "promoted" || kind === "changed" || kind === "cancelled";
  const body = createElement(ActivityMessageEmail, {
    lang: locale,
    t,
    kind,
    title,
    when: `${formatLongDay(occurrence.startsAt, locale)}, ${formatTimeRange(occurrence.startsAt, occurrence.endsAt, locale)}`,
    place: occurrence.placeNote ?? placeOf(occurrence.activity),
    position,
    activityLink: activityUrl(occurrence.id),
    cancelLink: cancelUrl(recipient.id),
    unsubscribeLink: unsubscribeUrl(recipient.email),
  });
  return {
    to: recipient.email,
    kind: `activity-${kind}`,
    subject: t(`email.${kind}.subject`, { title }),
    dedupeKey,
    body,
    rendered: await renderEmail(body),
    attachments: attachIcs
      ? [{ filename: "activiteit.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: buildCalendar(title, [occurrence], { method: "publish" }) }]
      : [],
  };
}

/** Fills in the waitlist position that was only known inside the transaction. */
export function withPosition(email: OutgoingEmail, position: number): OutgoingEmail {
  const fill = (value: string) => value.replaceAll(POSITION_MARK, String(position));
  return { ...email, subject: fill(email.subject), rendered: email.rendered && { html: fill(email.rendered.html), text: fill(email.rendered.text) } };
}

export async function queueSignUpMessage(
  tx: Prisma.TransactionClient,
  recipient: Recipient,
  occurrence: CalendarOccurrence,
  kind: MessageKind,
  options: { position?: number; dedupeKey?: string } = {},
) {
  const email = await prepareSignUpMessage(tx, recipient, occurrence, kind, options);
  if (email) await enqueueEmail(tx, email);
  return Boolean(email);
}

/**
 * One email for a sign-up to a whole series: the dates with a place and those on the waitlist, every one of them
 * in the attached calendar file. Queued in the sign-up's transaction; false when the person gets no email.
 */
export async function queueSeriesMessage(
  tx: Prisma.TransactionClient,
  recipient: Person,
  dates: { occurrenceId: string; status: "confirmed" | "waitlisted" | "refused" }[],
  title: string,
) {
  if (!recipient.email || !(await emailAllowed(tx, recipient, "confirmations"))) return false;
  const locale: Locale = isLocale(recipient.locale) ? recipient.locale : "nl";
  const t = getFixedT(locale, "activities");
  const occurrences = await tx.occurrence.findMany({
    where: { id: { in: dates.map((d) => d.occurrenceId) } },
    orderBy: { startsAt: "asc" },
    select: calendarSelect,
  });
  const first = occurrences[0];
  if (!first) return false;
  const waiting = new Set(dates.filter((d) => d.status === "waitlisted").map((d) => d.occurrenceId));
  const lines = occurrences.map((o) => {
    const when = `${formatLongDay(o.startsAt, locale)}, ${formatTimeRange(o.startsAt, o.endsAt, locale)}`;
    return waiting.has(o.id) ? `${when} (${t("email.series.waitlisted")})` : when;
  });
  const body = createElement(ActivityMessageEmail, {
    lang: locale,
    t,
    kind: "series",
    title,
    count: occurrences.length,
    when: "",
    dates: lines,
    place: first.placeNote ?? placeOf(first.activity),
    activityLink: activityUrl(first.id),
    unsubscribeLink: unsubscribeUrl(recipient.email),
  });
  await enqueueEmail(tx, {
    to: recipient.email,
    kind: "activity-confirmed",
    subject: t("email.series.subject", { title, count: occurrences.length }),
    body,
    attachments: [{ filename: "activiteiten.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: buildCalendar(title, occurrences, { method: "publish" }) }],
  });
  return true;
}
