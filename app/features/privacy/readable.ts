// The export made readable: dates as people in Flanders write them, in the reader's language. Pure; the loader runs
// it, so the page needs no date library.
import { formatMoment } from "~/components/ui/format";
import type { Locale } from "~/utils/i18n";

export type Readable = string | number | boolean | null | Readable[] | { [key: string]: Readable };

export function readable(value: unknown, locale: Locale): Readable {
  if (value instanceof Date) return formatMoment(value, locale);
  if (Array.isArray(value)) return value.map((item) => readable(item, locale));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, readable(item, locale)]));
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}
