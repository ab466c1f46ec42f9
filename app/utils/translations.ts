// Texts people translate themselves (an activity's title and description, an agreement's items) are made for one
// wording of the Dutch text. When the Dutch changes afterwards, the translation is outdated: readers get a notice
// and translators see which ones to redo. Shared by every feature with such translations. Pure: no I/O.

/**
 * What a translation is made for: the Dutch fields it translates, as one string stored with the translation.
 * Spaces at the ends and doubled spaces do not count as a change.
 */
export function translationSource(...fields: (string | null | undefined)[]): string {
  return JSON.stringify(fields.map((field) => (field ?? "").trim().replace(/\s+/g, " ")));
}

/** The translation was made for another wording of the Dutch text than the one there is now. */
export function isOutdated(translation: { source: string }, currentSource: string): boolean {
  return translation.source !== currentSource;
}

/**
 * Which text a reader of `locale` gets: Dutch readers the Dutch; others their translation (`outdated` when the
 * Dutch changed since), or the Dutch with `fallback` when there is none.
 */
export function pickTranslation<T extends { locale: string; source: string }>(translations: readonly T[], locale: string, currentSource: string) {
  if (locale === "nl") return { translation: null, fallback: false, outdated: false };
  const translation = translations.find((candidate) => candidate.locale === locale) ?? null;
  return { translation, fallback: translation === null, outdated: translation !== null && isOutdated(translation, currentSource) };
}
