import { describe, expect, test } from "vitest";
import { isOutdated, pickTranslation, sourceFields, translationSource } from "~/utils/translations";

describe("translations made for a wording of the Dutch text", () => {
  test("a change of a Dutch field makes a translation outdated; spaces alone do not, nor null for empty", () => {
    const madeFor = ["Buurtdrink", "Kom gezellig langs."];
    expect(isOutdated(madeFor, ["Buurtdrink ", "Kom  gezellig langs."])).toBe(false);
    expect(isOutdated(madeFor, ["Buurtdrink", "Kom gezellig langs met je buren."])).toBe(true);
    expect(isOutdated(madeFor, ["Buurtfeest", "Kom gezellig langs."])).toBe(true);
    expect(isOutdated(["Na 22:00 is het stil.", null], ["Na 22:00 is het stil.", ""])).toBe(false);
    expect(isOutdated(["Na 22:00 is het stil.", null], ["Na 22:00 is het stil.", "De slaapkamers liggen boven."])).toBe(true);
    // A field that moves to the other one is a change too.
    expect(isOutdated(["a b", ""], ["a", "b"])).toBe(true);
  });

  test("the fields stored as one string read back as they were made for", () => {
    expect(sourceFields(translationSource(" Taalcafé ", "Praat  Nederlands."))).toEqual(["Taalcafé", "Praat Nederlands."]);
    expect(sourceFields("geen lijst")).toEqual(["geen lijst"]);
    expect(translationSource("a b", "")).not.toBe(translationSource("a", "b"));
  });

  test("readers get their language, the Dutch with a notice when there is none, and a mark when it is outdated", () => {
    const dutch = ["Taalcafé", "Praat Nederlands."];
    const translations = [
      { locale: "fr", source: translationSource("Taalcafé", "Praat Nederlands."), title: "Café des langues" },
      { locale: "ar", source: translationSource("Taalcafé", "Oud."), title: "مقهى اللغة" },
    ];
    expect(pickTranslation(translations, "nl", dutch)).toEqual({ translation: null, fallback: false, outdated: false });
    expect(pickTranslation(translations, "fr", dutch)).toMatchObject({ translation: { title: "Café des langues" }, fallback: false, outdated: false });
    expect(pickTranslation(translations, "ar", dutch)).toMatchObject({ translation: { title: "مقهى اللغة" }, fallback: false, outdated: true });
    expect(pickTranslation(translations, "en", dutch)).toEqual({ translation: null, fallback: true, outdated: false });
  });
});
