import { describe, expect, test } from "vitest";
import {
  afterFailure,
  canSendAgain,
  contentToKeep,
  maskAddress,
  nextAttemptDelay,
  priorityOf,
  RETRY_WINDOW_MS,
} from "~/utils/outbox-rules";

const HOUR = 3_600_000;

describe("outbox rules", () => {
  test.each([
    ["sign-in-code", 0],
    ["activity-promoted", 0],
    ["activity-confirmed", 1],
    ["activity-cancelled", 1],
    ["help-offer", 1],
    ["booking-cancelled", 1],
    ["activity-reminder", 2],
    ["activity-digest", 2],
    ["agreement-review", 2],
    ["help-newRequest", 1],
    ["help-digest", 2],
  ])("%s has priority %i", (kind, priority) => {
    expect(priorityOf(kind)).toBe(priority);
  });

  test("backoff doubles from 30 s and stops at one hour", () => {
    expect([1, 2, 3, 4].map(nextAttemptDelay)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(nextAttemptDelay(8)).toBe(HOUR);
    expect(nextAttemptDelay(80)).toBe(HOUR);
  });

  test("a failed try is tried again until the message has waited three days", () => {
    const queuedAt = new Date("2026-03-01T08:00:00Z");
    const early = afterFailure({ attempts: 1, queuedAt, now: new Date(queuedAt.getTime() + 1_000) });
    expect(early).toEqual({ status: "pending", nextAttemptAt: new Date(queuedAt.getTime() + 31_000) });
    const lastDay = new Date(queuedAt.getTime() + RETRY_WINDOW_MS - 1);
    expect(afterFailure({ attempts: 75, queuedAt, now: lastDay })).toEqual({
      status: "pending",
      nextAttemptAt: new Date(lastDay.getTime() + HOUR),
    });
    const done = new Date(queuedAt.getTime() + RETRY_WINDOW_MS);
    expect(afterFailure({ attempts: 76, queuedAt, now: done })).toEqual({ status: "failed", failedAt: done });
    expect(RETRY_WINDOW_MS).toBeGreaterThanOrEqual(3 * 24 * HOUR);
  });

  test("tries over three days of outage: many, and never more than an hour apart", () => {
    const queuedAt = new Date(0);
    let now = queuedAt;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const next = afterFailure({ attempts, queuedAt, now });
      if (next.status === "failed") break;
      expect(next.nextAttemptAt.getTime() - now.getTime()).toBeLessThanOrEqual(HOUR);
      now = next.nextAttemptAt;
    }
    expect(now.getTime()).toBeGreaterThanOrEqual(RETRY_WINDOW_MS);
    expect(attempts).toBeGreaterThan(70);
  });

  test("a sign-in mail keeps no code or link once it is out; other mails are kept", () => {
    const kept = contentToKeep("sign-in-code");
    expect(kept).not.toBeNull();
    expect(`${kept?.subject}${kept?.html}${kept?.text}`).not.toMatch(/\d{6}|https?:/);
    expect(contentToKeep("activity-confirmed")).toBeNull();
    expect(canSendAgain("sign-in-code")).toBe(false);
    expect(canSendAgain("activity-digest")).toBe(true);
  });

  test("addresses are shown masked", () => {
    expect(maskAddress("amina.benali@demo.warmebuurt.be")).toBe("am…@demo.warmebuurt.be");
    expect(maskAddress("jo@x.be")).toBe("j…@x.be");
    expect(maskAddress("a@x.be")).toBe("a…@x.be");
    expect(maskAddress("nonsense")).toBe("no…");
  });
});
