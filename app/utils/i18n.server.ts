import { oncePerRequest } from "~/utils/request-scope.server";
import { createCookie } from "@remix-run/node";
import type { Resource } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { resources } from "~/locales/resources.server";
import { createI18n, defaultLocale, isLocale, namespacesFor, supportedLocales, type Locale } from "~/utils/i18n";
import { env } from "~/utils/env.server";

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
  },
});

/** The cookie (set by the switcher or at sign-in from the user's preference) wins over Accept-Language. */
export function getLocale(request: Request): Promise<Locale> {
  return oncePerRequest(request, "locale", async () => {
    const detected = await detector.getLocale(request);
    const short = detected.slice(0, 2);
    return isLocale(short) ? short : defaultLocale;
  });
}

/**
 * What the browser gets, as the JSON string the root loader sends (see parseResources): the shown language only, and
 * only the namespaces of this part of the app. Made once per language and part, not per request (~60 KB each).
 */
const resourceJson = new Map<string, string>();
export function resourcesJsonFor(locale: Locale, pathname: string): string {
  const namespaces = namespacesFor(pathname);
  const key = `${locale}:${namespaces.join(",")}`;
  let json = resourceJson.get(key);
  if (json === undefined) {
    const all = resources[locale];
    const chosen: Resource = { [locale]: Object.fromEntries(namespaces.map((ns) => [ns, all[ns]])) };
    json = JSON.stringify(chosen);
    resourceJson.set(key, json);
  }
  return json;
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
