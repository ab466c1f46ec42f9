// npm run bench: runs every bench/*.bench.ts in turn (each prints its table and writes
// bench/results/<name>.json). Benchmarks are scripts, never tests: timings depend on the machine.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";

const only = process.argv[2];
const files = readdirSync("bench")
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => !only || file.includes(only))
  .sort();
if (files.length === 0) {
  console.error("No benchmarks found in bench/*.bench.ts");
  process.exit(1);
}
mkdirSync("bench/results", { recursive: true });
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  execFileSync("node", ["--import", "tsx", `bench/${file}`], { stdio: "inherit" });
}
