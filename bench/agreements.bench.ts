// npm run bench -- agreements: in-process timings of the agreement reads and of booking writes on
// a freshly seeded SQLite file (no server, no network). Prints a table, writes bench/results/agreements.json.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { residentActor, staffActor } from "#tests/fixtures/actors";

const file = path.resolve("data/bench-agreements.db");
mkdirSync("data", { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
const env = { ...process.env, DATABASE_URL: `file:${file}` };
execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
execFileSync("node", ["--import", "tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
process.env.DATABASE_URL = `file:${file}`;
process.env.NODE_ENV = "production";
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-bench";
process.env.JOBS = "off";

const { prisma, prepareDatabase } = await import("~/utils/db.server");
const { getAgreement, getOverview } = await import("~/features/agreements/queries.server");
const { createBooking } = await import("~/features/bookings/mutations.server");
const { getBookingPage } = await import("~/features/bookings/queries.server");
await prepareDatabase();

const staff = staffActor("buurtwerker-sofie", ["wijk-noordwijk"]);
const amina = residentActor("bewoner-amina-benali", { locale: "ar" });

async function measure(name: string, runs: number, fn: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2));
  return { name, runs, p50ms: at(0.5), p95ms: at(0.95), maxms: at(1) };
}

const monday = DateTime.now().setZone("Europe/Brussels").startOf("week").plus({ weeks: 2 });
const results = [
  await measure("agreement page (resident)", 200, () => getAgreement(amina, "afspraak-vlashof-ontmoetingsruimte")),
  await measure("agreement page (staff)", 200, () => getAgreement(staff, "afspraak-vlashof-ontmoetingsruimte")),
  await measure("overview /afspraken (staff, 2 buildings of Noordwijk)", 200, () => getOverview(staff)),
  await measure("booking week page", 200, () => getBookingPage(amina, "residentie-vlashof", "ontmoetingsruimte", null)),
  // Consecutive one-hour slots, 09:00-21:00 over many days: each one a real insert after the overlap check.
  await measure("create booking (no conflict)", 200, (i) => {
    const start = monday.plus({ days: Math.floor(i / 12) }).set({ hour: 9 + (i % 12), minute: 0 });
    return createBooking(staff, {
      buildingSlug: "residentie-vlashof",
      spaceSlug: "ontmoetingsruimte",
      kind: "block",
      purpose: "bench",
      slot: { startsAt: start.toJSDate(), endsAt: start.plus({ hours: 1 }).toJSDate() },
    });
  }),
];
const raceStart = monday.plus({ weeks: 10 }).set({ hour: 10 });
const started = performance.now();
const race = await Promise.allSettled(
  Array.from({ length: 50 }, () =>
    createBooking(staff, { buildingSlug: "residentie-vlashof", spaceSlug: "ontmoetingsruimte", kind: "block", purpose: "race", slot: { startsAt: raceStart.toJSDate(), endsAt: raceStart.plus({ hours: 2 }).toJSDate() } }),
  ),
);
const raceMs = Number((performance.now() - started).toFixed(1));
const won = race.filter((r) => r.status === "fulfilled").length;
console.table(results);
console.log(`50 simultaneous bookings of one slot: ${won} booked, ${race.length - won} refused, ${raceMs} ms in all`);
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/agreements.json", JSON.stringify({ date: new Date().toISOString(), results, race: { requests: 50, booked: won, ms: raceMs } }, null, 2));
await prisma.$disconnect();
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
