import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processSettings } from "./process-settings";

describe("process settings", () => {
  const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;

  it("npm start uses the same memory settings as the cluster's workers", () => {
    for (const [name, value] of Object.entries(processSettings.env)) expect(start).toContain(`${name}=${value} `);
    for (const arg of processSettings.nodeArgs) expect(start).toMatch(new RegExp(`\\bnode\\b.* ${arg.replace(/[-]/g, "\\-")} .*build/server\\.js`));
  });
});
