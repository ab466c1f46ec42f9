// Dates and times in words, with Intl alone: pages' browser code imports these, and a date library here (luxon, in
// ~/utils/dates.ts) would go to every phone with them.
import { isLocale, localeTags } from "~/utils/i18n";

/** Dates as people in Brussels read them, in the page's language. Loader dates may arrive as strings. */
export function formatDate(value: Date | string | null | undefined, locale: string, style: "long" | "full" | "short" = "long") {
  if (!value) return "";
  return new Intl.DateTimeFormat(isLocale(locale) ? localeTags[locale] : "nl-BE", { dateStyle: style, timeZone: "Europe/Brussels" }).format(new Date(value));
}

/** "29 nov 2026, 14:05" (with "full": "zondag 29 november 2026 om 14:05"), on Brussels' clock. */
export function formatMoment(value: Date | string, locale: string, style: "medium" | "full" = "medium") {
  return new Intl.DateTimeFormat(isLocale(locale) ? localeTags[locale] : "nl-BE", { dateStyle: style, timeStyle: "short", timeZone: "Europe/Brussels" }).format(new Date(value));
}

export function formatTime(value: Date | string, locale: string) {
  return new Intl.DateTimeFormat(isLocale(locale) ? localeTags[locale] : "nl-BE", { timeStyle: "short", timeZone: "Europe/Brussels" }).format(new Date(value));
}
