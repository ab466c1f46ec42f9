// Shared i18n settings, safe for the browser bundle (no translation files imported here).
import i18next, { type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import { BoundedMap } from "~/utils/bounded-map";

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

/** Every set of namespaces some page gets, as namespacesFor gives it: the only ones worth sending (a handful). */
export const pageNamespaceSets: readonly (readonly Namespace[])[] = [
  ...new Map([...Object.keys(sectionNamespaces), "*"].map((section) => namespacesFor(`/${section}`)).map((set) => [set.join("-"), set])).values(),
];

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
 * The texts of one language and part of the app, as the browser fetches them: `/vertalingen/<key>.<hash>.json`,
 * kept by the browser and the service worker for a year (the hash changes with the texts). They used to travel inside
 * every page: 34 KB of a 71 KB list page, compressed again for each request and sent again on each visit.
 */
export type PageTranslations = { key: string; href: string };

declare global {
  // The texts fetched or made so far, by key: on the server filled by i18n.server.ts, in the browser by
  // loadTranslations. On globalThis because the server's bundles each have their own copy of this module.
  var __warmeBuurtTranslations: Map<string, Resource> | undefined;
}

function translationStore() {
  return (globalThis.__warmeBuurtTranslations ??= new Map<string, Resource>());
}

export function registerTranslations(key: string, resources: Resource) {
  translationStore().set(key, resources);
}

/**
 * Makes sure the browser has a page's texts before it renders with them: before the page comes alive
 * (entry.client.tsx) and when a link leads to another part of the app (waitForTranslations). False when they
 * cannot be fetched (offline, never stored): the page then stays as the server sent it, forms work without JavaScript.
 */
export async function loadTranslations({ key, href }: PageTranslations): Promise<boolean> {
  if (translationStore().has(key)) return true;
  try {
    const response = await fetch(href);
    if (!response.ok) return false;
    registerTranslations(key, (await response.json()) as Resource);
    return true;
  } catch {
    return false;
  }
}

const arriving = new Map<string, Promise<void>>();
/** The texts the page on screen asks for: a failed fetch for a page the person already left must not reload this one. */
let wanted: string | undefined;

/**
 * For the root layout: renders only once the page's texts are here. A move to another part of the app (from activities
 * to help, or another language) brings the key of new texts; React waits for them while the old page stays on screen
 * (Remix renders a navigation as a transition). This used to be a clientLoader on the root, which made Remix ask for
 * the root's data and the page's data in two requests on every move, filter and form sent, instead of one. Texts that
 * cannot be fetched (offline and never stored) make the browser load the page as a whole: the server renders it with
 * its texts, or the service worker shows the stored copy or the offline page.
 */
export function waitForTranslations(translations: PageTranslations | undefined) {
  wanted = translations?.key;
  if (!translations || translationStore().has(translations.key)) return;
  let pending = arriving.get(translations.key);
  if (!pending) {
    pending = loadTranslations(translations).then((loaded) => {
      arriving.delete(translations.key);
      if (loaded || wanted !== translations.key) return;
      window.location.reload();
      return new Promise<void>(() => undefined);
    });
    arriving.set(translations.key, pending);
  }
  // How React 18 waits for data during rendering: a thrown promise.
  throw pending;
}

/** The texts of one namespace of a page, e.g. for its title (app/utils/meta.ts). */
export function pageTexts(translations: PageTranslations | undefined, locale: string, ns: string): unknown {
  return translations ? translationStore().get(translations.key)?.[locale]?.[ns] : undefined;
}

/**
 * The i18next instance for a page: one per language and part of the app, made once and shared by every request that
 * renders it on the server (a new one per request was 5 % of a signed-in page's CPU); in the browser, one per part
 * visited. A fixed language and fixed texts make an instance safe to share.
 */
// A handful of languages × parts of the app; the bound only guards against something unforeseen.
const pageInstances = new BoundedMap<string, ReturnType<typeof createI18n>>(100);
export function i18nFor(locale: Locale, translations: PageTranslations | undefined) {
  const resources = translations && translationStore().get(translations.key);
  // Without its texts (an error before the root loader ran) the page still renders, with the keys.
  if (!translations || !resources) return createI18n(locale, {});
  return pageInstances.remember(translations.key, () => createI18n(locale, resources));
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
  rememberTexts(instance);
  return instance;
}

/**
 * A text is looked up once per instance and the values it was asked with: an instance has one language and fixed
 * texts, so the same key with the same count or values is always the same text. i18next's general lookup for each of
 * a page's few hundred texts was 5-8 % of a signed-in page's CPU, and a counted text ("Nog 3 plaatsen vrij") cost
 * 15 µs, once per card of a list. Values that are not plain text, numbers or yes/no (objects, lists) go to i18next
 * as before.
 */
function rememberTexts(instance: ReturnType<typeof i18next.createInstance>) {
  // i18next's own types overload getFixedT many ways; this wrapper passes every argument through unchanged.
  type FixedT = ((...args: unknown[]) => unknown) & { lng?: unknown; lngs?: unknown; ns?: unknown; keyPrefix?: unknown };
  const makeFixedT = instance.getFixedT.bind(instance) as unknown as (lng: unknown, ns: unknown, keyPrefix: unknown) => FixedT;
  // Keys come from the code, values mostly from a few counts; the bound keeps texts with someone's name or search
  // words in them from growing without end.
  const texts = new BoundedMap<string, unknown>(5000);
  // One t per language, namespace and key prefix: every component that translates asks for one on each render.
  // Namespaces and prefixes come from the code: a handful.
  const translators = new BoundedMap<string, FixedT>(500);
  const getFixedT = (lng: unknown, ns: unknown, keyPrefix: unknown) => {
    const scope = `${String(lng)}\u0000${String(ns)}\u0000${String(keyPrefix ?? "")}\u0000`;
    const known = translators.get(scope);
    if (known) return known;
    const fixedT = makeFixedT(lng, ns, keyPrefix);
    const remembering = (...args: unknown[]) => {
      const [key, options] = args;
      const values = args.length === 1 ? "" : args.length === 2 ? plainValues(options) : null;
      if (typeof key !== "string" || values === null) return fixedT(...args);
      // Only text is kept: an object (returnObjects) would be one shared object handed to every caller.
      return texts.remember(`${scope}${key}\u0000${values}`, () => fixedT(...args), (text) => typeof text === "string");
    };
    const translator = Object.assign(remembering, { lng: fixedT.lng, lngs: fixedT.lngs, ns: fixedT.ns, keyPrefix: fixedT.keyPrefix });
    translators.set(scope, translator);
    return translator;
  };
  instance.getFixedT = getFixedT as unknown as typeof instance.getFixedT;
}

/** The options of a t() call as text for a key, or null when one of them is not plain text, a number or yes/no. */
function plainValues(options: unknown): string | null {
  if (typeof options !== "object" || options === null || Array.isArray(options)) return null;
  for (const value of Object.values(options)) {
    const type = typeof value;
    if (type !== "string" && type !== "number" && type !== "boolean") return null;
    // JSON writes all of these as null.
    if (type === "number" && !Number.isFinite(value)) return null;
  }
  // JSON keeps any two sets of values apart (the count 1 and the text "1" too, whatever a value contains).
  return JSON.stringify(options);
}
