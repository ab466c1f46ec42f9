// The pure rules of outreach: walking order, whom to knock on again, weeks, and the reach figures with small numbers
// hidden. No I/O: the queries feed these, the tests call them directly.
import { DateTime } from "luxon";
import type { KnockOutcome } from "~/features/outreach/vocabulary";

const ZONE = "Europe/Brussels";

// ---- Walking order ------------------------------------------------------------------------------------------------

/** "12", "12A", "12 bus 3" → 12 and what follows; an address without a number goes last. */
export function parseHouseNumber(number: string): { value: number; rest: string } {
  const match = /^\s*(\d+)\s*(.*)$/.exec(number);
  if (!match) return { value: Number.POSITIVE_INFINITY, rest: number.trim() };
  return { value: Number(match[1]), rest: (match[2] ?? "").trim() };
}

export type StopAddress = { street: string; number: string; building: string | null; unit: string };

const collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });

/**
 * The order to walk a round in: place by place (a street, or a building), alphabetically; along a street up the odd
 * side and back down the even side, so nobody crosses the road at every door; in a building flat by flat (1.01,
 * 1.02, 2.01...).
 */
export function walkingOrder<T extends StopAddress>(stops: readonly T[]): T[] {
  return [...stops].sort((a, b) => {
    const place = collator.compare(a.building ?? a.street, b.building ?? b.street);
    if (place !== 0) return place;
    if (a.building || b.building) return collator.compare(a.unit, b.unit);
    const x = parseHouseNumber(a.number);
    const y = parseHouseNumber(b.number);
    const sideX = x.value % 2 === 0 ? 1 : 0;
    const sideY = y.value % 2 === 0 ? 1 : 0;
    if (sideX !== sideY) return sideX - sideY;
    if (x.value !== y.value) {
      if (!Number.isFinite(x.value)) return 1;
      if (!Number.isFinite(y.value)) return -1;
      return sideX === 0 ? x.value - y.value : y.value - x.value;
    }
    // 12 before 12A on the way up, 12A before 12 on the way back.
    return sideX === 0 ? collator.compare(x.rest, y.rest) : collator.compare(y.rest, x.rest);
  });
}

/** Numbers a round over a street covers: every house from `from` to `to`, or one side of it. */
export function numbersBetween(from: number, to: number, side: "all" | "odd" | "even"): string[] {
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  const numbers: string[] = [];
  for (let n = low; n <= high; n += 1) {
    if (side === "odd" && n % 2 === 0) continue;
    if (side === "even" && n % 2 === 1) continue;
    numbers.push(String(n));
  }
  return numbers;
}

// ---- Knocking again -----------------------------------------------------------------------------------------------

/**
 * Knocks on a closed door before an address rests until the next round. "Hij probeert meermaals": four tries at
 * different times of day reach most people who want to be reached, without becoming a nuisance.
 */
export const MAX_NOT_HOME = 4;

export type Knock = { outcome: KnockOutcome | string; comeBackOn: string | null; knockedAt: Date };

/** new: nobody knocked yet; again: nobody opened, try again; comeBack: they asked to come back (due on or after that
 * day); done: talked, not interested or moved; rest: the door stayed closed MAX_NOT_HOME times. */
export type KnockState = "new" | "again" | "comeBack" | "done" | "rest";

export type DoorStatus = { state: KnockState; attempts: number; last: Knock | null; due: boolean };

/** Where an address stands after its knocks (any order), on `today` ("2026-11-29", a day in Brussels). */
export function doorStatus(knocks: readonly Knock[], today: string): DoorStatus {
  if (knocks.length === 0) return { state: "new", attempts: 0, last: null, due: true };
  const sorted = [...knocks].sort((a, b) => a.knockedAt.getTime() - b.knockedAt.getTime());
  const last = sorted[sorted.length - 1] ?? null;
  const attempts = sorted.length;
  if (!last) return { state: "new", attempts: 0, last: null, due: true };
  switch (last.outcome) {
    case "not_home": {
      const closed = sorted.filter((k) => k.outcome === "not_home").length;
      return closed >= MAX_NOT_HOME
        ? { state: "rest", attempts, last, due: false }
        : { state: "again", attempts, last, due: true };
    }
    case "come_back":
      return { state: "comeBack", attempts, last, due: last.comeBackOn === null || last.comeBackOn <= today };
    default:
      return { state: "done", attempts, last, due: false };
  }
}

/** The "to knock again" list: closed doors under the limit, and people who asked us to come back by today. */
export function needsAnotherKnock(status: DoorStatus) {
  return (status.state === "again" || status.state === "comeBack") && status.due;
}

/** How far a round got: how many addresses are in each state. */
export function roundProgress(statuses: readonly DoorStatus[]): Record<KnockState, number> {
  const counts: Record<KnockState, number> = { new: 0, again: 0, comeBack: 0, done: 0, rest: 0 };
  for (const status of statuses) counts[status.state] += 1;
  return counts;
}

/** How long a phone keeps a form it could not send (the service worker's queue, app/sw.ts). */
const QUEUE_DAYS = 7;

/**
 * When a knock happened: the phone's clock when the button was pressed, for a knock queued offline and sent hours
 * later; the server's clock when the phone sent no time, or one that cannot be (in the future beyond a few minutes of
 * clock drift, or older than the queue keeps forms).
 */
export function knockMoment(phoneTime: string | undefined, now: Date): Date {
  if (!phoneTime) return now;
  const at = new Date(phoneTime);
  if (Number.isNaN(at.getTime())) return now;
  if (at.getTime() > now.getTime() + 5 * 60_000 || at.getTime() < now.getTime() - QUEUE_DAYS * 86_400_000)
    return now;
  return at;
}

// ---- Weeks --------------------------------------------------------------------------------------------------------

/** The Monday (a day in Brussels, "2026-11-23") of the week `instant` falls in. */
export function weekOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: ZONE }).startOf("week").toISODate() ?? "";
}

/** The Mondays of the `count` weeks up to and including the week of `now`, oldest first. */
export function lastWeeks(now: Date, count: number): string[] {
  const current = DateTime.fromJSDate(now, { zone: ZONE }).startOf("week");
  return Array.from({ length: count }, (_, i) => current.minus({ weeks: count - 1 - i }).toISODate() ?? "");
}

/** The instant a week (its Monday) starts, and the one the next week starts, in Brussels. */
export function weekBounds(monday: string): { start: Date; end: Date } {
  const start = DateTime.fromISO(monday, { zone: ZONE }).startOf("day");
  return { start: start.toJSDate(), end: start.plus({ weeks: 1 }).toJSDate() };
}

/** Whether `day` ("2026-12-03") is on or before the Sunday of the week of `now`: due this week, or overdue. */
export function dueByEndOfWeek(day: string, now: Date) {
  const sunday = DateTime.fromJSDate(now, { zone: ZONE }).endOf("week").toISODate() ?? "";
  return day <= sunday;
}

// ---- Reach, with small numbers hidden -----------------------------------------------------------------------------

/** Under this many, a number could point at a person: it is shown as "< 5" and never sent to the browser. */
export const SMALL_NUMBER = 5;

/** A count as it may be shown: the number, or "few" (under SMALL_NUMBER, including none). */
export type Figure = number | "few";

export function figure(count: number): Figure {
  return count < SMALL_NUMBER ? "few" : count;
}

export type ReachFacts = {
  knocks: readonly { householdId: string; outcome: string; knockedAt: Date }[];
  followUps: readonly { householdId: string; startedAt: Date; endedAt: Date | null }[];
  referrals: readonly { kind: string; status: string; firstVisit: boolean }[];
};

export type ReachWeek = { week: string; contacted: Figure; talked: Figure; inFollowUp: Figure };

/**
 * Week by week: households we knocked on (contacted), households we talked with, households in follow-up at some
 * moment of the week. Each counted once per week however often we knocked.
 */
export function reachByWeek(facts: ReachFacts, weeks: readonly string[]): ReachWeek[] {
  return weeks.map((week) => {
    const { start, end } = weekBounds(week);
    const inWeek = facts.knocks.filter((k) => k.knockedAt >= start && k.knockedAt < end);
    const contacted = new Set(inWeek.map((k) => k.householdId));
    const talked = new Set(inWeek.filter((k) => k.outcome === "talked").map((k) => k.householdId));
    const following = new Set(
      facts.followUps
        .filter((f) => f.startedAt < end && (f.endedAt === null || f.endedAt >= start))
        .map((f) => f.householdId),
    );
    return {
      week,
      contacted: figure(contacted.size),
      talked: figure(talked.size),
      inFollowUp: figure(following.size),
    };
  });
}

export type ReachSummary = {
  contacted: Figure;
  talked: Figure;
  inFollowUpNow: Figure;
  referrals: Record<string, Figure>;
  firstTimeVisitors: Figure;
  /** Average length of a follow-up in days (ended ones to their end, running ones to today); few under 5 follow-ups. */
  averageFollowUpDays: Figure;
};

const DAY = 86_400_000;

/** The figures of a neighbourhood over a period, every one of them with small numbers hidden. */
export function reachSummary(facts: ReachFacts, statuses: readonly string[], now: Date): ReachSummary {
  const contacted = new Set(facts.knocks.map((k) => k.householdId));
  const talked = new Set(facts.knocks.filter((k) => k.outcome === "talked").map((k) => k.householdId));
  const followingNow = new Set(
    facts.followUps.filter((f) => f.endedAt === null || f.endedAt > now).map((f) => f.householdId),
  );
  const referrals = Object.fromEntries(
    statuses.map((status) => [status, figure(facts.referrals.filter((r) => r.status === status).length)]),
  );
  const lengths = facts.followUps.map((f) => ((f.endedAt ?? now).getTime() - f.startedAt.getTime()) / DAY);
  const average =
    lengths.length < SMALL_NUMBER
      ? "few"
      : Math.round(lengths.reduce((sum, days) => sum + days, 0) / lengths.length);
  return {
    contacted: figure(contacted.size),
    talked: figure(talked.size),
    inFollowUpNow: figure(followingNow.size),
    referrals,
    firstTimeVisitors: figure(facts.referrals.filter((r) => r.status === "came" && r.firstVisit).length),
    averageFollowUpDays: average,
  };
}

// ---- Signals ------------------------------------------------------------------------------------------------------

export type SignalFact = { place: string; kind: string; householdId: string | null; createdAt: Date };

/** The month ("2026-11") an instant falls in, in Brussels. */
export function monthOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: ZONE }).toFormat("yyyy-MM");
}

export type SignalRow = { place: string; kind: string; total: number; byMonth: Record<string, number> };

/**
 * Shared problems per place (a building or a street) and kind, month by month: how many households raised it (a
 * household that mentions the damp at three visits counts once a month); a signal noted without a household counts
 * on its own. Sorted with the most raised first.
 */
export function signalTable(signals: readonly SignalFact[], months: readonly string[]): SignalRow[] {
  const rows = new Map<
    string,
    { place: string; kind: string; byMonth: Map<string, Set<string>>; all: Set<string> }
  >();
  signals.forEach((signal, index) => {
    const month = monthOf(signal.createdAt);
    if (!months.includes(month)) return;
    const key = `${signal.place}\u0000${signal.kind}`;
    const row = rows.get(key) ?? {
      place: signal.place,
      kind: signal.kind,
      byMonth: new Map(),
      all: new Set(),
    };
    const who = signal.householdId ?? `signal-${index}`;
    const inMonth = row.byMonth.get(month) ?? new Set<string>();
    inMonth.add(who);
    row.byMonth.set(month, inMonth);
    row.all.add(who);
    rows.set(key, row);
  });
  return [...rows.values()]
    .map((row) => ({
      place: row.place,
      kind: row.kind,
      total: row.all.size,
      byMonth: Object.fromEntries(months.map((month) => [month, row.byMonth.get(month)?.size ?? 0])),
    }))
    .sort((a, b) => b.total - a.total || collator.compare(a.place, b.place) || a.kind.localeCompare(b.kind));
}

/** The `count` months up to and including the month of `now`, oldest first ("2026-09", "2026-10", "2026-11"). */
export function lastMonths(now: Date, count: number): string[] {
  const current = DateTime.fromJSDate(now, { zone: ZONE }).startOf("month");
  return Array.from({ length: count }, (_, i) =>
    current.minus({ months: count - 1 - i }).toFormat("yyyy-MM"),
  );
}
