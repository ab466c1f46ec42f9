// The page cache of the production server (app/server/page-cache.ts), on a second server with the cache on,
// sharing this worker's database and SMTP server.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createActivity, daysFromNow } from "#tests/fixtures/activities";
import { startAppServer, type AppServer } from "#tests/setup/app-server";

let cached: AppServer;

/** A server with the page cache on, on this worker's database and SMTP server; `env` adds settings of its own. */
function cachingServer(app: { databaseUrl: string; smtp: { url: string } }, env: Record<string, string> = {}) {
  return startAppServer({
    env: {
      DATABASE_URL: app.databaseUrl,
      SMTP_URL: app.smtp.url,
      SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      JOBS: "off",
      PAGE_CACHE_SECONDS: "300",
      ...env,
    },
  });
}

test.beforeAll(async ({ app }) => {
  cached = await cachingServer(app);
});

test.afterAll(async () => {
  await cached.stop();
});

async function open(page: Page, path: string) {
  const response = await page.goto(`${cached.url}${path}`);
  return response?.headers()["x-page-cache"] ?? "none";
}

const keyOf = (page: Page) => page.locator('input[name="idempotencyKey"]').first().inputValue();

test("anonymous visitors share one rendering of an activity page, each with their own secrets", async ({ browser, db }) => {
  const { date } = daysFromNow(9);
  const activity = await createActivity(db, { title: "Buurtsoep", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 3, date });
  const path = `/activiteiten/${activity.occurrences[0]?.id}`;

  // Without JavaScript the idempotency key is the one the server wrote into the page.
  const noJs = await browser.newContext({ javaScriptEnabled: false, locale: "nl-BE" });
  const first = await noJs.newPage();
  const second = await noJs.newPage();
  expect(await open(first, path)).toBe("miss");
  expect(await open(second, path)).toBe("hit");
  await expect(second.getByText("Nog 3 plaatsen vrij")).toBeVisible();
  expect(await keyOf(second)).not.toBe(await keyOf(first));
  await noJs.close();

  // With JavaScript the stored page runs: its scripts carry this response's nonce (a wrong one would be
  // refused by the Content-Security-Policy and the page would stay without JavaScript).
  const visitor = await browser.newContext({ locale: "nl-BE" });
  const page = await visitor.newPage();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  expect(await open(page, path)).toBe("hit");
  // The browser replaces the server's key with one of its own once the page is hydrated.
  await expect.poll(() => keyOf(page)).toMatch(/^[0-9a-f]{32}$/);
  expect(refused).toEqual([]);

  // A sign-up is a change: the next visitor sees the new number of places, not the stored page.
  await page.getByLabel("Je naam").fill("Gezin Peeters");
  await page.getByLabel("Telefoon").fill("0470 33 44 55");
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText("Je bent ingeschreven. Tot dan!")).toBeVisible();
  const next = await (await browser.newContext({ locale: "nl-BE" })).newPage();
  expect(await open(next, path)).toBe("miss");
  await expect(next.getByText("Nog 2 plaatsen vrij")).toBeVisible();
  await visitor.close();
  await next.context().close();
});

test("pages in another language and pages for signed-in people are kept apart", async ({ browser }) => {
  const french = await (await browser.newContext({ locale: "fr-BE" })).newPage();
  await open(french, "/activiteiten");
  expect(await open(french, "/activiteiten")).toBe("hit");
  await expect(french.getByRole("heading", { level: 1 })).toHaveText("Activités");

  const dutch = await (await browser.newContext({ locale: "nl-BE" })).newPage();
  expect(await open(dutch, "/activiteiten")).toBe("miss");
  await expect(dutch.getByRole("heading", { level: 1 })).toHaveText("Activiteiten");

  // Anyone with a session cookie gets a page rendered for them.
  await dutch.context().addCookies([{ name: "__session", value: "someone", url: cached.url }]);
  expect(await open(dutch, "/activiteiten")).toBe("none");
  await french.context().close();
  await dutch.context().close();
});

test("a stored page goes out first, yet like any other answer: HSTS on https, logged, and a broken Host is refused", async ({ app, request }) => {
  // As a wijkhuis runs it: https in front, a proxy on this machine that says so.
  const proxied = await cachingServer(app, { APP_URL: "https://wijk.example", TRUST_PROXY: "loopback" });
  try {
    const ask = (proto: string) => request.get(`${proxied.url}/activiteiten?soort=taalcafe`, { headers: { "x-forwarded-proto": proto, "accept-language": "nl-BE" } });
    expect((await ask("https")).headers()["x-page-cache"]).toBe("miss");
    const stored = await ask("https");
    expect(stored.headers()["x-page-cache"]).toBe("hit");
    expect(stored.headers()["strict-transport-security"]).toContain("max-age=31536000");
    // The same address over plain http is another page (its links may differ): it is not served the stored one.
    expect((await ask("http")).headers()["x-page-cache"]).toBe("miss");

    // A Host header no address can be made of: a clear 400, and the server goes on.
    const status = await rawStatus(proxied.url, "GET /activiteiten HTTP/1.1\r\nHost: wijk example\r\nConnection: close\r\n\r\n");
    expect(status).toBe(400);
    expect((await ask("https")).headers()["x-page-cache"]).toBe("hit");
    await expect.poll(() => proxied.output()).toMatch(/GET \/activiteiten 200 [\d.]+ ms/);
  } finally {
    await proxied.stop();
  }
});

/** The status line's code for bytes sent as they are (fetch would not send a broken Host). */
async function rawStatus(url: string, bytes: string) {
  const { connect } = await import("node:net");
  const { port } = new URL(url);
  return new Promise<number>((resolve, reject) => {
    let answer = "";
    const socket = connect(Number(port), "localhost", () => socket.write(bytes));
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("end", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on("error", reject);
  });
}
