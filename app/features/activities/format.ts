// Dates and times as people read them: in Brussels time, in their own language.
import { DateTime } from "luxon";
import { localeTags, type Locale } from "~/utils/i18n";
import { ZONE } from "~/features/activities/rules";

function inZone(value: Date | string, locale: Locale) {
  const instant = typeof value === "string" ? DateTime.fromISO(value) : DateTime.fromJSDate(value);
  return instant.setZone(ZONE).setLocale(localeTags[locale]);
}

/** "dinsdag 3 juni" */
export function formatDay(value: Date | string, locale: Locale) {
  return inZone(value, locale).toLocaleString({ weekday: "long", day: "numeric", month: "long" });
}

/** "dinsdag 3 juni 2027" */
export function formatLongDay(value: Date | string, locale: Locale) {
  return inZone(value, locale).toLocaleString({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

/** "14:00" */
export function formatTime(value: Date | string, locale: Locale) {
  return inZone(value, locale).toLocaleString(DateTime.TIME_SIMPLE);
}

/** "14:00 – 16:00" */
export function formatTimeRange(start: Date | string, end: Date | string, locale: Locale) {
  return `${formatTime(start, locale)} – ${formatTime(end, locale)}`;
}

/** "2027-06-03" and "14:00" in Brussels, for form fields. */
export function toFormDate(value: Date | string) {
  return inZone(value, "nl").toISODate() ?? "";
}
export function toFormTime(value: Date | string) {
  return inZone(value, "nl").toFormat("HH:mm");
}
