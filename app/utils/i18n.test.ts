import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { createI18n, namespaces, namespacesFor, sectionOf } from "~/utils/i18n";

const appDir = path.resolve(import.meta.dirname, "..");
const routesDir = path.join(appDir, "routes");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /\.tsx?$/.test(name) && !name.startsWith("__") && !name.endsWith(".test.ts") ? [full] : [];
  });
}

/** The first URL segment of a flat route file: "activiteiten+/nieuw.tsx" and "afmelden.$token.tsx" alike. */
function sectionOfRoute(file: string) {
  const first = path.relative(routesDir, file).split(/[/.]/)[0] ?? "";
  return first === "_index" ? "" : first.replace(/\+$/, "");
}

function withoutComments(source: string) {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

function resolve(spec: string) {
  const base = path.join(appDir, spec.slice(2));
  return ["", ".tsx", ".ts", "/index.ts"].map((ext) => base + ext).find((file) => existsSync(file) && statSync(file).isFile());
}

/** Namespaces a browser module and everything it imports (server modules aside) ask for. */
function namespacesUsed(file: string, seen = new Set<string>()): Set<string> {
  const used = new Set<string>();
  if (seen.has(file)) return used;
  seen.add(file);
  const source = withoutComments(readFileSync(file, "utf8"));
  for (const [, ns] of source.matchAll(/useTranslation\(\s*"(\w+)"/g)) used.add(ns ?? "");
  for (const [, ns] of source.matchAll(/["`](\w+):[\w.]/g)) if ((namespaces as readonly string[]).includes(ns ?? "")) used.add(ns ?? "");
  for (const [, spec] of source.matchAll(/from "(~\/[^"]+)"/g)) {
    if (!spec || spec.includes(".server")) continue;
    const imported = resolve(spec);
    if (imported) for (const ns of namespacesUsed(imported, seen)) used.add(ns);
  }
  return used;
}

describe("translations sent with a page", () => {
  test.each(routeFiles(routesDir).map((file) => [path.relative(routesDir, file), file]))("%s gets every namespace it uses", (_name, file) => {
    const pathname = `/${sectionOfRoute(file)}/x`;
    const sent = namespacesFor(pathname);
    expect([...namespacesUsed(file)].filter((ns) => !(sent as string[]).includes(ns))).toEqual([]);
  });

  test("a part of the app gets its own namespace, not the others", () => {
    expect(namespacesFor("/activiteiten")).toEqual(["common", "pwa", "activities", "auth"]);
    expect(namespacesFor("/inloggen/code")).toEqual(["common", "pwa", "auth"]);
    expect(namespacesFor("/")).toEqual(["common", "pwa"]);
    expect(namespacesFor("/iets-onbekends")).toEqual([...namespaces]);
    expect(sectionOf("/hulp/taken")).toBe("hulp");
  });
});

describe("plural forms", () => {
  // Arabic counts in six forms; the Dutch original has two, and a language adds the ones it needs (locales/types.ts).
  test("Arabic says one, two, a few, many and other numbers of places each its own way", async () => {
    const { resources } = await import("~/locales/resources.server");
    const t = createI18n("ar", resources).getFixedT("ar", "activities");
    expect([1, 2, 5, 11, 100].map((count) => t("list.placesLeft", { count }))).toEqual([
      "بقي مكان واحد",
      "بقي مكانان",
      "بقيت 5 أماكن",
      "بقي 11 مكانًا",
      "بقي 100 مكان",
    ]);
  });

  test("Dutch keeps its two forms", async () => {
    const { resources } = await import("~/locales/resources.server");
    const t = createI18n("nl", resources).getFixedT("nl", "activities");
    expect([1, 2, 11].map((count) => t("list.placesLeft", { count }))).toEqual(["Nog 1 plaats vrij", "Nog 2 plaatsen vrij", "Nog 11 plaatsen vrij"]);
  });
});

describe("texts are looked up once per instance and values", () => {
  test("each namespace and key prefix keeps its own texts; each count and value its own text", async () => {
    const { resources } = await import("~/locales/resources.server");
    const i18n = createI18n("fr", resources);
    const activities = i18n.getFixedT(null, "activities");
    const common = i18n.getFixedT(null, "common");
    expect(activities("title")).toBe("Activités");
    expect(activities("title")).toBe("Activités");
    // The same key in another namespace is another text.
    expect(common("title")).not.toBe("Activités");
    // A key prefix is part of the key.
    expect(i18n.getFixedT(null, "activities", "filters")("title")).toBe(activities("filters.title"));
    expect(activities("filters.title")).not.toBe(activities("title"));
    expect(i18n.getFixedT(null, "activities", "list")("placesLeft", { count: 2 })).toBe(activities("list.placesLeft", { count: 2 }));
    expect([1, 3].map((count) => activities("list.placesLeft", { count }))).toEqual([activities("list.placesLeft", { count: 1 }), activities("list.placesLeft", { count: 3 })]);
    expect(activities("list.placesLeft", { count: 1 })).not.toBe(activities("list.placesLeft", { count: 3 }));
  });

  test("the same key with the same values asks i18next once; other values, or values that are not plain, ask again", async () => {
    const { resources } = await import("~/locales/resources.server");
    const i18n = createI18n("nl", resources);
    const t = i18n.getFixedT(null, "activities");
    const translator = (i18n as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator;
    const translate = vi.spyOn(translator, "translate");
    expect(t("list.placesLeft", { count: 3 })).toBe("Nog 3 plaatsen vrij");
    expect(t("list.placesLeft", { count: 3 })).toBe("Nog 3 plaatsen vrij");
    expect(translate).toHaveBeenCalledTimes(1);
    expect(t("list.placesLeft", { count: 4 })).toBe("Nog 4 plaatsen vrij");
    expect(translate).toHaveBeenCalledTimes(2);
    // Search words are the visitor's: quotes and separators in them stay apart from other words.
    expect(t("list.noMatch", { query: 'a","b' })).toContain('a","b');
    expect(t("list.noMatch", { query: "a" })).not.toBe(t("list.noMatch", { query: 'a","b' }));
    expect(t("list.noMatch", { query: "a" })).toContain("a");
    expect(translate).toHaveBeenCalledTimes(4);
    // A value that is an object goes to i18next each time.
    t("list.noMatch", { query: "x", extra: { nested: true } });
    t("list.noMatch", { query: "x", extra: { nested: true } });
    expect(translate).toHaveBeenCalledTimes(6);
    // Texts asked for as objects are not kept: each caller gets its own, asked of i18next again.
    const first = t("list", { returnObjects: true });
    const asked = translate.mock.calls.length;
    const second = t("list", { returnObjects: true });
    expect(translate.mock.calls.length).toBeGreaterThan(asked);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  test("one t per namespace and key prefix, made once", async () => {
    const { resources } = await import("~/locales/resources.server");
    const i18n = createI18n("nl", resources);
    expect(i18n.getFixedT(null, "activities")).toBe(i18n.getFixedT(null, "activities"));
    expect(i18n.getFixedT(null, "activities", "list")).not.toBe(i18n.getFixedT(null, "activities"));
    expect(i18n.getFixedT(null, "common")).not.toBe(i18n.getFixedT(null, "activities"));
    expect(i18n.getFixedT(null, "activities", "list")("placesLeft", { count: 1 })).toBe("Nog 1 plaats vrij");
  });

  test("another language's instance has its own texts", async () => {
    const { resources } = await import("~/locales/resources.server");
    expect(createI18n("nl", resources).getFixedT(null, "activities")("title")).toBe("Activiteiten");
    expect(createI18n("ar", resources).getFixedT(null, "activities")("title")).not.toBe("Activiteiten");
  });
});
