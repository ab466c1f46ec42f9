import { describe, expect, test } from "vitest";
import { compileHint, withCompileHint } from "./compile-hints.build";

describe("withCompileHint", () => {
  test("puts V8's hint on the first line of the code", () => {
    const { code } = withCompileHint('import{a}from"./x.js";a();\n');
    expect(code.split("\n")[0]).toBe("//# allFunctionsCalledOnLoad");
    expect(code).toBe(`${compileHint}import{a}from"./x.js";a();\n`);
  });

  test("moves every mapping of the source map one line down, so stack traces still point at the right source line", () => {
    const map = { version: 3, sources: ["a.ts"], names: [], mappings: "AAAA,SAAS;AACT" };
    const { sourceMap } = withCompileHint("a();\nb();\n", JSON.stringify(map));
    expect(JSON.parse(sourceMap ?? "{}")).toEqual({ ...map, mappings: ";AAAA,SAAS;AACT" });
  });

  test("leaves a file that already has the hint as it is (the build step may run twice)", () => {
    const once = withCompileHint("a();\n", JSON.stringify({ mappings: "AAAA" }));
    const twice = withCompileHint(once.code, once.sourceMap);
    expect(twice).toEqual(once);
  });
});
