// Dates and times in words, with Intl alone: pages' browser code imports these, and a date library here (luxon, in
// ~/utils/dates.ts) would go to every phone with them.
import { isLocale, localeTags } from "~/utils/i18n";

/** Brussels' clock, in the page's language (Dutch for one we do not speak). */
function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(isLocale(locale) ? localeTags[locale] : "nl-BE", { ...options, timeZone: "Europe/Brussels" });
}

/** Dates as people in Brussels read them, in the page's language. Loader dates may arrive as strings. */
export function formatDate(value: Date | string | null | undefined, locale: string, style: "long" | "full" | "short" = "long") {
  if (!value) return "";
  return formatter(locale, { dateStyle: style }).format(new Date(value));
}

/** "29 nov 2026, 14:05" (with "full": "zondag 29 november 2026 om 14:05"), on Brussels' clock. */
export function formatMoment(value: Date | string, locale: string, style: "medium" | "full" = "medium") {
  return formatter(locale, { dateStyle: style, timeStyle: "short" }).format(new Date(value));
}

export function formatTime(value: Date | string, locale: string) {
  return formatter(locale, { timeStyle: "short" }).format(new Date(value));
}
