import { describe, expect, test } from "vitest";
import { isOutdated, pickTranslation, translationSource } from "~/utils/translations";

describe("translations made for a wording of the Dutch text", () => {
  test("a change of the Dutch makes a translation outdated; spaces alone do not", () => {
    const madeFor = translationSource("Buurtdrink", "Kom gezellig langs.");
    expect(isOutdated({ source: madeFor }, translationSource("Buurtdrink ", "Kom  gezellig langs."))).toBe(false);
    expect(isOutdated({ source: madeFor }, translationSource("Buurtdrink", "Kom gezellig langs met je buren."))).toBe(true);
    expect(isOutdated({ source: madeFor }, translationSource("Buurtfeest", "Kom gezellig langs."))).toBe(true);
    // A field that moves to the other one is a change too.
    expect(translationSource("a b", "")).not.toBe(translationSource("a", "b"));
  });

  test("readers get their language, the Dutch with a notice when there is none, and a mark when it is outdated", () => {
    const source = translationSource("Taalcafé", "Praat Nederlands.");
    const translations = [
      { locale: "fr", source, title: "Café des langues" },
      { locale: "ar", source: translationSource("Taalcafé", "Oud."), title: "مقهى اللغة" },
    ];
    expect(pickTranslation(translations, "nl", source)).toEqual({ translation: null, fallback: false, outdated: false });
    expect(pickTranslation(translations, "fr", source)).toMatchObject({ translation: { title: "Café des langues" }, fallback: false, outdated: false });
    expect(pickTranslation(translations, "ar", source)).toMatchObject({ translation: { title: "مقهى اللغة" }, fallback: false, outdated: true });
    expect(pickTranslation(translations, "en", source)).toEqual({ translation: null, fallback: true, outdated: false });
  });
});
