// Matching benchmark: pure in-process, no database. The request page ranks every approved volunteer for the one
// request a buurtwerker opens (getSuggestions); this measures that with 10,000 generated volunteers, for one
// request and for 1,000 different ones (kinds, languages, places). Prints a table, writes bench/results/matching.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { rankVolunteers, type MatchRequest, type MatchVolunteer } from "~/features/help/matching";
import { helpKinds, helpLanguages, slots, type Slot } from "~/features/help/vocabulary";

// A request page must answer quickly on the server: ranking may take at most 20 ms of it.
const TARGET_ONE_MS = 20;

/** A small deterministic generator (mulberry32): the same data on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(42);
const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
const some = <T>(list: readonly T[], count: number) => [...new Set(Array.from({ length: count }, () => pick(list)))];
// 10,000 volunteers is a city the size of Antwerp: about 20 x 20 km, 40 neighbourhoods.
const neighbourhoods = Array.from({ length: 40 }, (_, i) => `wijk-${i}`);
const point = () => ({ latitude: 51.12 + rnd() * 0.18, longitude: 4.3 + rnd() * 0.28 });
const now = new Date("2026-11-22T10:00:00Z");

function volunteer(i: number): MatchVolunteer {
  return {
    id: `v${String(i).padStart(5, "0")}`,
    skills: some(helpKinds, 3),
    languages: ["nl", ...some(helpLanguages, 2)],
    availability: some(slots, 5) as Slot[],
    neighbourhoodIds: some(neighbourhoods, 2),
    location: rnd() < 0.7 ? point() : null,
    // Most volunteers walk (300 m to 1.5 km); one in five cycles up to 5 km.
    maxDistanceMeters: rnd() < 0.8 ? 300 + Math.floor(rnd() * 1200) : 1500 + Math.floor(rnd() * 3500),
    activeTasks: Math.floor(rnd() * 3),
    maxTasks: 2 + Math.floor(rnd() * 2),
    approvedAt: rnd() < 0.9 ? new Date("2026-01-01") : null,
    pausedUntil: rnd() < 0.05 ? new Date("2026-12-24") : null,
    helpedResidentIds: rnd() < 0.2 ? [`r${Math.floor(rnd() * 1000)}`] : [],
  };
}

function request(i: number): MatchRequest {
  return {
    id: `q${i}`,
    residentId: `r${i}`,
    residentFirstName: "Amina",
    kind: pick(helpKinds),
    languages: some(helpLanguages, 2),
    times: some(slots, 3) as Slot[],
    neighbourhoodId: pick(neighbourhoods),
    neighbourhoodName: "Noordwijk",
    location: rnd() < 0.8 ? point() : null,
  };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { runs: samples.length, median: at(0.5), p95: at(0.95), min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

function measure(runs: number, warmup: number, fn: () => unknown) {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

const volunteers = Array.from({ length: 10_000 }, (_, i) => volunteer(i));
const oneRequest = request(0);
const requests = Array.from({ length: 1_000 }, (_, i) => request(i + 1));

let sink = 0;
const one = measure(50, 5, () => {
  sink += rankVolunteers(oneRequest, volunteers, { now, limit: 5 }).length;
});
// Each of 1,000 different requests opened once, as buurtwerkers go through a city's waiting list.
for (const r of requests.slice(0, 5)) sink += rankVolunteers(r, volunteers, { now, limit: 5 }).length;
const eachSamples = requests.map((r) => {
  const start = performance.now();
  sink += rankVolunteers(r, volunteers, { now, limit: 5 }).length;
  return performance.now() - start;
});
const each = stats(eachSamples);

const rows = [
  { name: "request page: rank 10,000 volunteers, same request", ...one, target: TARGET_ONE_MS },
  { name: "request page: rank 10,000 volunteers, 1,000 requests", ...each, target: TARGET_ONE_MS },
];
const ms = (value: number) => value.toFixed(2).padStart(9);
console.log(`${"case".padEnd(58)} ${"runs".padStart(5)} ${"median ms".padStart(9)} ${"p95 ms".padStart(9)} ${"target".padStart(7)}  ok`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(58)} ${String(row.runs).padStart(5)} ${ms(row.median)} ${ms(row.p95)} ${String(row.target).padStart(7)}  ${row.p95 < row.target ? "yes" : "NO"}`,
  );
}
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/matching.json",
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      volunteers: volunteers.length,
      requests: requests.length,
      results: rows.map((row) => ({ ...row, median: Number(row.median.toFixed(3)), p95: Number(row.p95.toFixed(3)), min: Number(row.min.toFixed(3)), max: Number(row.max.toFixed(3)), withinTarget: row.p95 < row.target })),
    },
    null,
    2,
  ),
);
// Keeps the work from being optimised away.
if (sink < 0) console.log(sink);
