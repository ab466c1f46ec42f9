// Dates as people in Flanders mean them: a date field is a day in Brussels, whatever the server's time zone.
import { DateTime } from "luxon";

export const ZONE = "Europe/Brussels";

/** A date field ("2026-12-01") means the end of that day in Brussels: open until midnight. */
export function endOfLocalDay(date: string): Date | null {
  const day = DateTime.fromISO(date, { zone: ZONE });
  return day.isValid ? day.endOf("day").toJSDate() : null;
}

/** The day in Brussels an instant falls on, as a date field holds it ("2026-12-01"). */
export function localDate(instant: Date) {
  return DateTime.fromJSDate(instant, { zone: ZONE }).toISODate() ?? "";
}
