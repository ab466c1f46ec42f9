// The outbox's rules, pure: which mail goes first, when a failed one is tried again, when it is given up,
// what a delivered sign-in mail keeps, when admins are told that mail is stuck. Used by outbox.server.ts.

/** Lower goes first. */
export const priorities = { urgent: 0, normal: 1, bulk: 2 } as const;
export type Priority = (typeof priorities)[keyof typeof priorities];

/** Someone is waiting for these right now: a sign-in code, a place that just opened up on the waitlist. */
const urgentKinds = new Set(["sign-in-code", "activity-promoted"]);
/** Nobody waits for these at the minute; a big batch of them must not hold up the others. */
const bulkKinds = new Set(["activity-reminder", "activity-digest", "agreement-review", "help-digest"]);

/** The one mapping from a mail's kind to its priority (enqueueEmail asks it). */
export function priorityOf(kind: string): Priority {
  if (urgentKinds.has(kind)) return priorities.urgent;
  if (bulkKinds.has(kind)) return priorities.bulk;
  return priorities.normal;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** 30 s, 1 min, 2 min ... capped at one hour: a night-long SMTP outage is retried until morning. */
export function nextAttemptDelay(attempts: number) {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), HOUR);
}

/**
 * How long a message is tried before it is marked failed: three days, so a mail server that is down for a long
 * weekend loses nothing (with hourly tries at the end, ~80 tries in all).
 */
export const RETRY_WINDOW_MS = 3 * 24 * HOUR;

export type AfterFailure = { status: "pending"; nextAttemptAt: Date } | { status: "failed"; failedAt: Date };

/** What becomes of a message whose try number `attempts` just failed at `now`. */
export function afterFailure({
  attempts,
  queuedAt,
  now,
}: {
  attempts: number;
  queuedAt: Date;
  now: Date;
}): AfterFailure {
  if (now.getTime() - queuedAt.getTime() >= RETRY_WINDOW_MS) return { status: "failed", failedAt: now };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + nextAttemptDelay(attempts)) };
}

/**
 * A sign-in mail carries a code and a link that sign the person in: once it is delivered (or given up) the
 * database keeps neither, so a copy of the database signs nobody in. Other mails are kept as sent.
 */
export function contentToKeep(kind: string): { subject: string; html: string; text: string } | null {
  if (kind !== "sign-in-code") return null;
  return { subject: "(sign-in code removed after delivery)", html: "", text: "" };
}

/** A failed sign-in code is useless later (it expires after 15 minutes): the person simply asks for a new one. */
export const kindsNeverSentAgain = ["sign-in-code"];

export function canSendAgain(kind: string) {
  return !kindsNeverSentAgain.includes(kind);
}

/** Mail waiting longer than this tells admins that delivery is stuck (mail server down, jobs off). */
export const OUTAGE_AFTER_MS = HOUR;

export function outageCutoff(now: Date) {
  return new Date(now.getTime() - OUTAGE_AFTER_MS);
}

/** "amina.benali@example.org" -> "am…@example.org": enough for staff to recognise, not to copy. */
export function maskAddress(address: string) {
  const at = address.lastIndexOf("@");
  if (at < 0) return `${address.slice(0, 2)}…`;
  const local = address.slice(0, at);
  return `${local.slice(0, Math.min(2, Math.max(1, local.length - 1)))}…${address.slice(at)}`;
}
