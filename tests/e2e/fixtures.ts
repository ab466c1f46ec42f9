// Playwright fixtures: per worker a production server on its own database and SMTP server;
// per test the people it needs, built with the same factories as the demo seed.
import { mkdirSync, writeFileSync } from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { createPrismaClient } from "~/utils/db.server";
import { startAppServer } from "#tests/setup/app-server";
import { copyTemplateDatabase } from "#tests/setup/template-db";
import { startSmtpServer } from "#tests/setup/smtp";

export const e2eSessionSecret = "e2e-secret-e2e-secret-e2e-secret-e2e-secret";

type WorkerFixtures = {
  app: { baseURL: string; databaseUrl: string; smtp: Awaited<ReturnType<typeof startSmtpServer>>; serverOutput: () => string };
  db: ReturnType<typeof createPrismaClient>;
};

export const test = base.extend<{ signIn: (email: string) => Promise<void>; freshGuestBudget: void }, WorkerFixtures>({
  app: [
    async ({}, use, workerInfo) => {
      const smtp = await startSmtpServer();
      const databaseUrl = await copyTemplateDatabase(`e2e-${workerInfo.workerIndex}`);
      // A free port, as for every other test server: two test runs on one machine (or a fixed port someone else
      // uses) had the health check and the tests reach the other run's server.
      const server = await startAppServer({
        env: {
          DATABASE_URL: databaseUrl,
          SMTP_URL: smtp.url,
          SESSION_SECRET: e2eSessionSecret,
          // Tests write to the database directly; a stored page would hide that (tests/e2e/page-cache.spec.ts
          // checks the cache on a server of its own).
          PAGE_CACHE_SECONDS: "0",
        },
      });
      const baseURL = server.url;
      await use({ baseURL, databaseUrl, smtp, serverOutput: server.output });
      await server.stop();
      await smtp.close();
      // Kept for reading after a failed run.
      mkdirSync("test-results", { recursive: true });
      writeFileSync(`test-results/server-${workerInfo.workerIndex}.log`, server.output());
    },
    { scope: "worker" },
  ],
  db: [
    async ({ app }, use) => {
      const db = createPrismaClient(app.databaseUrl);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ app }, use) => use(app.baseURL),
  /**
   * Sign-ups without an account are limited per address (10 an hour), and every test's come from this machine: the
   * tests of a worker shared one budget, so a test failed or passed by which tests ran before it in its worker. Each
   * test starts with a fresh one (the limit itself is tested over HTTP in security.spec.ts, which counts its own).
   */
  freshGuestBudget: [
    async ({ db }, use) => {
      await db.rateLimitEvent.deleteMany({ where: { key: { startsWith: "guest:" } } });
      await use();
    },
    { auto: true },
  ],
  /** Signs in through the real flow: request a code, read it from the SMTP server, type it. */
  signIn: async ({ page, app, db }, use) => {
    await use(async (email: string) => {
      // Many tests sign in as the same demo buurtwerker, all from this machine's address: start each with fresh
      // per-email and per-address limits (the limits are tested in tests/integration/sign-in.test.ts and over
      // HTTP in tests/e2e/security.spec.ts).
      await db.rateLimitEvent.deleteMany({ where: { OR: [{ key: `signin:email:${email}` }, { key: { startsWith: "signin:ip:" } }] } });
      // A new code ends the older ones: a sign-in mail still lying here from before would carry a dead code.
      const isCodeMail = (received: (typeof app.smtp.inbox)[number]) => received.envelopeTo.includes(email) && /\b\d{6}\b/.test(received.subject ?? "");
      for (const stale of app.smtp.inbox.filter(isCodeMail)) app.smtp.inbox.splice(app.smtp.inbox.indexOf(stale), 1);
      await page.goto("/inloggen");
      await page.getByLabel(/e-mailadres|adresse e-mail|email address|البريد/i).fill(email);
      await page.getByRole("button", { name: /code|رمز/i }).click();
      await page.waitForURL(/\/inloggen\/code/);
      // Other tests of this worker mail the same demo people (confirmations...): take the sign-in mail.
      const mail = await app.smtp.waitForMail(email, (received) => /\b\d{6}\b/.test(received.subject ?? ""));
      const code = /\b(\d{6})\b/.exec(mail.subject ?? "")?.[1];
      if (!code) throw new Error(`No code in mail: ${mail.subject}`);
      app.smtp.inbox.splice(app.smtp.inbox.indexOf(mail), 1);
      // By the field's label, not "the textbox": the address changes before React shows the code page, and the mail
      // can be here by then; "the textbox" was then still the e-mail field, and the code page came up empty (CI, twice).
      await page.getByLabel(codeFieldLabel).fill(code);
      await page.getByRole("button").filter({ hasText: /aanmelden|connecter|sign in|دخول/i }).last().click();
      // A sign-in takes a few seconds here. Once (of hundreds in CI) it never left the code page and the run only said
      // "timeout": say what the page showed and what the server did, so such a failure can be explained.
      await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"), { timeout: 30_000 }).catch(async (error: unknown) => {
        throw new Error(`Signing in as ${email} did not leave ${page.url()}: ${await whatThePageSays(page)}\nServer, last lines (scripts left out):\n${serverLines(app.serverOutput())}`, { cause: error });
      });
      // The address changes before React shows the next page: a test's next check must not see the code page.
      await expect(page.getByLabel(codeFieldLabel)).toBeHidden();
    });
  },
});

/** The sign-in code field's label in the four languages. */
export const codeFieldLabel = /Code van 6 cijfers|Code de 6 chiffres|6-digit code|رمز من 6 أرقام/;

const serverLines = (output: string) => output.split("\n").filter((line) => !line.includes(" /build/")).slice(-30).join("\n");

/** The page's alerts and form errors, whether React took the page over, and whether a service worker handles it. */
async function whatThePageSays(page: Page) {
  return page
    .evaluate(() => ({
      alerts: [...document.querySelectorAll("[role=alert], [id$=-error], [id$=-errors]")].map((element) => element.textContent?.trim()).filter(Boolean),
      heading: document.querySelector("h1")?.textContent?.trim(),
      hydrated: Object.keys(document.querySelector("form") ?? {}).some((key) => key.startsWith("__react")),
      serviceWorker: navigator.serviceWorker?.controller?.state ?? "none",
    }))
    .then((state) => JSON.stringify(state))
    .catch((error: unknown) => `(page not readable: ${String(error)})`);
}

/**
 * A signed-in session for `userId` without the sign-in screens: a session row and the cookie the server would set
 * (same name and secret as the e2e servers). For tests about what a person may do, not how they sign in.
 */
export async function sessionCookie(db: WorkerFixtures["db"], userId: string, baseURL: string) {
  const { createCookieSessionStorage } = await import("@remix-run/node");
  const storage = createCookieSessionStorage({ cookie: { name: "__session", httpOnly: true, sameSite: "lax", path: "/", secrets: [e2eSessionSecret] } });
  const stored = await db.session.create({ data: { userId, expiresAt: new Date(Date.now() + 86_400_000) }, select: { id: true } });
  const session = await storage.getSession();
  session.set("sessionId", stored.id);
  const value = (await storage.commitSession(session)).split(";")[0]?.split("=").slice(1).join("=") ?? "";
  return { name: "__session", value, url: baseURL };
}

/** No serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export { expect };

/**
 * Marks a journey that `npm run test:postgres` also runs against a server on PostgreSQL (`--grep @postgres`):
 * a few that write the most (sign-up and cancellation, a booking, a help request up to a logged visit).
 */
export const alsoOnPostgres = { tag: "@postgres" };
