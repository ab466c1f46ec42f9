// Everything the web process does besides answering requests: the periodic jobs, in one list, and mail delivery.
import { sendReviewReminders } from "~/features/agreements/mutations.server";
import { sendDigests, sendReminders } from "~/features/activities/jobs.server";
import { sendHelpRequestDigests } from "~/features/help/jobs.server";
import { pruneIdempotencyKeys } from "~/utils/idempotency.server";
import { startJobs, type Job } from "~/utils/jobs.server";
import { startOutboxDelivery, stopOutboxDelivery } from "~/utils/outbox.server";
import { pruneRateLimitEvents } from "~/utils/rate-limit.server";
import { applyRetention } from "~/features/privacy/retention.server";
import { env } from "~/utils/env.server";

export const jobs: Job[] = [
  { name: "activity-reminders", everyMs: 5 * 60_000, run: () => sendReminders() },
  { name: "activity-digest", everyMs: 60 * 60_000, run: () => sendDigests() },
  { name: "prune-rate-limits", everyMs: 60 * 60_000, run: () => pruneRateLimitEvents() },
  { name: "prune-idempotency-keys", everyMs: 6 * 60 * 60_000, run: () => pruneIdempotencyKeys() },
  { name: "agreement-review-reminders", everyMs: 60 * 60_000, run: () => sendReviewReminders() },
  { name: "help-request-digest", everyMs: 60 * 60_000, run: () => sendHelpRequestDigests() },
  // Old personal data goes away by itself (README "Data rights"); every step only removes what is past its time.
  { name: "retention", everyMs: 6 * 60 * 60_000, run: () => applyRetention(env.retention) },
];

let runner: ReturnType<typeof startJobs> | undefined;

/**
 * Every app process (every worker of `npm start`) runs all of it: each job and each mail is claimed before it is
 * done, so several processes share the work, and the process that queued a sign-in code can send it at once.
 */
export function startBackgroundWork() {
  if (runner) return;
  runner = startJobs(jobs);
  startOutboxDelivery();
}

/** Graceful shutdown: takes no new work, waits up to `timeoutMs` for what is in progress, gives back unused claims. */
export async function stopBackgroundWork(timeoutMs: number) {
  const [, mail] = await Promise.all([runner?.stop(timeoutMs), stopOutboxDelivery(timeoutMs)]);
  runner = undefined;
  return { unfinishedMails: mail.unfinished };
}
