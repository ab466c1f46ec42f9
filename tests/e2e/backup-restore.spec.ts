// A wijkhuis's nightly backup (README, Backups): `npm run backup` runs from cron while people sign up on the
// production server; the backup is restored into a new database and the app starts on it.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, sessionCookie, test } from "./fixtures";
import { createActivity, daysFromNow } from "#tests/fixtures/activities";
import { createUser } from "#tests/fixtures/factories";
import { startAppServer } from "#tests/setup/app-server";
import { createPrismaClient } from "~/utils/db.server";

const run = promisify(execFile);

type Confirmed = { key: string; startedAt: number; confirmedAt: number };

test("a backup taken while people sign up holds every sign-up confirmed before it, and the app runs on its restore", async ({ app, db }) => {
  test.skip(!app.databaseUrl.startsWith("file:"), "SQLite only: PostgreSQL is backed up with pg_dump (README)");
  // Playwright empties it before the next run and keeps it after a failure, for a look at the files.
  const dir = test.info().outputPath("backup");

  // Three signed-in neighbours, each signing up for every date of a weekly activity of their own, one after the
  // other (a person signs up once per date; guests without an account are limited per address).
  const { date } = daysFromNow(7);
  const until = daysFromNow(7 + 366).date;
  const people = await Promise.all(
    [0, 1, 2].map(async (i) => {
      const user = await createUser(db);
      const cookie = await sessionCookie(db, user.id, app.baseURL);
      const activity = await createActivity(db, { title: `Back-upsoep ${i}`, neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: null, recurrence: "weekly", date, until });
      return { userId: user.id, cookie: `${cookie.name}=${cookie.value}`, dates: activity.occurrences.map((occurrence) => occurrence.id) };
    }),
  );
  const occurrenceIds = people.flatMap((person) => person.dates);

  const writers = people.map((): Confirmed[] => []);
  let backupDone = false;
  let afterBackup = 0;
  async function write(writer: number) {
    const person = people[writer];
    if (!person) return;
    for (const occurrenceId of person.dates) {
      if (backupDone && afterBackup >= 9) return;
      const startedAt = Date.now();
      // The form as a browser without JavaScript posts it; a saved sign-up answers with a redirect (post/redirect/get).
      const response = await fetch(`${app.baseURL}/activiteiten/${occurrenceId}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app.baseURL, Cookie: person.cookie, "Accept-Language": "nl-BE" },
        body: new URLSearchParams({ guests: "0" }),
        redirect: "manual",
      });
      expect(response.status).toBe(303);
      writers[writer]?.push({ key: `${person.userId}:${occurrenceId}`, startedAt, confirmedAt: Date.now() });
      if (backupDone) afterBackup += 1;
    }
  }
  const writing = Promise.all([0, 1, 2].map(write));
  await expect.poll(() => Math.min(...writers.map((w) => w.length)), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);

  const backupDir = path.join(dir, "backups");
  const backupStartedAt = Date.now();
  const backup = await run("npm", ["run", "-s", "backup"], { env: { ...process.env, DATABASE_URL: app.databaseUrl, BACKUP_DIR: backupDir } });
  const backupEndedAt = Date.now();
  backupDone = true;
  await writing;
  expect(backup.stdout).toMatch(/^Backed up .* \(.*integrity ok/);
  expect(backup.stderr).toBe("");
  const backups = readdirSync(backupDir).filter((name) => /^warme-buurt-\d{8}T\d{6}Z\.db$/.test(name));
  expect(backups).toHaveLength(1);
  const file = backups[0] ?? "";

  const restoredUrl = `file:${path.join(dir, "restored.db")}`;
  const restore = await run("npm", ["run", "-s", "restore", "--", path.join(backupDir, file)], { env: { ...process.env, DATABASE_URL: restoredUrl } });
  expect(restore.stdout).toContain("Restored");

  const restoredDb = createPrismaClient(restoredUrl);
  try {
    const rows = await restoredDb.signUp.findMany({ where: { occurrenceId: { in: occurrenceIds } }, select: { userId: true, occurrenceId: true, status: true } });
    const restored = new Set(rows.map((row) => `${row.userId}:${row.occurrenceId}`));
    expect(rows.every((row) => row.status === "confirmed")).toBe(true);
    for (const list of writers) {
      // Every sign-up the server had confirmed before the backup began is there...
      for (const signUp of list.filter((s) => s.confirmedAt < backupStartedAt)) expect(restored).toContain(signUp.key);
      // ...and each person's sign-ups are there up to one moment, without gaps: one consistent snapshot.
      const kept = list.filter((s) => restored.has(s.key)).length;
      expect(list.slice(0, kept).every((s) => restored.has(s.key))).toBe(true);
      // Nothing from after the backup ended: it is the backup, not the live database.
      for (const signUp of list.filter((s) => s.startedAt > backupEndedAt)) expect(restored).not.toContain(signUp.key);
    }
    // The writes really went on while the backup ran.
    const during = writers.flat().filter((s) => s.confirmedAt > backupStartedAt && s.startedAt < backupEndedAt);
    expect(during.length).toBeGreaterThan(0);
    // Each date's counter was written in the same transaction as its row.
    const dates = await restoredDb.occurrence.findMany({ where: { id: { in: occurrenceIds } }, select: { id: true, placesTaken: true } });
    expect(dates.map((d) => d.placesTaken)).toEqual(dates.map((d) => rows.filter((row) => row.occurrenceId === d.id).length));
  } finally {
    await restoredDb.$disconnect();
  }

  // The app starts on the restored database (startAppServer waits for /healthz) and shows the activity.
  const server = await startAppServer({
    env: { DATABASE_URL: restoredUrl, SMTP_URL: app.smtp.url, SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret", JOBS: "off" },
  });
  try {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${server.url}/activiteiten/${occurrenceIds[0]}`, { headers: { "Accept-Language": "nl-BE" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Back-upsoep 0");
  } finally {
    await server.stop();
  }
});
