import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { requireSameOrigin } from "./form.server";

function post(headers: Record<string, string>) {
  return new Request("http://localhost:3000/inloggen", { method: "POST", headers });
}

function statusOf(fn: () => void) {
  try {
    fn();
    return 200;
  } catch (error) {
    return error instanceof Response ? error.status : 500;
  }
}

describe("the Origin check", () => {
  test("accepts this site and refuses others", () => {
    expect(statusOf(() => requireSameOrigin(post({ Origin: "http://localhost:3000" })))).toBe(200);
    expect(statusOf(() => requireSameOrigin(post({ Origin: "https://evil.example" })))).toBe(403);
    expect(statusOf(() => requireSameOrigin(post({ Origin: "null" })))).toBe(403);
    expect(statusOf(() => requireSameOrigin(post({ "Sec-Fetch-Site": "cross-site" })))).toBe(403);
    expect(statusOf(() => requireSameOrigin(post({})))).toBe(200);
  });

  test("every route action reads its form through the checked reader", () => {
    const routesDir = path.resolve("app/routes");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(entry) && !entry.includes(".test.")) files.push(full);
      }
    };
    walk(routesDir);
    const unchecked = files.filter((file) => {
      const source = readFileSync(file, "utf8");
      return /export (async )?function action|export const action/.test(source) && !/\b(parseForm|readForm)\(/.test(source);
    });
    expect(unchecked).toEqual([]);
  });
});
