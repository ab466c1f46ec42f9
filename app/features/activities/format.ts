// Dates and times as people read them: in Brussels time, in their own language. Plain Intl (no date library),
// formatters made once per language and kept. The activity list and page format in their loaders, so a cheap
// phone does not spend its first seconds loading time-zone data to hydrate text the server already wrote.
import { localeTags, type Locale } from "~/utils/i18n";
import { ZONE } from "~/features/activities/vocabulary";
import { BoundedMap } from "~/utils/bounded-map";

/** The ways a moment is written, by name: the formatter of each language and shape is made once and kept. */
const shapes = {
  day: { weekday: "long", day: "numeric", month: "long" },
  longDay: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  shortDay: { weekday: "short", day: "numeric", month: "short" },
  time: { hour: "numeric", minute: "numeric" },
  formParts: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Shape = keyof typeof shapes;

// Languages × shapes: some twenty.
const formatters = new BoundedMap<string, Intl.DateTimeFormat>(100);

function formatter(tag: string, shape: Shape) {
  return formatters.remember(`${tag}|${shape}`, () => new Intl.DateTimeFormat(tag, { ...shapes[shape], timeZone: ZONE }));
}

// The same dates come back on every page that shows them, to everyone who opens it, and writing one out takes a few
// microseconds (three per card of the list): the words for a moment are kept, a few dozen characters each.
const written = new BoundedMap<string, string>(5000);

function format(value: Date | string, locale: Locale, shape: Shape) {
  const moment = typeof value === "string" ? new Date(value) : value;
  return written.remember(`${shape}|${locale}|${moment.getTime()}`, () => formatter(localeTags[locale], shape).format(moment));
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
