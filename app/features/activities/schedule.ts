// Pure rules of when meeting moments happen: Brussels wall-clock times, recurring series across daylight-saving
// changes, the list's time windows. No I/O here; luxon does the calendar arithmetic (server and organiser pages).
import { DateTime } from "luxon";
import { ZONE, type Period, type Recurrence } from "~/features/activities/vocabulary";

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


/** The list filter's time window in UTC, computed on Brussels calendar days. */
export function periodRange(period: Period, now: Date, date?: string): { from: Date; to?: Date } {
  // "All that comes" needs no calendar (the list's usual case: Luxon's zone work was 1 % of the page).
  if (period === "all") return { from: now };
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
