// Every periodic job of the app, in one list.
import { sendReviewReminders } from "~/features/agreements/mutations.server";
import { sendDigests, sendReminders } from "~/features/activities/jobs.server";
import { deliverOutbox } from "~/utils/email.server";
import { pruneIdempotencyKeys } from "~/utils/idempotency.server";
import type { Job } from "~/utils/jobs.server";
import { pruneRateLimitEvents } from "~/utils/rate-limit.server";

export const jobs: Job[] = [
  { name: "outbox", everyMs: 3_000, run: () => deliverOutbox() },
  { name: "activity-reminders", everyMs: 5 * 60_000, run: () => sendReminders() },
  { name: "activity-digest", everyMs: 60 * 60_000, run: () => sendDigests() },
  { name: "prune-rate-limits", everyMs: 60 * 60_000, run: () => pruneRateLimitEvents() },
  { name: "prune-idempotency-keys", everyMs: 6 * 60 * 60_000, run: () => pruneIdempotencyKeys() },
  { name: "agreement-review-reminders", everyMs: 60 * 60_000, run: () => sendReviewReminders() },
];
