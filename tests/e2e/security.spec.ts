// What an attack on the running production server found (issue 12), each tried again over HTTP. Servers with
// settings of their own (demo mode, a proxy in front, https) share this worker's database and SMTP server.
import { spawn } from "node:child_process";
import { connect, type Socket } from "node:net";
import { e2eSessionSecret as secret, expect, sessionCookie, test } from "./fixtures";
import { createActivity, daysFromNow } from "#tests/fixtures/activities";
import { createUser } from "#tests/fixtures/factories";
import { createHelpRequest } from "#tests/fixtures/help";
import { freePort, startAppServer } from "#tests/setup/app-server";

/** A production server of this test's own on this worker's database, on a free port. */
async function ownServer(app: { databaseUrl: string; smtp: { url: string } }, env: Record<string, string>) {
  return startAppServer({ env: { DATABASE_URL: app.databaseUrl, SMTP_URL: app.smtp.url, SESSION_SECRET: secret, JOBS: "off", PAGE_CACHE_SECONDS: "0", ...env } });
}

/** The notice itself (its text is also among the page's translations). */
const demoNotice = /role="note"[^>]*>Demo met verzonnen mensen/;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = (origin: string) => ({ Origin: origin, "Content-Type": "application/x-www-form-urlencoded" });

test("production without a mail server refuses to start, naming SMTP_URL; DEMO_MODE=1 starts with a notice and /dev/outbox", async ({ app, request }, workerInfo) => {
  const refused = spawn("node", ["build/server.js"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(await freePort()), DATABASE_URL: app.databaseUrl, SESSION_SECRET: secret, SMTP_URL: "", DEMO_MODE: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  refused.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  refused.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise((resolve) => refused.once("exit", resolve));
  expect(code).not.toBe(0);
  expect(output).toContain("SMTP_URL is required in production");
  expect(output).toContain("DEMO_MODE=1");
  expect(output).not.toMatch(/\n\s+at /);

  const demo = await ownServer(app, { SMTP_URL: "", DEMO_MODE: "1", OUTBOX_DIR: `test-results/outbox-${workerInfo.workerIndex}` });
  try {
    const outbox = await request.get(`${demo.url}/dev/outbox`);
    expect(outbox.status()).toBe(200);
    expect(await (await request.get(`${demo.url}/activiteiten`)).text()).toMatch(demoNotice);
  } finally {
    await demo.stop();
  }
  // The worker's own server has a mail server and no demo mode: no outbox, no notice.
  expect((await request.get("/dev/outbox")).status()).toBe(404);
  expect(await (await request.get("/activiteiten")).text()).not.toMatch(demoNotice);
});

test("a tiny form with a huge list index, a million fields or 50 MB are refused at once, and the server keeps answering", async ({ request, baseURL }) => {
  const origin = baseURL ?? "";
  const sparse = request.post("/inloggen/code", { data: "email=a%40b.be&code=1&x[100000000]=1", headers: formHeaders(origin) });
  const manyFields = request.post("/inloggen", { data: Array.from({ length: 1_000_000 }, (_, i) => `f${i}=1`).join("&"), headers: formHeaders(origin) });
  const huge = request.post("/inloggen", { data: Buffer.alloc(50 * 1024 * 1024, "a"), headers: formHeaders(origin), timeout: 30_000 }).catch(() => null);
  // Before the gate, the first of these froze the server for 75 s.
  const health = await request.get("/healthz", { timeout: 5_000 });
  expect(health.status()).toBe(200);
  expect((await sparse).status()).toBe(400);
  expect((await manyFields).status()).toBe(413);
  const hugeAnswer = await huge;
  // The server answers 413 and closes the connection; a client still sending may see the close first.
  if (hugeAnswer) expect(hugeAnswer.status()).toBe(413);
  expect((await request.get("/healthz", { timeout: 5_000 })).status()).toBe(200);

  const sparsePage = await (await sparse).text();
  expect(sparsePage).toContain("Dit formulier klopt niet");
});

test("a refused form never echoes fields it does not have", async ({ request, baseURL }) => {
  const answer = await request.post("/inloggen", {
    data: form({ email: "geen-adres-ZZ-TYPED-ZZ", smuggled: "ZZ-NOT-MINE-ZZ" }),
    headers: formHeaders(baseURL ?? ""),
  });
  expect(answer.status()).toBe(400);
  const page = await answer.text();
  // What the person typed comes back so nothing is lost; what the form does not have does not.
  expect(page).toContain("ZZ-TYPED-ZZ");
  expect(page).not.toContain("ZZ-NOT-MINE-ZZ");
});

test("bad requests get a 4xx page in the visitor's language and nothing in the error log", async ({ app, request }) => {
  const server = await ownServer(app, {});
  try {
    const url = server.url;
    const textPlain = await request.post(`${url}/inloggen`, { data: "email=a@b.be", headers: { Origin: url, "Content-Type": "text/plain" } });
    expect(textPlain.status()).toBe(415);
    expect(await textPlain.text()).toContain("Dit formulier klopt niet");
    const brokenMultipart = await request.post(`${url}/inloggen`, {
      data: '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\na',
      headers: { Origin: url, "Content-Type": "multipart/form-data; boundary=xyz" },
    });
    expect(brokenMultipart.status()).toBe(400);
    // Conform's own fields: a broken state is ignored (the form is judged on what it has), a broken intent refused.
    const conformState = await request.post(`${url}/inloggen`, { data: form({ email: "geen-adres", __state__: "x" }), headers: formHeaders(url) });
    expect(conformState.status()).toBe(400);
    const conformIntent = await request.post(`${url}/inloggen`, { data: form({ email: "a@b.be", __intent__: "{" }), headers: formHeaders(url) });
    expect(conformIntent.status()).toBe(400);
    const hugeListIntent = await request.post(`${url}/inloggen`, {
      data: form({ email: "a@b.be", __intent__: JSON.stringify({ type: "insert", payload: { name: "items", index: 100_000_000 } }) }),
      headers: formHeaders(url),
    });
    expect(hugeListIntent.status()).toBe(400);
    const crossSite = await request.post(`${url}/inloggen`, { data: form({ email: "a@b.be" }), headers: formHeaders("https://evil.example") });
    expect(crossSite.status()).toBe(403);
    expect(await crossSite.text()).toContain("Dit formulier kwam niet van Warme Buurt");
    const french = await request.post(`${url}/inloggen`, { data: "x", headers: { Origin: url, "Content-Type": "text/plain", "Accept-Language": "fr-BE" } });
    expect(await french.text()).toContain("Ce formulaire n&#x27;est pas correct");
    expect(server.output()).not.toMatch(/Error|\n\s+at /);
  } finally {
    await server.stop();
  }
});

test("visitors who leave mid-page leave no stack traces in the log, and the server keeps answering", async ({ app }) => {
  const server = await ownServer(app, {});
  try {
    const { port } = new URL(server.url);
    // 40 phones ask for the list at once (a cookie: rendered for each, not from the page cache); all of them go
    // away as soon as the first page arrives, while the server is still rendering the others.
    const sockets: Socket[] = [];
    await new Promise<void>((resolve, reject) => {
      for (let i = 0; i < 40; i++) {
        const socket = connect(Number(port), "127.0.0.1", () => socket.write(`GET /activiteiten HTTP/1.1\r\nHost: localhost:${port}\r\nCookie: __session=none\r\n\r\n`));
        socket.on("error", () => undefined);
        socket.once("data", () => {
          for (const one of sockets) one.destroy();
          resolve();
        });
        sockets.push(socket);
      }
      setTimeout(() => reject(new Error("no page came")), 10_000);
    });
    // The server still answers. Its access log, written in batches a quarter of a second apart, shows that answer
    // once the renders before it are done; by then React has reported whatever it had left of the others.
    expect((await fetch(`${server.url}/activiteiten/na-het-vertrek`)).status).toBe(404);
    await expect.poll(() => server.output()).toContain("GET /activiteiten/na-het-vertrek 404");
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Pages were left unsent (a sent page is logged), and nothing went to the error log.
    expect(server.output().match(/GET \/activiteiten 200/g)?.length ?? 0).toBeLessThan(40);
    expect(server.output()).not.toMatch(/Error|\n\s+at /);
  } finally {
    await server.stop();
  }
});

test("200 people signing up at once all get a redirect to the page, never a 500", async ({ app, db, playwright }) => {
  // Behind a proxy (TRUST_PROXY) every person has an address of their own, as on real phones.
  const server = await ownServer(app, { TRUST_PROXY: "loopback" });
  const client = await playwright.request.newContext({ maxRedirects: 0 });
  try {
    const activity = await createActivity(db, { title: "Drukke buurtsoep", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 20, date: daysFromNow(6).date });
    const id = activity.occurrences[0]?.id ?? "";
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        client.post(`${server.url}/activiteiten/${id}`, {
          data: form({ intent: "signUp", name: `Buur ${i}`, email: `buur-${i}-${Date.now()}@example.test`, guests: "0", children: "0" }),
          headers: { ...formHeaders(server.url), "X-Forwarded-For": `10.9.${Math.floor(i / 250)}.${i % 250}` },
          timeout: 60_000,
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status());
    expect(statuses.filter((status) => status !== 303), server.output().slice(-3000)).toEqual([]);
    expect(new Set(answers.map((answer) => answer.headers()["location"]))).toEqual(new Set([`/activiteiten/${id}#uitkomst`]));
    const occurrence = await db.occurrence.findUniqueOrThrow({ where: { id }, select: { placesTaken: true, waitingCount: true } });
    expect(occurrence).toEqual({ placesTaken: 20, waitingCount: 180 });
  } finally {
    // 200 confirmation mails would keep this worker's mail queue busy for later tests' sign-in codes.
    await db.outboxMessage.deleteMany({ where: { subject: { contains: "Drukke buurtsoep" } } });
    await client.dispose();
    await server.stop();
  }
});

test("without TRUST_PROXY a made-up X-Forwarded-For does not get past the per-address sign-in limit", async ({ app, db, request }) => {
  const server = await ownServer(app, {});
  // One address family: "localhost" may be reached over IPv4 and IPv6, two addresses with a limit each.
  const url = server.url.replace("localhost", "127.0.0.1");
  try {
    await db.rateLimitEvent.deleteMany({ where: { key: { startsWith: "signin:ip:" } } });
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) {
      const answer = await request.post(`${url}/inloggen`, {
        data: form({ email: `rotating-${i}-${Date.now()}@example.test` }),
        headers: { ...formHeaders(url), "X-Forwarded-For": `203.0.113.${i}` },
        maxRedirects: 0,
      });
      statuses.push(answer.status());
    }
    expect(statuses.filter((status) => status === 302)).toHaveLength(30);
    expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429]);
  } finally {
    await db.rateLimitEvent.deleteMany({ where: { key: { startsWith: "signin:ip:" } } });
    await server.stop();
  }
});

test("personal answers say private, no-store; public pages may not be kept by a shared cache; https adds HSTS", async ({ app, page, signIn }) => {
  const anonymous = await page.request.get("/activiteiten");
  expect(anonymous.headers()["cache-control"]).toBe("no-cache");
  expect(anonymous.headers()["vary"]).toContain("Cookie");

  await signIn("sofie@demo.warmebuurt.be");
  for (const path of ["/ik", "/activiteiten", "/hulp/overzicht", "/ik.data", "/activiteiten/act-buurtdrink-1/export"]) {
    const answer = await page.request.get(path);
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()["cache-control"], path).toBe("private, no-store");
  }
  const token = (await page.request.get("/ik/meldingen").then((answer) => answer.text())).match(/kalender\/([\w-]{20,64})\.ics/)?.[1];
  expect(token).toBeTruthy();
  expect((await page.request.get(`/kalender/${token}.ics`)).headers()["cache-control"]).toBe("private, no-store");

  const https = await ownServer(app, { APP_URL: "https://wijk.example" });
  try {
    const answer = await page.request.get(`${https.url}/healthz`);
    expect(answer.headers()["strict-transport-security"]).toContain("max-age=31536000");
  } finally {
    await https.stop();
  }
  expect((await page.request.get("/healthz")).headers()["strict-transport-security"]).toBeUndefined();
});

test("a building-only activity stays inside the building in every form: page, data and .ics", async ({ page, signIn, request }) => {
  const id = "act-kennismaking-wallen-1";
  for (const path of [`/activiteiten/${id}`, `/activiteiten/${id}/ics`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const feed = await request.get("/kalender/wijk/kanaalzone.ics");
  expect(await feed.text()).not.toContain("Kennismaking");
  // A resident of Hof ter Wallen gets it, privately.
  await signIn("maria-de-smet@demo.warmebuurt.be");
  const ics = await page.request.get(`/activiteiten/${id}/ics`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["cache-control"]).toBe("private, no-store");
});

test("opening a help request from another site neither shows nor logs the address", async ({ page, signIn, db }) => {
  const resident = await createUser(db, { displayName: "Rosa Verstraete", phone: "0471 55 66 77", neighbourhoodId: "wijk-noordwijk" });
  const help = await createHelpRequest(db, { residentId: resident.id, neighbourhoodId: "wijk-noordwijk" });
  await signIn("sofie@demo.warmebuurt.be");
  const views = () => db.contactView.count({ where: { subjectId: resident.id } });

  const fromElsewhere = await page.request.get(`/hulp/vragen/${help.id}`, { headers: { "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate" } });
  expect(fromElsewhere.status()).toBe(200);
  expect(await fromElsewhere.text()).not.toContain("0471 55 66 77");
  expect(await views()).toBe(0);

  // Within the app the page shows the address and phone, and the view is recorded.
  await page.goto(`/hulp/vragen/${help.id}`);
  await expect(page.getByText("0471 55 66 77")).toBeVisible();
  expect(await views()).toBe(1);
});

test("refused or empty posts leave the page cache; a saved sign-up empties it", async ({ app, db, playwright }) => {
  const server = await ownServer(app, { PAGE_CACHE_SECONDS: "300" });
  // The visitor who reads and the script that posts keep their cookies apart (a language cookie changes the page).
  const request = await playwright.request.newContext();
  const script = await playwright.request.newContext();
  try {
    const activity = await createActivity(db, { title: "Cachesoep", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 5, date: daysFromNow(8).date });
    const path = `${server.url}/activiteiten/${activity.occurrences[0]?.id}`;
    const cacheState = async () => (await request.get(path)).headers()["x-page-cache"];
    expect(await cacheState()).toBe("miss");
    expect(await cacheState()).toBe("hit");
    expect((await script.post(path, { data: form({ intent: "signUp" }), headers: formHeaders("https://evil.example") })).status()).toBe(403);
    expect((await script.post(path, { data: form({ intent: "signUp", name: "" }), headers: formHeaders(server.url) })).status()).toBe(400);
    expect((await script.post(`${server.url}/taal`, { data: form({ locale: "fr" }), headers: formHeaders(server.url), maxRedirects: 0 })).status()).toBe(302);
    expect(await cacheState()).toBe("hit");
    const saved = await script.post(path, { data: form({ intent: "signUp", name: "Echte Buur", phone: "0470 11 22 33" }), headers: formHeaders(server.url), maxRedirects: 0 });
    expect(saved.status()).toBe(303);
    expect(await cacheState()).toBe("miss");
  } finally {
    await request.dispose();
    await script.dispose();
    await server.stop();
  }
});

test("signing out on all devices ends every session of the person", async ({ browser, page, signIn, db, baseURL }) => {
  await signIn("jozef-vermeulen@demo.warmebuurt.be");
  // A second device: a session of its own.
  const other = await browser.newContext();
  await other.addCookies([await sessionCookie(db, "bewoner-jozef-vermeulen", baseURL ?? "")]);
  const otherPage = await other.newPage();
  await otherPage.goto("/ik");
  await expect(otherPage.getByRole("button", { name: "Uitloggen op al je toestellen" })).toBeVisible();

  await page.goto("/ik");
  await page.getByRole("button", { name: "Uitloggen op al je toestellen" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await otherPage.reload();
  await expect(otherPage.getByRole("link", { name: "Aanmelden" })).toBeVisible();
  await other.close();
});

test("one address cannot fill an activity without an account; organisers see who signed up that way", async ({ app, db, page, baseURL }) => {
  const server = await ownServer(app, {});
  try {
    const activity = await createActivity(db, { title: "Volle soep", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 20, date: daysFromNow(7).date });
    const id = activity.occurrences[0]?.id ?? "";
    await db.rateLimitEvent.deleteMany({ where: { key: { startsWith: "guest:" } } });
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const answer = await page.request.post(`${server.url}/activiteiten/${id}`, {
        data: form({ intent: "signUp", name: `Script ${i}`, email: `script-${i}@example.test`, guests: "0", children: "0" }),
        headers: formHeaders(server.url),
        maxRedirects: 0,
      });
      statuses.push(answer.status());
    }
    expect(statuses.filter((status) => status === 303)).toHaveLength(8);
    expect(statuses.filter((status) => status === 429)).toHaveLength(92);
    const occurrence = await db.occurrence.findUniqueOrThrow({ where: { id }, select: { placesTaken: true } });
    expect(occurrence.placesTaken).toBe(8);
    expect(await db.outboxMessage.count({ where: { to: { startsWith: "script-" }, subject: { contains: "Volle soep" } } })).toBe(8);

    await page.context().addCookies([await sessionCookie(db, "buurtwerker-sofie", baseURL ?? "")]);
    await page.goto(`/activiteiten/${id}/deelnemers`);
    await expect(page.getByText("Script 0")).toBeVisible();
    await expect(page.getByText("zonder account").first()).toBeVisible();
  } finally {
    await db.rateLimitEvent.deleteMany({ where: { key: { startsWith: "guest:" } } });
    await server.stop();
  }
});
