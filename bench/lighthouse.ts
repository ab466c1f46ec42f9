// npm run lighthouse: Lighthouse (mobile, simulated slow 4G and a 4x slower CPU) against the production build,
// served by `npm start`'s server on a freshly seeded temporary database, in the local Chromium.
// Prints the scores and the JavaScript a first visit downloads; writes bench/results/lighthouse.json.
// Goals (issue 6): performance >= 95, accessibility 100, best practices 100, <= 120 KB gzip JS on /activiteiten.
//
// Lighthouse is not in package.json: its dependency third-party-web is pinned to "latest", which leaves the lock
// file out of sync for `npm ci`. It is installed once into .cache/lighthouse (git-ignored) at this exact version.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { createPrismaClient } from "~/utils/db.server";
import { startAppServer } from "#tests/setup/app-server";

const LIGHTHOUSE_VERSION = "12.8.2";
// The activity page is the first upcoming date of the seeded database (filled in below).
const pages = [
  { name: "activity list", path: "/activiteiten", jsBudgetKb: 120 },
  { name: "activity page", path: "/activiteiten/:first" },
  { name: "home", path: "/" },
  { name: "sign-in", path: "/inloggen" },
];
const goals = { performance: 95, accessibility: 100, "best-practices": 100 };
const port = Number(process.env.LIGHTHOUSE_PORT ?? 5400); // this bench's port range: 5400-5499
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
// Simulated throttling scales the CPU time observed on this machine, so a busy machine scores lower:
// each page runs several times and the run with the median performance score counts (Lighthouse's advice).
const runsPerPage = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

const root = path.resolve(import.meta.dirname, "..");
if (!existsSync(path.join(root, "build", "server.js")) || !existsSync(path.join(root, "public", "sw.js"))) {
  console.error("Run `npm run build` first: Lighthouse measures the production build.");
  process.exit(1);
}

const toolDir = path.join(root, ".cache", "lighthouse");
if (!existsSync(path.join(toolDir, "node_modules", "lighthouse", "package.json"))) {
  console.log(`Installing lighthouse@${LIGHTHOUSE_VERSION} into .cache/lighthouse ...`);
  mkdirSync(toolDir, { recursive: true });
  writeFileSync(path.join(toolDir, "package.json"), '{ "private": true }\n');
  execFileSync("npm", ["install", "--no-audit", "--no-fund", `lighthouse@${LIGHTHOUSE_VERSION}`], { cwd: toolDir, stdio: "inherit" });
}
const load = (name: string) => import(pathToFileURL(path.join(toolDir, "node_modules", name)).href);
const { default: lighthouse } = (await load("lighthouse/core/index.js")) as { default: LighthouseRun };
const chromeLauncher = (await load("chrome-launcher/dist/index.js")) as ChromeLauncher;

type LighthouseRun = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<
  | {
      lhr: {
        categories: Record<string, { score: number | null }>;
        audits: Record<string, Audit>;
        environment: { benchmarkIndex: number };
        runtimeError?: { code: string };
      };
    }
  | undefined
>;
type Audit = { numericValue?: number; details?: { items?: NetworkItem[] } };
type NetworkItem = { url: string; resourceType?: string; transferSize?: number; resourceSize?: number; sessionTargetType?: string };
type ChromeLauncher = {
  launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill: () => Promise<void> | void }>;
};

// A seeded database of its own, so the pages show real content and nothing touches data/dev.db.
const dataDir = mkdtempSync(path.join(tmpdir(), "wb-lighthouse-"));
const databaseUrl = `file:${path.join(dataDir, "lighthouse.db")}`;
const dbEnv = { ...process.env, DATABASE_URL: databaseUrl };
execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env: dbEnv, stdio: "ignore" });
execFileSync("node", ["--import", "tsx", "prisma/seed.ts"], { cwd: root, env: dbEnv, stdio: "ignore" });

const seeded = createPrismaClient(databaseUrl);
const firstDate = await seeded.occurrence.findFirst({
  where: { startsAt: { gt: new Date() }, status: "scheduled", audienceBuildingId: null },
  orderBy: { startsAt: "asc" },
  select: { id: true },
});
await seeded.$disconnect();
for (const page of pages) page.path = page.path.replace(":first", firstDate?.id ?? "none");

const server = await startAppServer({
  port,
  // A production server as a wijkhuis runs it; the mail server is never reached (jobs are off).
  env: { DATABASE_URL: databaseUrl, JOBS: "off", SMTP_URL: "smtp://127.0.0.1:9", SESSION_SECRET: "lighthouse-secret-lighthouse-secret-lighthouse" },
});
const baseUrl = server.url;

type Result = {
  name: string;
  /** Lighthouse's measure of this machine's speed (a fast desktop is ~1500-2000); low means a busy machine. */
  benchmarkIndex: number;
  performanceRuns: number[];
  url: string;
  scores: Record<string, number>;
  metrics: Record<string, number>;
  jsRequests: number;
  jsTransferKb: number;
  jsGzipKb: number;
  /** Lighthouse's runtime error (e.g. NO_NAVSTART, a flake of a fresh browser): such a run is made again. */
  failed?: string;
};
const results: Result[] = [];

try {
  // LIGHTHOUSE_ONLY=<part of a name> measures one page while working on it.
  for (const page of pages.filter((p) => !process.env.LIGHTHOUSE_ONLY || p.name.includes(process.env.LIGHTHOUSE_ONLY))) {
    const runs: Result[] = [];
    for (let attempt = 0; runs.length < runsPerPage && attempt < runsPerPage + 3; attempt++) {
      const run = await measure(page);
      if (!run.failed) runs.push(run);
    }
    runs.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
    const median = runs[Math.floor(runs.length / 2)];
    if (median) results.push({ ...median, performanceRuns: runs.map((run) => run.scores.performance ?? 0) });
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

async function measure(page: (typeof pages)[number]): Promise<Result> {
  {
    const url = `${baseUrl}${page.path}`;
    // A fresh browser per page: a first visit, with an empty cache and no service worker.
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: Object.keys(goals),
        formFactor: "mobile",
        throttlingMethod: "simulate",
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = run.lhr;
      if (run.lhr.runtimeError) console.warn(`${page.path}: Lighthouse run failed: ${run.lhr.runtimeError.code}`);
      // Full reports for digging into a score: LIGHTHOUSE_REPORTS=some/dir npm run lighthouse
      if (process.env.LIGHTHOUSE_REPORTS) {
        mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
        const file = `${page.path.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home"}.json`;
        writeFileSync(path.join(process.env.LIGHTHOUSE_REPORTS, file), JSON.stringify(run.lhr));
      }
      const scripts = (audits["network-requests"]?.details?.items ?? []).filter(
        (item) => item.resourceType === "Script" && (item.sessionTargetType ?? "page") === "page",
      );
      // gzip as the browser would get it at best, measured ourselves so it does not depend on the server's settings.
      const gzipBytes = await Promise.all(
        scripts.map(async (item) => gzipSync(Buffer.from(await (await fetch(item.url)).arrayBuffer()), { level: 9 }).length),
      );
      return {
        failed: run.lhr.runtimeError?.code,
        name: page.name,
        benchmarkIndex: Math.round(run.lhr.environment.benchmarkIndex),
        performanceRuns: [],
        url: page.path,
        scores: Object.fromEntries(Object.entries(categories).map(([key, value]) => [key, Math.round((value.score ?? 0) * 100)])),
        metrics: {
          fcpMs: Math.round(audits["first-contentful-paint"]?.numericValue ?? 0),
          lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
          tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
          cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
        },
        jsRequests: scripts.length,
        jsTransferKb: kb(scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0)),
        jsGzipKb: kb(gzipBytes.reduce((sum, bytes) => sum + bytes, 0)),
      };
    } finally {
      await chrome.kill();
    }
  }
}

console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}, mobile, simulated throttling, first visit; median of ${runsPerPage} runs\n`);
console.table(
  results.map((r) => ({
    page: r.url,
    performance: r.scores.performance,
    "perf runs": r.performanceRuns.join(" "),
    accessibility: r.scores.accessibility,
    "best practices": r.scores["best-practices"],
    "FCP ms": r.metrics.fcpMs,
    "LCP ms": r.metrics.lcpMs,
    "TBT ms": r.metrics.tbtMs,
    CLS: r.metrics.cls,
    "JS files": r.jsRequests,
    "JS KB (gzip)": r.jsGzipKb,
    "JS KB (transfer)": r.jsTransferKb,
    "machine index": r.benchmarkIndex,
  })),
);
const misses = results.flatMap((r) => [
  ...Object.entries(goals)
    .filter(([key, goal]) => (r.scores[key] ?? 0) < goal)
    .map(([key, goal]) => `${r.url}: ${key} ${r.scores[key]} < ${goal}`),
  ...pages
    .filter((p) => p.path === r.url && p.jsBudgetKb !== undefined && r.jsGzipKb > p.jsBudgetKb)
    .map((p) => `${r.url}: ${r.jsGzipKb} KB JavaScript > ${p.jsBudgetKb} KB`),
]);
console.log(misses.length ? `\nBelow the goals:\n  ${misses.join("\n  ")}` : "\nAll goals met.");
mkdirSync(path.join(root, "bench", "results"), { recursive: true });
writeFileSync(
  path.join(root, "bench", "results", "lighthouse.json"),
  `${JSON.stringify({ lighthouse: LIGHTHOUSE_VERSION, date: new Date().toISOString(), goals, results, misses }, null, 2)}\n`,
);
console.log("Wrote bench/results/lighthouse.json");

function kb(bytes: number) {
  return Math.round((bytes / 1024) * 10) / 10;
}
