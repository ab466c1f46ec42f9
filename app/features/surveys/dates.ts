// A survey's date fields are days in Brussels: it opens at the start of its first day and closes at the end of its
// last, whatever the server's time zone. Kept apart from rules.ts so the residents' pages carry no date library.
import { DateTime } from "luxon";
import { ZONE, endOfLocalDay, localDate } from "~/utils/dates";

export { endOfLocalDay, localDate };

export function startOfLocalDay(date: string): Date | null {
  const day = DateTime.fromISO(date, { zone: ZONE });
  return day.isValid ? day.startOf("day").toJSDate() : null;
}

/** The day has ended in Brussels (a closing date in the past). */
export function isPastLocalDay(date: string, now: Date = new Date()) {
  const end = endOfLocalDay(date);
  return end === null || end.getTime() < now.getTime();
}
