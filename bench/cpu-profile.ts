// The functions a V8 CPU profile (node --cpu-prof) spent most time in themselves, summed over the whole run: where a
// page's CPU goes. Grouped by function and file, so the same function called from many places counts once.
import { readFileSync } from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

export function topFunctions(file: string, count = 5) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!node) return;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    // Idle and garbage collection are V8's own entries; keep them, they say where time went too.
    const where = url ? `${url.replace(/^.*\/node_modules\//, "").replace(/^file:\/\/.*\/build\//, "build/")}:${lineNumber + 1}` : "";
    const key = `${functionName || "(anonymous)"} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + micros);
  });
  const busy = total - (self.get("(idle)") ?? 0);
  return [...self.entries()]
    .filter(([key]) => key !== "(idle)")
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([fn, micros]) => ({ function: fn, "self ms": Math.round(micros / 1000), "% of busy": Math.round((1000 * micros) / busy) / 10 }));
}
