import { localeTags, type Locale } from "~/utils/i18n";

/** "29/11/26 14:05" in Brussels time: when a mail got stuck or was given up. Formatted by the loaders. */
export function formatMoment(value: Date, locale: Locale) {
  return new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Europe/Brussels",
  }).format(value);
}
