import type { MetaDescriptor } from "@remix-run/node";
import { pageTexts, type PageTranslations } from "~/utils/i18n";

type Match = { id: string; data: unknown };

/**
 * A page title in the user's language, for a route's `meta`: looks the key ("auth:signIn.title")
 * up in the translations the root loader sent along.
 */
export function titleFrom(matches: Match[], key: string, fallback = ""): MetaDescriptor[] {
  const root = matches.find((match) => match.id === "root")?.data as
    | { locale: string; translations: PageTranslations }
    | undefined;
  const [ns, path] = key.includes(":") ? (key.split(":") as [string, string]) : ["common", key];
  let value: unknown = root && pageTexts(root.translations, root.locale, ns);
  for (const part of path.split(".")) value = (value as Record<string, unknown> | undefined)?.[part];
  const title = typeof value === "string" ? value : fallback;
  return [{ title: title ? `${title} · Warme Buurt` : "Warme Buurt" }];
}
