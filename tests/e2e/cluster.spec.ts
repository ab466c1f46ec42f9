// `npm start` with several workers (node:cluster): every worker keeps its own page cache, and a change saved through one
// of them empties all of them before it is answered; a worker that dies is replaced; SIGTERM stops them all. Several machines on one PostgreSQL: LISTEN/NOTIFY does the same.
import { readFileSync } from "node:fs";
import http from "node:http";
import type { Page } from "@playwright/test";
import { alsoOnPostgres, expect, test } from "./fixtures";
import { createActivity, daysFromNow } from "#tests/fixtures/activities";
import { startAppServer } from "#tests/setup/app-server";

const secret = "e2e-secret-e2e-secret-e2e-secret-e2e-secret";

/** An anonymous visitor on a connection of its own: the cluster hands each new connection to the next worker. */
function visit(url: string) {
  return new Promise<{ cache: string; body: string }>((resolve, reject) => {
    const request = http.get(
      url,
      { agent: false, headers: { "accept-language": "nl-BE", connection: "close" } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({ cache: String(response.headers["x-page-cache"] ?? "none"), body }),
        );
      },
    );
    request.on("error", reject);
  });
}

async function visits(url: string, count: number) {
  const answers = [];
  for (let i = 0; i < count; i++) answers.push(await visit(url));
  return answers;
}

async function signUpAsGuest(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel("Je naam").fill("Gezin Janssens");
  await page.getByLabel("Telefoon").fill("0470 55 66 77");
  await page.getByRole("button", { name: "Ik kom" }).click();
  await expect(page.getByText("Je bent ingeschreven. Tot dan!")).toBeVisible();
}

test("a change saved through one worker is visible at once to an anonymous visitor served by another", async ({
  app,
  db,
  page,
}) => {
  const server = await startAppServer({
    env: {
      DATABASE_URL: app.databaseUrl,
      SMTP_URL: app.smtp.url,
      SESSION_SECRET: secret,
      JOBS: "off",
      PAGE_CACHE_SECONDS: "300",
      WEB_CONCURRENCY: "2",
    },
  });
  try {
    await expect.poll(() => server.output().match(/listens on/g)?.length ?? 0).toBe(2);
    const { date } = daysFromNow(12);
    const activity = await createActivity(db, {
      title: "Buurtbabbel",
      neighbourhoodId: "wijk-noordwijk",
      createdById: "buurtwerker-sofie",
      capacity: 3,
      date,
    });
    const url = `${server.url}/activiteiten/${activity.occurrences[0]?.id}`;

    // Each worker renders the page once and then serves it from its own cache.
    const before = await visits(url, 6);
    expect(before.filter((answer) => answer.cache === "miss")).toHaveLength(2);
    expect(before.every((answer) => answer.body.includes("Nog 3 plaatsen vrij"))).toBe(true);

    await signUpAsGuest(page, url);
    // Whichever worker serves them, the next visitors see the change: no stored page from before it.
    const after = await visits(url, 6);
    expect(after.map((answer) => answer.body.includes("Nog 2 plaatsen vrij"))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(after.slice(0, 2).map((answer) => answer.cache)).toEqual(["miss", "miss"]);

    // A worker that dies is replaced; the other serves meanwhile.
    const workers = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, "utf8")
      .trim()
      .split(" ")
      .map(Number);
    expect(workers).toHaveLength(2);
    process.kill(workers[0] ?? 0, "SIGKILL");
    await expect.poll(() => server.output().match(/listens on/g)?.length ?? 0, { timeout: 10_000 }).toBe(3);
    expect(server.output()).toMatch(/worker \d+ stopped \(SIGKILL\); a new one starts in 1 s/);
    expect((await visits(url, 4)).every((answer) => answer.body.includes("Nog 2 plaatsen vrij"))).toBe(true);

    // SIGTERM to the primary: every worker stops gracefully, then the primary.
    const stopped = await server.kill("SIGTERM");
    expect(stopped.code).toBe(0);
    expect(server.output().match(/stopped after \d+ ms/g)).toHaveLength(2);
    expect(server.output()).toContain("all workers stopped");
  } finally {
    await server.stop();
  }
});

test(
  "machines sharing PostgreSQL: a change saved on one empties the page cache of the other",
  alsoOnPostgres,
  async ({ app, db, page }) => {
    test.skip(!process.env.TEST_POSTGRES_URL, "LISTEN/NOTIFY needs PostgreSQL (npm run test:postgres)");
    const env = {
      DATABASE_URL: app.databaseUrl,
      SMTP_URL: app.smtp.url,
      SESSION_SECRET: secret,
      JOBS: "off",
      PAGE_CACHE_SECONDS: "300",
    };
    const [one, other] = await Promise.all([startAppServer({ env }), startAppServer({ env })]);
    try {
      const { date } = daysFromNow(13);
      const activity = await createActivity(db, {
        title: "Soepcafé",
        neighbourhoodId: "wijk-noordwijk",
        createdById: "buurtwerker-sofie",
        capacity: 3,
        date,
      });
      const path = `/activiteiten/${activity.occurrences[0]?.id}`;
      expect((await visits(`${other.url}${path}`, 2)).map((answer) => answer.cache)).toEqual(["miss", "hit"]);

      await signUpAsGuest(page, `${one.url}${path}`);
      await expect
        .poll(async () => (await visit(`${other.url}${path}`)).body.includes("Nog 2 plaatsen vrij"), {
          timeout: 2_000,
        })
        .toBe(true);
    } finally {
      await Promise.all([one.stop(), other.stop()]);
    }
  },
);
