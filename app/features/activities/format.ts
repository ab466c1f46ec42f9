// Dates and times as people read them: in Brussels time, in their own language. Plain Intl (no date library),
// formatters made once per language and kept. The activity list and page format in their loaders, so a cheap
// phone does not spend its first seconds loading time-zone data to hydrate text the server already wrote.
import { localeTags, type Locale } from "~/utils/i18n";
import { ZONE } from "~/features/activities/vocabulary";

/** The ways a moment is written, by name: the formatter of each language and shape is made once and kept. */
const shapes = {
  day: { weekday: "long", day: "numeric", month: "long" },
  longDay: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  shortDay: { weekday: "short", day: "numeric", month: "short" },
  time: { hour: "numeric", minute: "numeric" },
  formParts: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Shape = keyof typeof shapes;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, shape: Shape) {
  const key = `${tag}|${shape}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(tag, { ...shapes[shape], timeZone: ZONE });
    formatters.set(key, found);
  }
  return found;
}

function format(value: Date | string, locale: Locale, shape: Shape) {
  return formatter(localeTags[locale], shape).format(typeof value === "string" ? new Date(value) : value);
}

/** "dinsdag 3 juni" */
export function formatDay(value: Date | string, locale: Locale) {
  return format(value, locale, "day");
}

/** "dinsdag 3 juni 2027" */
export function formatLongDay(value: Date | string, locale: Locale) {
  return format(value, locale, "longDay");
}

/** "do 3 jun. 14:00": a date on a poster's tear-off strip. */
export function formatShortMoment(value: Date | string, locale: Locale) {
  return `${format(value, locale, "shortDay")} ${formatTime(value, locale)}`;
}

/**
 * A title short enough for a tear-off strip (about 4 cm): whole words up to `max` characters, then "…". A single word
 * longer than that is cut, since nothing else fits.
 */
export function shortTitle(title: string, max = 24) {
  const clean = title.trim().replace(/\s+/g, " ");
  if (clean.length <= max) return clean;
  const words = clean.split(" ");
  let kept = "";
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (next.length > max - 1) break;
    kept = next;
  }
  return `${(kept || clean.slice(0, max - 1)).replace(/[\s,.;:–-]+$/, "")}…`;
}

/** "14:00" */
export function formatTime(value: Date | string, locale: Locale) {
  return format(value, locale, "time");
}

/** "14:00 – 16:00" */
export function formatTimeRange(start: Date | string, end: Date | string, locale: Locale) {
  return `${formatTime(start, locale)} – ${formatTime(end, locale)}`;
}

/** "donderdag 3 juni · 14:00 – 16:00": the date line of a card. */
export function formatWhen(start: Date | string, end: Date | string, locale: Locale) {
  return `${formatDay(start, locale)} · ${formatTimeRange(start, end, locale)}`;
}

/** The wall-clock parts of an instant in Brussels, as form fields want them. */
function brusselsParts(value: Date | string) {
  const parts = formatter("en-GB", "formParts").formatToParts(new Date(value));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}

/** "2027-06-03" in Brussels, for date fields. */
export function toFormDate(value: Date | string) {
  return brusselsParts(value).date;
}

/** "14:00" in Brussels, for time fields. */
export function toFormTime(value: Date | string) {
  return brusselsParts(value).time;
}
