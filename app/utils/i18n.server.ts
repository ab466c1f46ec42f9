import { createHash } from "node:crypto";
import { createCookie } from "@remix-run/node";
import type { Resource } from "i18next";
import { LanguageDetector, RemixI18Next } from "remix-i18next/server";
import { resources } from "~/locales/resources.server";
import {
  createI18n,
  defaultLocale,
  isLocale,
  namespacesFor,
  pageNamespaceSets,
  registerTranslations,
  supportedLocales,
  type Locale,
  type Namespace,
  type PageTranslations,
} from "~/utils/i18n";
import { BoundedMap } from "~/utils/bounded-map";
import { env } from "~/utils/env.server";
import { oncePerRequest } from "~/utils/request-scope.server";

export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: env.isProduction && env.APP_URL.startsWith("https"),
  maxAge: 60 * 60 * 24 * 365,
});

const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLocales],
    fallbackLanguage: defaultLocale,
    cookie: localeCookie,
    // What the visitor chose (?lng=, the cookie), then what their browser asks for.
    order: ["searchParams", "cookie", "custom"],
    findLocale: (request) => browserLocale(request),
  },
});

/**
 * The language a browser's Accept-Language asks for, worked out once per header text: reading it (a validated
 * locale per entry, then a match) was 2 % of a signed-in page's CPU, and a neighbourhood's phones send few texts.
 */
const fromBrowser = new LanguageDetector({ supportedLanguages: [...supportedLocales], fallbackLanguage: defaultLocale, order: ["header"] });
// Bounded: a script could send a new text with every request.
const browserLocales = new BoundedMap<string, Promise<string>>(500);
function browserLocale(request: Request): Promise<string> {
  const header = request.headers.get("accept-language") ?? "";
  // A browser's header is a few dozen characters; a longer one is worked out each time rather than kept.
  if (header.length > 200) return fromBrowser.detect(request);
  return browserLocales.remember(header, () => fromBrowser.detect(request));
}

/** The cookie (set by the switcher or at sign-in from the user's preference) wins over Accept-Language. */
export function getLocale(request: Request): Promise<Locale> {
  return oncePerRequest(request, "locale", async () => {
    const detected = await detector.getLocale(request);
    const short = detected.slice(0, 2);
    return isLocale(short) ? short : defaultLocale;
  });
}

type Published = { key: string; json: string; hash: string };
const published = new Map<string, Published>();

/** The texts of one language and some namespaces, made once: their JSON for the browser and a hash of it. */
function publish(locale: Locale, chosen: readonly Namespace[]): Published {
  const key = `${locale}.${chosen.join("-")}`;
  let entry = published.get(key);
  if (!entry) {
    const all = resources[locale];
    const texts: Resource = { [locale]: Object.fromEntries(chosen.map((ns) => [ns, all[ns]])) };
    const json = JSON.stringify(texts);
    entry = { key, json, hash: createHash("sha256").update(json).digest("hex").slice(0, 12) };
    published.set(key, entry);
    // The server renders with the same texts it sends (i18nFor and the titles look them up by key).
    registerTranslations(key, texts);
  }
  return entry;
}

/**
 * Which texts a page needs (see PageTranslations): the shown language only, and only the namespaces of this part of
 * the app. The root loader sends this small reference instead of the texts.
 */
export function translationsFor(locale: Locale, pathname: string): PageTranslations {
  const { key, hash } = publish(locale, namespacesFor(pathname));
  return { key, href: `/vertalingen/${key}.${hash}.json` };
}

/**
 * The answer for `/vertalingen/<file>` (app/routes/vertalingen.$file.ts), or null for a name that is not a language
 * and the namespaces of some page. Only those: any other mix or order would be made and kept on request, and a
 * script could fill the memory with them. `current` is false when the hash is of other texts (a page of the build
 * before): the browser then gets today's texts, without keeping them for long.
 */
export function translationsFile(file: string): { json: string; current: boolean } | null {
  const match = /^([a-z]{2})\.([a-z-]+)\.([0-9a-f]{12})\.json$/.exec(file);
  const [, locale, names, hash] = match ?? [];
  const chosen = pageNamespaceSets.find((set) => set.join("-") === names);
  if (!isLocale(locale) || !chosen) return null;
  const entry = publish(locale, chosen);
  return { json: entry.json, current: entry.hash === hash };
}

/** A translate function for server code: emails, calendars, error messages. One i18next instance per language. */
const serverInstances = new Map<Locale, ReturnType<typeof createI18n>>();
export function getFixedT(locale: Locale, ns: string = "common") {
  let instance = serverInstances.get(locale);
  if (!instance) {
    instance = createI18n(locale, resources);
    serverInstances.set(locale, instance);
  }
  return instance.getFixedT(locale, ns);
}

export async function getRequestT(request: Request, ns: string = "common") {
  return getFixedT(await getLocale(request), ns);
}
