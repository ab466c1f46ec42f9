// A wijkhuis's nightly backup (README, Backups): `npm run backup` runs from cron while people sign up on the
// production server; the backup is restored into a new database and the app starts on it.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "./fixtures";
import { createActivity, daysFromNow } from "#tests/fixtures/activities";
import { startAppServer } from "#tests/setup/app-server";
import { createPrismaClient } from "~/utils/db.server";

const run = promisify(execFile);

type Confirmed = { name: string; startedAt: number; confirmedAt: number };

test("a backup taken while people sign up holds every sign-up confirmed before it, and the app runs on its restore", async ({ app, db }, workerInfo) => {
  test.skip(!app.databaseUrl.startsWith("file:"), "SQLite only: PostgreSQL is backed up with pg_dump (README)");
  // Playwright empties it before the next run and keeps it after a failure, for a look at the files.
  const dir = test.info().outputPath("backup");
  const { date } = daysFromNow(12);
  const activity = await createActivity(db, { title: "Back-upsoep", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: null, date });
  const occurrenceId = activity.occurrences[0]?.id ?? "";
  const url = `${app.baseURL}/activiteiten/${occurrenceId}`;

  // Three people at a time sign up through the form, as a browser without JavaScript posts it.
  const writers = Array.from({ length: 3 }, (): Confirmed[] => []);
  let backupDone = false;
  let afterBackup = 0;
  async function write(writer: number) {
    for (let i = 0; !backupDone || afterBackup < 9; i++) {
      const name = `Buur ${writer}-${String(i).padStart(3, "0")}`;
      const startedAt = Date.now();
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept-Language": "nl-BE" },
        body: new URLSearchParams({ name, email: `buur-${writer}-${i}@example.test` }),
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("Je bent ingeschreven");
      writers[writer]?.push({ name, startedAt, confirmedAt: Date.now() });
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
    const rows = await restoredDb.signUp.findMany({ where: { occurrenceId }, select: { name: true, status: true } });
    const restored = new Set(rows.map((row) => row.name));
    expect(rows.every((row) => row.status === "confirmed")).toBe(true);
    for (const list of writers) {
      // Every sign-up the server had confirmed before the backup began is there...
      for (const signUp of list.filter((s) => s.confirmedAt < backupStartedAt)) expect(restored).toContain(signUp.name);
      // ...and each person's sign-ups are there up to one moment, without gaps: one consistent snapshot.
      const kept = list.filter((s) => restored.has(s.name)).length;
      expect(list.slice(0, kept).every((s) => restored.has(s.name))).toBe(true);
      // Nothing from after the backup ended: it is the backup, not the live database.
      for (const signUp of list.filter((s) => s.startedAt > backupEndedAt)) expect(restored).not.toContain(signUp.name);
    }
    // The writes really went on while the backup ran.
    const during = writers.flat().filter((s) => s.confirmedAt > backupStartedAt && s.startedAt < backupEndedAt);
    expect(during.length).toBeGreaterThan(0);
    // The occurrence's counter was written in the same transactions as the rows.
    const occurrence = await restoredDb.occurrence.findUniqueOrThrow({ where: { id: occurrenceId }, select: { placesTaken: true } });
    expect(occurrence.placesTaken).toBe(rows.length);
  } finally {
    await restoredDb.$disconnect();
  }

  // The app starts on the restored database (startAppServer waits for /healthz) and shows the activity.
  const server = await startAppServer({
    port: 4160 + workerInfo.parallelIndex + Number(process.env.E2E_PORT_OFFSET ?? 0),
    env: { DATABASE_URL: restoredUrl, SMTP_URL: app.smtp.url, SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret", JOBS: "off" },
  });
  try {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const page = await fetch(`${server.url}/activiteiten/${occurrenceId}`, { headers: { "Accept-Language": "nl-BE" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Back-upsoep");
  } finally {
    await server.stop();
  }
});
