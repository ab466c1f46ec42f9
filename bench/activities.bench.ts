// npm run bench -- activities
// Builds a large database (10 neighbourhoods, 50,000 residents, 10,000 occurrences, 100,000 sign-ups)
// in a temp file, starts the production server on it and measures four endpoints with autocannon:
// the list, a detail page, a guest sign-up (POST) and a neighbourhood .ics feed. Then pages for a signed-in
// resident (list, activity page, /ik, /hulp), rendered for them on every request, with one worker process and with
// two (WEB_CONCURRENCY, node:cluster).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { createCookieSessionStorage } from "@remix-run/node";
import autocannon from "autocannon";
import { createPrismaClient, prepareDatabase } from "~/utils/db.server";
import { freePort, startAppServer } from "#tests/setup/app-server";
import { topFunctions } from "./cpu-profile";

const PORT = Number(process.env.BENCH_PORT ?? 5100);
const CONNECTIONS = 20;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const NEIGHBOURHOODS = 10;
const RESIDENTS = 50_000;
const ACTIVITIES = 1_000;
const DATES_PER_ACTIVITY = 10;
const SIGN_UPS_PER_DATE = 10;
const DAY = 86_400_000;

// BENCH_DB=<file> reuses a database built before (kept with BENCH_KEEP=1) to measure again quickly.
const dir = mkdtempSync(path.join(tmpdir(), "wb-bench-"));
const reuse = process.env.BENCH_DB;
const dbFile = reuse ?? path.join(dir, "bench.db");
const databaseUrl = `file:${dbFile}`;

async function buildDatabase() {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
  const db = createPrismaClient(databaseUrl);
  await prepareDatabase(db);
  const started = Date.now();
  await db.neighbourhood.createMany({ data: Array.from({ length: NEIGHBOURHOODS }, (_, n) => ({ id: `wijk-${n}`, slug: `wijk-${n}`, name: `Wijk ${n}`, phone: "050 00 00 00" })) });
  await db.building.createMany({ data: Array.from({ length: NEIGHBOURHOODS }, (_, n) => ({ id: `blok-${n}`, slug: `blok-${n}`, name: `Blok ${n}`, address: `Straat ${n}, 8000 Brugge`, neighbourhoodId: `wijk-${n}` })) });
  await db.space.createMany({ data: Array.from({ length: NEIGHBOURHOODS }, (_, n) => ({ id: `zaal-${n}`, slug: "zaal", name: "Ontmoetingsruimte", kind: "common_room", buildingId: `blok-${n}` })) });
  await db.user.create({ data: { id: "staff", displayName: "Buurtwerker", email: "staff@bench.test", roles: { create: { role: "buurtwerker" } } } });
  for (let start = 0; start < RESIDENTS; start += 10_000) {
    const ids = Array.from({ length: 10_000 }, (_, i) => start + i);
    await db.$transaction([
      db.user.createMany({ data: ids.map((i) => ({ id: `u${i}`, displayName: `Bewoner ${i}`, email: `u${i}@bench.test`, neighbourhoodId: `wijk-${i % NEIGHBOURHOODS}` })) }),
      db.userRole.createMany({ data: ids.map((i) => ({ userId: `u${i}`, role: "resident" })) }),
    ]);
  }
  await db.activity.createMany({
    data: Array.from({ length: ACTIVITIES }, (_, a) => ({
      id: `a${a}`,
      title: `Activiteit ${a}`,
      description: "Een ontmoetingsmoment om de buren te leren kennen. Er is koffie en thee.",
      category: ["buurtdrink", "taalcafe", "koffie_papieren", "wandeling", "workshop"][a % 5] ?? "other",
      neighbourhoodId: `wijk-${a % NEIGHBOURHOODS}`,
      spaceId: `zaal-${a % NEIGHBOURHOODS}`,
      capacity: 30,
      recurrence: "weekly",
      createdById: "staff",
    })),
  });
  // Dates from half a year ago to half a year ahead, so the list has plenty before and after "now".
  const now = Date.now();
  const occurrences = [];
  for (let a = 0; a < ACTIVITIES; a++) {
    for (let d = 0; d < DATES_PER_ACTIVITY; d++) {
      const startsAt = new Date(now - 180 * DAY + ((a * DATES_PER_ACTIVITY + d) * 360 * DAY) / (ACTIVITIES * DATES_PER_ACTIVITY));
      occurrences.push({
        id: `o${a}-${d}`,
        activityId: `a${a}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        neighbourhoodId: `wijk-${a % NEIGHBOURHOODS}`,
        category: ["buurtdrink", "taalcafe", "koffie_papieren", "wandeling", "workshop"][a % 5] ?? "other",
        capacity: 30,
        placesTaken: SIGN_UPS_PER_DATE,
        queueCounter: SIGN_UPS_PER_DATE,
      });
    }
  }
  for (let i = 0; i < occurrences.length; i += 5_000) await db.occurrence.createMany({ data: occurrences.slice(i, i + 5_000) });
  let n = 0;
  const signUps = [];
  for (const occurrence of occurrences) {
    for (let s = 0; s < SIGN_UPS_PER_DATE; s++) {
      const user = n++ % RESIDENTS;
      signUps.push({
        occurrenceId: occurrence.id,
        userId: `u${user}`,
        name: `Bewoner ${user}`,
        email: `u${user}@bench.test`,
        status: "confirmed",
        queueNumber: s + 1,
        activeKey: `${occurrence.id}:u:u${user}`,
      });
    }
  }
  for (let i = 0; i < signUps.length; i += 10_000) await db.$transaction([db.signUp.createMany({ data: signUps.slice(i, i + 10_000) })]);
  const counts = { occurrences: await db.occurrence.count(), residents: await db.user.count(), signUps: await db.signUp.count() };
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();
  console.log(`Database built in ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts);
  // A future date in the middle of the data, and its neighbours, for the detail page.
  const futureIndex = occurrences.findIndex((o) => o.startsAt.getTime() > now + 14 * DAY);
  return { counts, detailIds: occurrences.slice(futureIndex, futureIndex + 200).map((o) => o.id) };
}

async function describeDatabase() {
  const db = createPrismaClient(databaseUrl);
  const counts = { occurrences: await db.occurrence.count(), residents: await db.user.count(), signUps: await db.signUp.count() };
  const future = await db.occurrence.findMany({ where: { startsAt: { gt: new Date(Date.now() + 14 * DAY) } }, orderBy: { startsAt: "asc" }, take: 200, select: { id: true } });
  await db.$disconnect();
  return { counts, detailIds: future.map((o) => o.id) };
}

/** The worker processes a server's primary started (none when it serves alone). */
function workersOf(pid: number) {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
}

/**
 * Memory of the server's processes. With workers: each worker's own (the goal is per worker) and the primary's,
 * which only starts them and passes messages.
 */
function memoryOf(pid: number) {
  const children = workersOf(pid);
  const kb = (one: number) => {
    const status = readFileSync(`/proc/${one}/status`, "utf8");
    const value = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: value("VmRSS"), peak: value("VmHWM") };
  };
  const workers = children.length > 0 ? children.map(kb) : [kb(pid)];
  return {
    workerMb: Math.round(Math.max(...workers.map((one) => one.rss)) / 1024),
    workerPeakMb: Math.round(Math.max(...workers.map((one) => one.peak)) / 1024),
    primaryMb: children.length > 0 ? Math.round(kb(pid).rss / 1024) : 0,
  };
}

/** CPU time (ms) a server's processes have used so far: the process and its workers. */
function cpuMsOf(pid: number) {
  const ticks = (one: number) => {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${one}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  };
  // Linux counts in 1/100 s (USER_HZ).
  return [pid, ...workersOf(pid)].reduce((sum, one) => sum + ticks(one), 0) * 10;
}

/** A session for a resident, signed like the app's cookie: the signed-in rows are rendered for this person. */
async function residentCookie() {
  const db = createPrismaClient(databaseUrl);
  const session = await db.session.create({ data: { userId: "u7", expiresAt: new Date(Date.now() + 30 * DAY) }, select: { id: true } });
  await db.$disconnect();
  // The app's cookie (app/utils/session.server.ts) with the server's secret.
  const sessionStorage = createCookieSessionStorage({ cookie: { name: "__session", secrets: [SESSION_SECRET] } });
  const cookie = await sessionStorage.getSession();
  cookie.set("sessionId", session.id);
  return (await sessionStorage.commitSession(cookie)).split(";")[0] ?? "";
}

const SESSION_SECRET = "bench-secret-bench-secret-bench-secret-42";
/** A production server as a wijkhuis runs it; the mail server is never reached (jobs are off, nothing is sent). */
// TRUST_PROXY: the guest sign-ups below come from many phones (X-Forwarded-For), as behind the wijkhuis' proxy, not
// from one address that the per-address limit would stop after a few.
const serverEnv = (workers: number) => ({ DATABASE_URL: databaseUrl, SESSION_SECRET, SMTP_URL: "smtp://127.0.0.1:9", JOBS: "off", TRUST_PROXY: "loopback", WEB_CONCURRENCY: String(workers) });
type Row = Record<string, string | number>;

/** Today's throughput of the signed-in pages (issue 19, one process, 10 connections): the goal is 5 times as much. */
const SIGNED_IN_BEFORE: Record<string, number> = { "list /activiteiten": 60, "activity page": 75, "/ik": 80, "/hulp": 90 };

async function measure(pid: number, name: string, options: autocannon.Options, extra: Row = {}, answers: "2xx" | "redirect" = "2xx"): Promise<Row> {
  const cpuBefore = cpuMsOf(pid);
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  const cpuMs = cpuMsOf(pid) - cpuBefore;
  const memory = memoryOf(pid);
  // A guest's sign-up is answered with a redirect to the outcome (303): that is its success.
  const redirects = Object.entries(result.statusCodeStats ?? {}).reduce((sum, [code, stat]) => sum + (/^3/.test(code) ? (stat.count ?? 0) : 0), 0);
  const unexpected = answers === "redirect" ? result.non2xx - redirects : result.non2xx;
  if (unexpected > 0) console.warn(`${name}: status codes`, result.statusCodeStats);
  return {
    endpoint: name,
    ...extra,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "max ms": result.latency.max,
    requests: result.requests.total,
    // The server's own cost of an answer, whoever set the pace (the rows asking for 200 pages in turn are paced by
    // autocannon on this machine).
    "server CPU µs/req": Math.round((1000 * cpuMs) / Math.max(1, result.requests.total)),
    unexpected,
    errors: result.errors + result.timeouts,
    "MB per worker": memory.workerMb,
    "peak MB per worker": memory.workerPeakMb,
    ...(memory.primaryMb ? { "primary MB": memory.primaryMb } : {}),
    // The machine may be shared: a high load (other processes) makes a row slower than the server is.
    load: Number(loadavg()[0]?.toFixed(1)),
  };
}

/** Requests for `paths` in turn: autocannon asks `setupRequest` for each request's path. */
function inTurn(paths: string[], headers?: Record<string, string>): autocannon.Options["requests"] {
  let next = 0;
  return [{ method: "GET", ...(headers ? { headers } : {}), setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }];
}

/** The rows that ask for the 200 activity pages in turn: they are compared with the static server doing the same. */
const inTurnRows = new Set(["detail /activiteiten/<id>", "detail, not cached (cookie)", "signed in: activity page"]);
const isReference = (row: Row) => String(row.endpoint).startsWith("static reference");

/** The same signed-in pages with `workers` worker processes (a fresh server each time). */
async function signedInRows(workers: number, cookie: string, detailIds: string[], browser: Record<string, string>) {
  const server = await startAppServer({
    port: PORT + workers,
    env: serverEnv(workers),
  });
  try {
    // Every worker up, and warm (routes compiled, SQLite pages in memory).
    while ((server.output().match(/listens on/g)?.length ?? 0) < workers) await new Promise((resolve) => setTimeout(resolve, 100));
    const headers = { ...browser, cookie };
    const me = await (await fetch(`${server.url}/ik`, { headers })).text();
    if (!me.includes("Bewoner 7")) throw new Error("The bench cookie does not sign in");
    await autocannon({ url: `${server.url}/activiteiten`, connections: 4 * workers, amount: 200 * workers, headers });
    const pages: [string, autocannon.Options][] = [
      ["list /activiteiten", { url: `${server.url}/activiteiten` }],
      ["activity page", { url: server.url, requests: inTurn(detailIds.map((id) => `/activiteiten/${id}`)) }],
      ["/ik", { url: `${server.url}/ik` }],
      ["/hulp", { url: `${server.url}/hulp` }],
    ];
    const rows = [];
    for (const [name, options] of pages) rows.push(await measure(server.pid, `signed in: ${name}`, { headers, ...options }, { workers }));
    return rows;
  } finally {
    await server.stop();
  }
}

/**
 * The limit to compare with: the same pages, served from memory by plain Node, each gzipped once (as a browser asks
 * for them), in a process of its own like the app, asked for in the same way (one address, or the 200 activity pages
 * in turn). The same way matters: autocannon decodes every answer's body as text, which costs it some 3 times as much
 * for 200 different gzip bodies in turn as for one body again and again (34 against 11 µs for 6 KB, measured). The
 * activity pages' row, compared with one body, measured autocannon's CPU, not the server's (the server was not busy).
 */
async function staticReference(name: string, pages: Map<string, string>, options: (base: string) => autocannon.Options, browser: Record<string, string>): Promise<Row> {
  const file = path.join(dir, "static-pages.json");
  writeFileSync(file, JSON.stringify(Object.fromEntries(pages)));
  const port = await freePort();
  const source = `
    const http = require("node:http"), zlib = require("node:zlib"), fs = require("node:fs");
    const pages = new Map(Object.entries(JSON.parse(fs.readFileSync(${JSON.stringify(file)}, "utf8"))).map(([path, html]) => {
      const plain = Buffer.from(html);
      return [path, { plain, gzip: zlib.gzipSync(plain) }];
    }));
    http.createServer((req, res) => {
      const page = pages.get(req.url);
      if (!page) return res.writeHead(404).end();
      const zipped = /gzip/.test(req.headers["accept-encoding"] || "");
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": zipped ? page.gzip.length : page.plain.length, ...(zipped ? { "Content-Encoding": "gzip" } : {}) });
      res.end(zipped ? page.gzip : page.plain);
    }).listen(${port}, () => console.log("ready"));`;
  const child = spawn("node", ["-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  try {
    return await measure(child.pid ?? 0, name, { headers: browser, ...options(`http://localhost:${port}`) }, { workers: 1 });
  } finally {
    child.kill();
  }
}

/** Where a signed-in list page spends its CPU: a V8 profile of one worker serving it for a few seconds. */
async function signedInProfile(cookie: string, browser: Record<string, string>) {
  const profiles = path.join(dir, "profiles");
  const server = await startAppServer({
    env: serverEnv(1),
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${profiles}`],
  });
  try {
    const headers = { ...browser, cookie };
    await autocannon({ url: `${server.url}/activiteiten`, connections: 4, amount: 200, headers });
    await autocannon({ url: `${server.url}/activiteiten`, connections: CONNECTIONS, duration: 5, headers });
  } finally {
    // The profile is written when the process exits (a graceful stop).
    await server.stop();
  }
  const file = readdirSync(profiles).find((name) => name.endsWith(".cpuprofile"));
  return file ? topFunctions(path.join(profiles, file)) : [];
}

/** Issue 19's goals, each with what this run measured. */
function goalReport(rows: Row[]) {
  const signedIn = rows.filter((row) => String(row.endpoint).startsWith("signed in: ") && row.workers === 2);
  const times = signedIn.map((row) => {
    const page = String(row.endpoint).replace("signed in: ", "");
    return { page, times: Number(row["req/s"]) / (SIGNED_IN_BEFORE[page] ?? Infinity), p99: Number(row["p99 ms"]) };
  });
  const cached = rows.filter((row) => ["list /activiteiten", "list, filtered, page 3", "detail /activiteiten/<id>"].includes(String(row.endpoint)));
  const largest = Math.max(...rows.filter((row) => !isReference(row)).map((row) => Number(row["MB per worker"])));
  const verdict = (met: boolean) => (met ? "met" : "NOT met");
  return [
    `Goal 1, signed-in pages 5x the issue's throughput with p99 < 100 ms (2 workers): ${verdict(times.every((one) => one.times >= 5 && one.p99 < 100))}: ${times.map((one) => `${one.page} ${one.times.toFixed(1)}x, p99 ${one.p99} ms`).join("; ")}`,
    `Goal 2, cached anonymous pages within 3x of static: ${verdict(cached.every((row) => Number(row["x static"]) <= 3))}: ${cached.map((row) => `${row.endpoint} ${row["x static"]}x`).join("; ")}`,
    `Goal 3, at most 250 MB per worker after each row: ${verdict(largest <= 250)}: largest ${largest} MB`,
  ];
}

async function main() {
  if (!existsSync("build/server.js")) execFileSync("npm", ["run", "build"], { stdio: "inherit" });
  const { counts, detailIds } = reuse ? await describeDatabase() : await buildDatabase();
  const server = await startAppServer({
    port: PORT,
    env: serverEnv(1),
  });
  const base = server.url;
  try {
    const pid = server.pid ?? 0;
    let guest = 0;
    const detailPaths = detailIds.map((id) => `/activiteiten/${id}`);
    const filtered = "/activiteiten?wijk=wijk-3&soort=taalcafe&pagina=3";
    // What a phone in Flanders sends; the page cache keeps a page per language.
    const browser = { "accept-language": "nl-BE,nl;q=0.9,en;q=0.5", "accept-encoding": "gzip, deflate, br" };
    const run = Date.now().toString(36);
    // `visit`: the pages opened once just before a scenario, as the first people following a poster's link
    // would; the page cache then serves them to the crowd for PAGE_CACHE_SECONDS (30 s by default).
    const scenarios: { name: string; visit?: string[]; options: autocannon.Options; answers?: "redirect" }[] = [
      { name: "list /activiteiten", visit: ["/activiteiten"], options: { url: `${base}/activiteiten` } },
      { name: "list, filtered, page 3", visit: [filtered], options: { url: `${base}${filtered}` } },
      {
        name: "detail /activiteiten/<id>",
        visit: detailPaths,
        options: { url: base, requests: inTurn(detailPaths) },
      },
      {
        name: "sign-up POST (guest)",
        answers: "redirect",
        options: {
          url: base,
          requests: [
            {
              method: "POST",
              setupRequest: (req) => {
                guest += 1;
                const body = new URLSearchParams({ intent: "signUp", name: `Gast ${guest}`, email: `gast-${run}-${guest}@bench.test`, guests: "0", children: "0" }).toString();
                return {
                  ...req,
                  path: `/activiteiten/${detailIds[guest % detailIds.length]}`,
                  headers: { ...browser, "content-type": "application/x-www-form-urlencoded", origin: base, "x-forwarded-for": `10.${(guest >> 16) & 255}.${(guest >> 8) & 255}.${guest & 255}` },
                  body,
                };
              },
            },
          ],
        },
      },
      {
        // The same pages for someone with a session cookie: never from the page cache, so this row is the
        // cost of rendering a page (the cookie is not valid, so the page is the anonymous one).
        name: "detail, not cached (cookie)",
        options: { url: base, requests: inTurn(detailPaths, { ...browser, cookie: "__session=none" }) },
      },
      { name: "feed /kalender/wijk/<slug>.ics", options: { url: `${base}/kalender/wijk/wijk-3.ics` } },
    ];
    const rows: Row[] = [];
    // Warm up: the first requests compile routes and fill SQLite's page cache.
    await autocannon({ url: `${base}/activiteiten`, connections: 4, amount: 200, headers: { cookie: "__session=none" } });
    for (const scenario of scenarios) {
      for (const path of scenario.visit ?? []) await fetch(`${base}${path}`, { headers: browser });
      rows.push(await measure(pid, scenario.name, { headers: browser, ...scenario.options }, { workers: 1 }, scenario.answers));
    }
    // The pages as an anonymous visitor gets them, for the static server.
    const html = async (path: string) => (await fetch(`${base}${path}`, { headers: { "accept-language": browser["accept-language"] } })).text();
    const listPage = new Map([["/activiteiten", await html("/activiteiten")]]);
    const activityPages = new Map<string, string>();
    for (const path of detailPaths) activityPages.set(path, await html(path));
    await server.stop();
    const cookie = await residentCookie();
    for (const workers of [1, 2]) rows.push(...(await signedInRows(workers, cookie, detailIds, browser)));
    const references = [
      await staticReference("static reference: the list (same bytes, gzipped once)", listPage, (url) => ({ url: `${url}/activiteiten` }), browser),
      await staticReference("static reference: 200 activity pages in turn", activityPages, (url) => ({ url, requests: inTurn(detailPaths) }), browser),
    ];
    const [listLimit, inTurnLimit] = references.map((reference) => Number(reference["req/s"]));
    // How far each page is from serving the same bytes statically, asked for the same way: 1.0 would be as fast as
    // plain Node.
    for (const row of rows) {
      const limit = (inTurnRows.has(String(row.endpoint)) ? inTurnLimit : listLimit) ?? 0;
      row["x static"] = Math.round((10 * limit) / Math.max(1, Number(row["req/s"]))) / 10;
    }
    rows.unshift(...references);
    const unexpected = rows.map((r) => Number(r.unexpected ?? 0));
    console.table(rows);
    const goals = goalReport(rows);
    for (const line of goals) console.log(line);
    const profile = await signedInProfile(cookie, browser);
    console.log("Signed-in list: the five functions with the most CPU time of their own");
    console.table(profile);
    mkdirSync("bench/results", { recursive: true });
    const output = {
      date: new Date().toISOString(),
      machine: { cpus: (await import("node:os")).cpus().length, loadavg: (await import("node:os")).loadavg() },
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      database: counts,
      target: "list and detail p99 < 50 ms at 20 connections",
      cores: availableParallelism(),
      results: rows,
      signedInListProfile: profile,
      goals,
    };
    writeFileSync("bench/results/activities.json", `${JSON.stringify(output, null, 2)}\n`);
    console.log("Wrote bench/results/activities.json");
    if (unexpected.some((count) => count > 0)) console.warn("Some requests were not answered as expected: see the unexpected column.");
  } finally {
    await server.stop();
    if (process.env.BENCH_KEEP) console.log(`Kept the database: BENCH_DB=${dbFile}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
