// Shared i18n settings, safe for the browser bundle (no translation files imported here).
import i18next, { type Resource } from "i18next";
import { initReactI18next } from "react-i18next";

export const supportedLocales = ["nl", "fr", "en", "ar"] as const;
export type Locale = (typeof supportedLocales)[number];
export const defaultLocale: Locale = "nl";
export const namespaces = ["common", "auth", "activities", "help", "agreements", "pwa", "privacy", "outreach", "surveys"] as const;
export type Namespace = (typeof namespaces)[number];

/**
 * The translations a page needs besides "common" and "pwa", by the first segment of its path. A page gets only
 * these (a third of all text), so it stays light on a slow connection; paths not listed get every namespace.
 * app/utils/i18n.test.ts checks this against what each route's components ask for.
 */
const sectionNamespaces: Record<string, Namespace[]> = {
  "": [],
  activiteiten: ["activities", "auth"],
  afmelden: ["activities"],
  afspraken: ["agreements"],
  annuleren: ["activities", "auth"],
  beheer: ["auth", "privacy"],
  bevragingen: ["surveys"],
  buurtwerk: ["auth", "outreach"],
  hulp: ["help"],
  ik: ["activities", "auth", "privacy"],
  inloggen: ["auth"],
  offline: [],
  onthaal: ["auth", "help", "privacy", "outreach"],
  privacy: ["privacy"],
};

export function sectionOf(pathname: string) {
  return pathname.split("/")[1] ?? "";
}

export function namespacesFor(pathname: string): Namespace[] {
  const extra = sectionNamespaces[sectionOf(pathname)];
  return extra ? ["common", "pwa", ...extra] : [...namespaces];
}

export const localeNames: Record<Locale, string> = {
  nl: "Nederlands",
  fr: "Français",
  en: "English",
  ar: "العربية",
};

/** BCP 47 tags for dates and numbers; Dutch is the Belgian variant. */
export const localeTags: Record<Locale, string> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB", ar: "ar" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (supportedLocales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * The root loader sends a page's translations as one JSON string: the browser parses it natively in a blink, where
 * decoding some 700 separate strings from the page's data took a cheap phone ~30 ms while the page was starting.
 * Remembers the last one, which every title on the page reads too.
 */
let lastParsed: { json: string; resources: Resource } | undefined;
export function parseResources(json: string | undefined): Resource {
  if (!json) return {};
  if (lastParsed?.json !== json) lastParsed = { json, resources: JSON.parse(json) as Resource };
  return lastParsed.resources;
}

/**
 * The i18next instance for a page: one per language and part of the app, made once and shared by every request that
 * renders it on the server (a new one per request was 5 % of a signed-in page's CPU); in the browser, one per page
 * load. A fixed language and fixed texts make an instance safe to share.
 */
const pageInstances = new Map<string, ReturnType<typeof createI18n>>();
export function i18nFor(locale: Locale, resourcesJson: string | undefined) {
  // The texts name their language; the same string object comes back for each page of a part, so its hash is reused.
  const key = resourcesJson || locale;
  let instance = pageInstances.get(key);
  if (!instance) {
    instance = createI18n(locale, parseResources(resourcesJson));
    // A handful of languages × parts of the app; the bound only guards against something unforeseen.
    if (pageInstances.size > 100) pageInstances.clear();
    pageInstances.set(key, instance);
  }
  return instance;
}

/** A new i18next instance with these texts (see i18nFor and getFixedT for the shared ones). */
export function createI18n(locale: Locale, resources: Resource) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: defaultLocale,
    resources,
    ns: [...namespaces],
    defaultNS: "common",
    interpolation: { escapeValue: false },
    initImmediate: false,
    react: { useSuspense: false },
  });
  return instance;
}
