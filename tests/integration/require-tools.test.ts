// npm test on a machine without Chromium (tests/setup/require-tools.sh, the pretest step): it stops in its first
// seconds with the one command to run, before type check, lint and unit tests have used minutes.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";

test("npm test with no Chromium at the configured path stops at once with one line saying what to run", () => {
  const started = Date.now();
  const run = spawnSync("npm", ["test"], { env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" }, encoding: "utf8" });
  expect(run.status).toBe(1);
  expect(Date.now() - started).toBeLessThan(10_000);
  const lines = run.stderr.trim().split("\n").filter((line) => !line.startsWith("npm "));
  expect(lines).toEqual([expect.stringMatching(/CHROMIUM_PATH=\/nonexistent\/chromium .*`sudo apt-get install -y chromium`/)]);
  // Nothing after the check ran.
  expect(run.stdout).not.toContain("prisma generate");
});

test("the check passes quietly when Chromium is there, and leaves PostgreSQL to TEST_POSTGRES_URL when set", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "warme-buurt-tools-"));
  try {
    const chromium = path.join(dir, "chromium");
    writeFileSync(chromium, "#!/bin/sh\n");
    chmodSync(chromium, 0o755);
    const run = spawnSync("bash", ["tests/setup/require-tools.sh", "chromium", "postgres"], {
      env: { ...process.env, CHROMIUM_PATH: chromium, TEST_POSTGRES_URL: "postgresql://postgres@127.0.0.1:1/postgres" },
      encoding: "utf8",
    });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: "", stderr: "" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
