// Pure rules of meeting moments: categories, recurrence, capacity and waitlist. No I/O here.
import { DateTime } from "luxon";

export const ZONE = "Europe/Brussels";

export const categories = [
  "buurtdrink",
  "dag_van_de_buren",
  "kennismaking",
  "koffie_papieren",
  "taalcafe",
  "wandeling",
  "workshop",
  "bewonersbijeenkomst",
  "other",
] as const;
export type Category = (typeof categories)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === "string" && (categories as readonly string[]).includes(value);
}

export const recurrences = ["none", "weekly", "biweekly", "monthly"] as const;
export type Recurrence = (typeof recurrences)[number];

export const audiences = ["everyone", "neighbourhood", "building"] as const;
export type Audience = (typeof audiences)[number];

/** A year of weekly meetings at most: longer series are made again next year, with fresh details. */
export const MAX_OCCURRENCES = 53;

/** Wall-clock date and times in Brussels ("2027-03-28", "10:00") to UTC instants. */
export function brusselsInstant(date: string, time: string) {
  return DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
}

export type Slot = { startsAt: Date; endsAt: Date };

/**
 * Expands a series from its first occurrence up to and including `until` (a Brussels date).
 * Every occurrence keeps the same wall-clock time in Brussels, so 10:00 stays 10:00 across the
 * daylight-saving changes (last Sunday of March and of October), while the UTC instant shifts.
 * Monthly means "the n-th weekday of the month" of the first date (a 5th weekday becomes "the last").
 */
export function expandRecurrence({
  date,
  startTime,
  endTime,
  recurrence,
  until,
  max = MAX_OCCURRENCES,
}: {
  date: string;
  startTime: string;
  endTime: string;
  recurrence: Recurrence;
  until?: string;
  max?: number;
}): Slot[] {
  const first = brusselsInstant(date, startTime);
  if (!first.isValid) return [];
  const lastDay = recurrence === "none" || !until ? first.startOf("day") : DateTime.fromISO(until, { zone: ZONE }).endOf("day");
  const days: DateTime[] = [];
  if (recurrence === "none") days.push(first);
  else if (recurrence === "weekly" || recurrence === "biweekly") {
    const step = recurrence === "weekly" ? 1 : 2;
    for (let i = 0; days.length < max; i++) {
      const day = first.plus({ weeks: i * step });
      if (day > lastDay) break;
      days.push(day);
    }
  } else {
    const nth = Math.ceil(first.day / 7);
    const weekday = first.weekday;
    for (let i = 0; days.length < max; i++) {
      const day = nthWeekdayOfMonth(first.plus({ months: i }).startOf("month"), weekday, nth);
      if (day.startOf("day") > lastDay) break;
      days.push(day);
    }
  }
  return days.map((day) => {
    const startsAt = brusselsInstant(day.toISODate() ?? date, startTime);
    const endsAt = brusselsInstant(day.toISODate() ?? date, endTime);
    return { startsAt: startsAt.toJSDate(), endsAt: endsAt.toJSDate() };
  });
}

function nthWeekdayOfMonth(monthStart: DateTime, weekday: number, nth: number) {
  const firstMatch = monthStart.plus({ days: (weekday - monthStart.weekday + 7) % 7 });
  let day = firstMatch.plus({ weeks: Math.min(nth, 5) - 1 });
  // No 5th Tuesday this month: take the last one.
  while (day.month !== monthStart.month) day = day.minus({ weeks: 1 });
  return day;
}

/** Moves an occurrence to a new wall-clock time on its own Brussels date (series edits). */
export function withTimeOfDay(instant: Date, time: string) {
  const day = DateTime.fromJSDate(instant, { zone: ZONE }).toISODate() ?? "";
  return brusselsInstant(day, time).toJSDate();
}

export type PlaceDecision = { status: "confirmed" } | { status: "waitlisted" } | { status: "refused"; reason: "tooMany" };

/**
 * Where a new sign-up goes. Strictly first come, first served: while anyone waits, newcomers wait
 * too, even if a small gap is free (it is kept for the first in line).
 */
export function decidePlace({
  capacity,
  placesTaken,
  waitingCount,
  people,
}: {
  capacity: number | null;
  placesTaken: number;
  waitingCount: number;
  people: number;
}): PlaceDecision {
  if (capacity === null) return { status: "confirmed" };
  if (people > capacity) return { status: "refused", reason: "tooMany" };
  if (waitingCount === 0 && placesTaken + people <= capacity) return { status: "confirmed" };
  return { status: "waitlisted" };
}

/**
 * Who moves up after places come free: the waitlist in order, as long as the first in line fits.
 * Returns the ids to confirm.
 */
export function promotions(
  { capacity, placesTaken }: { capacity: number | null; placesTaken: number },
  waitlist: { id: string; people: number }[],
) {
  const promoted: string[] = [];
  let taken = placesTaken;
  for (const entry of waitlist) {
    if (capacity !== null && taken + entry.people > capacity) break;
    taken += entry.people;
    promoted.push(entry.id);
  }
  return promoted;
}

export function placesLeft(capacity: number | null, placesTaken: number) {
  return capacity === null ? null : Math.max(0, capacity - placesTaken);
}

export type SignUpClosedReason = "cancelled" | "past" | "deadline";

export function signUpClosedReason(
  occurrence: { status: string; startsAt: Date; signUpDeadline: Date | null; activityCancelled: boolean },
  now: Date,
): SignUpClosedReason | null {
  if (occurrence.status === "cancelled" || occurrence.activityCancelled) return "cancelled";
  if (occurrence.startsAt <= now) return "past";
  if (occurrence.signUpDeadline && occurrence.signUpDeadline <= now) return "deadline";
  return null;
}

export const periods = ["all", "week", "weekend", "date"] as const;
export type Period = (typeof periods)[number];

/** The list filter's time window in UTC, computed on Brussels calendar days. */
export function periodRange(period: Period, now: Date, date?: string): { from: Date; to?: Date } {
  const today = DateTime.fromJSDate(now, { zone: ZONE });
  if (period === "week") return { from: now, to: today.endOf("week").toJSDate() };
  if (period === "weekend") {
    const saturday = today.weekday >= 6 ? today.startOf("day") : today.startOf("week").plus({ days: 5 });
    const from = DateTime.max(saturday, today).toJSDate();
    return { from, to: today.startOf("week").plus({ days: 6 }).endOf("day").toJSDate() };
  }
  if (period === "date" && date) {
    const day = DateTime.fromISO(date, { zone: ZONE });
    if (day.isValid) return { from: new Date(Math.max(day.startOf("day").toMillis(), now.getTime())), to: day.endOf("day").toJSDate() };
  }
  return { from: now };
}

export function activeKeyFor(occurrenceId: string, person: { userId?: string | null; email?: string | null; phone?: string | null }) {
  if (person.userId) return `${occurrenceId}:u:${person.userId}`;
  if (person.email) return `${occurrenceId}:e:${person.email.toLowerCase()}`;
  return `${occurrenceId}:p:${(person.phone ?? "").replace(/\D/g, "")}`;
}

export type Needs = { interpreterLanguage: string | null; childcare: boolean; wheelchair: boolean; lift: boolean };

/** The organiser's preparation list: how many need what, and who. */
export function preparationList(signUps: (Needs & { name: string; people: number })[]) {
  const list = {
    interpreter: [] as { name: string; language: string }[],
    childcare: [] as string[],
    wheelchair: [] as string[],
    lift: [] as string[],
  };
  for (const s of signUps) {
    if (s.interpreterLanguage) list.interpreter.push({ name: s.name, language: s.interpreterLanguage });
    if (s.childcare) list.childcare.push(s.name);
    if (s.wheelchair) list.wheelchair.push(s.name);
    if (s.lift) list.lift.push(s.name);
  }
  return list;
}
