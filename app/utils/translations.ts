// Texts people translate themselves (an activity's title and description, an agreement item's text and
// explanation) are made for one wording of the Dutch text. When the Dutch changes afterwards, the translation is
// outdated: readers get a notice and translators see which ones to redo. This is the one rule for it, used by
// activities and agreements. Pure: no I/O (the agreement form uses it in the browser too).

/** The Dutch fields a translation is made for, in a fixed order (title and description; text and explanation). */
export type TextFields = readonly (string | null | undefined)[];

/** A text as it counts for a reader: spaces at the ends and doubled spaces are no change; no text is "". */
export function normaliseText(value: string | null | undefined) {
  return (value ?? "").trim().replace(/\s+/g, " ");
}

/** The translation was made for another wording of the Dutch fields than the one there is now. */
export function isOutdated(madeFor: TextFields, now: TextFields): boolean {
  const length = Math.max(madeFor.length, now.length);
  return Array.from({ length }, (_, i) => i).some((i) => normaliseText(madeFor[i]) !== normaliseText(now[i]));
}

/**
 * The Dutch fields as one string, for a table that keeps what a translation was made for in one column
 * (ActivityTranslation.source). Read back with sourceFields.
 */
export function translationSource(...fields: TextFields): string {
  return JSON.stringify(fields.map(normaliseText));
}

/** The fields of a translationSource string (anything else counts as one field). */
export function sourceFields(source: string): string[] {
  try {
    const parsed: unknown = JSON.parse(source);
    if (Array.isArray(parsed) && parsed.every((field) => typeof field === "string")) return parsed;
  } catch {
    // Not made by translationSource: the whole string is the text.
  }
  return [source];
}

/**
 * Which text a reader of `locale` gets: Dutch readers the Dutch; others their translation (`outdated` when the
 * Dutch fields changed since it was made), or the Dutch with `fallback` when there is none.
 */
export function pickTranslation<T extends { locale: string; source: string }>(translations: readonly T[], locale: string, dutchNow: TextFields) {
  if (locale === "nl") return { translation: null, fallback: false, outdated: false };
  const translation = translations.find((candidate) => candidate.locale === locale) ?? null;
  return { translation, fallback: translation === null, outdated: translation !== null && isOutdated(sourceFields(translation.source), dutchNow) };
}
