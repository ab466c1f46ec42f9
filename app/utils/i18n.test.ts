import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { namespaces, namespacesFor, sectionOf } from "~/utils/i18n";

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
