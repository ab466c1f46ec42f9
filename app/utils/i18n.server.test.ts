import { describe, expect, test } from "vitest";
import { i18nFor, pageTexts } from "~/utils/i18n";
import { getLocale, localeCookie, translationsFile, translationsFor } from "~/utils/i18n.server";

describe("a page's texts, apart from the page", () => {
  test("a page refers to its language and part of the app by a name with the hash of the texts", () => {
    const translations = translationsFor("fr", "/activiteiten/abc");
    expect(translations.key).toBe("fr.common-pwa-activities-auth");
    expect(translations.href).toMatch(/^\/vertalingen\/fr\.common-pwa-activities-auth\.[0-9a-f]{12}\.json$/);
    // The same texts, the same name: browsers keep them across pages and visits.
    expect(translationsFor("fr", "/activiteiten").href).toBe(translations.href);
    expect(translationsFor("nl", "/activiteiten").href).not.toBe(translations.href);
  });

  test("the file holds that language and those namespaces only, and is marked current for its own hash", () => {
    const { href } = translationsFor("ar", "/hulp");
    const file = translationsFile(href.replace("/vertalingen/", ""));
    expect(file?.current).toBe(true);
    const texts = JSON.parse(file?.json ?? "{}") as Record<string, Record<string, unknown>>;
    expect(Object.keys(texts)).toEqual(["ar"]);
    expect(Object.keys(texts.ar ?? {}).sort()).toEqual(["common", "help", "pwa"]);
  });

  test("a name from an older build gets today's texts, not to be kept; other names are not found", () => {
    expect(translationsFile("nl.common-pwa.000000000000.json")).toMatchObject({ current: false });
    expect(translationsFile("xx.common.000000000000.json")).toBeNull();
    expect(translationsFile("nl.common-secrets.000000000000.json")).toBeNull();
    // Real namespaces in a mix or order no page gets: not made (each would be kept in memory).
    expect(translationsFile("nl.pwa-common.000000000000.json")).toBeNull();
    expect(translationsFile("nl.common-pwa-help-help.000000000000.json")).toBeNull();
    expect(translationsFile("nl.common-pwa.json")).toBeNull();
    expect(translationsFile("../../etc/passwd")).toBeNull();
  });

  test("the server renders and titles pages with the texts it refers to", () => {
    const translations = translationsFor("en", "/hulp");
    expect(i18nFor("en", translations).t("help:title")).not.toBe("title");
    expect(typeof (pageTexts(translations, "en", "help") as Record<string, unknown>).title).toBe("string");
    // Without texts (an error before the root loader ran) a page still renders.
    expect(i18nFor("en", undefined).t("appName")).toBe("appName");
  });
});

describe("the language of a request", () => {
  const ask = (headers: Record<string, string>, search = "") => getLocale(new Request(`http://localhost/activiteiten${search}`, { headers }));

  test("the browser's first language when the app speaks it, else Dutch", async () => {
    expect(await ask({ "accept-language": "fr-BE,fr;q=0.9,en;q=0.5" })).toBe("fr");
    expect(await ask({ "accept-language": "ar-MA,ar;q=0.9,fr;q=0.5" })).toBe("ar");
    expect(await ask({ "accept-language": "de-DE,pl;q=0.8" })).toBe("nl");
    expect(await ask({})).toBe("nl");
    // The same header again, after others: the same answer.
    expect(await ask({ "accept-language": "fr-BE,fr;q=0.9,en;q=0.5" })).toBe("fr");
    expect(await ask({ "accept-language": "en-GB,en;q=0.9" })).toBe("en");
    // A header longer than any browser's is read too (and not kept).
    const long = ["fr-BE", "fr;q=0.9", ...Array.from({ length: 40 }, (_, i) => `x-${i};q=0.1`)].join(",");
    expect(long.length).toBeGreaterThan(200);
    expect(await ask({ "accept-language": long })).toBe("fr");
  });

  test("the visitor's choice wins: the language cookie over the browser, ?lng= over both", async () => {
    const cookie = (await localeCookie.serialize("en")).split(";")[0] ?? "";
    expect(await ask({ "accept-language": "fr-BE,fr;q=0.9", cookie: `__session=abc; ${cookie}` })).toBe("en");
    expect(await ask({ "accept-language": "fr-BE,fr;q=0.9", cookie }, "?lng=ar")).toBe("ar");
    // A language the app does not speak in the cookie is passed over.
    const german = (await localeCookie.serialize("de")).split(";")[0] ?? "";
    expect(await ask({ "accept-language": "fr-BE,fr;q=0.9", cookie: german })).toBe("fr");
  });
});
