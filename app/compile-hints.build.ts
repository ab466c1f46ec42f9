// Part of `npm run build` (after `remix build`, before the service worker's precache list is made): marks every
// JavaScript file of the client build with V8's explicit compile hint.
//
// esbuild wraps each CommonJS package (react, react-dom, scheduler...) in a function that V8 only pre-parses while the
// file downloads; the first call then compiled react-dom on the main thread, inside the one long task that evaluates
// the page's modules (~14 ms unthrottled, ~60 ms on a 4x slower phone). With the hint, Chromium compiles every function
// of the file on a background thread while it streams in. Other browsers read a comment. Measured in issue 6's notes.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const compileHint = "//# allFunctionsCalledOnLoad\n";

/** Adds the hint to one file's code, and moves its source map one line down to match. Running it twice is harmless. */
export function withCompileHint(code: string, sourceMap?: string): { code: string; sourceMap?: string } {
  if (code.startsWith(compileHint)) return { code, sourceMap };
  if (sourceMap === undefined) return { code: compileHint + code };
  const map = JSON.parse(sourceMap) as { mappings: string };
  // In a source map, each ";" starts the next generated line: one more in front shifts every mapping one line down.
  return { code: compileHint + code, sourceMap: JSON.stringify({ ...map, mappings: `;${map.mappings}` }) };
}

function addCompileHints(directory: string) {
  let count = 0;
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const mapFile = `${file}.map`;
    let sourceMap: string | undefined;
    try {
      sourceMap = readFileSync(mapFile, "utf8");
    } catch {
      // no source map: a build without --sourcemap
    }
    const code = readFileSync(file, "utf8");
    const hinted = withCompileHint(code, sourceMap);
    if (hinted.code === code) continue;
    writeFileSync(file, hinted.code);
    if (hinted.sourceMap !== undefined) writeFileSync(mapFile, hinted.sourceMap);
    count++;
  }
  return count;
}

if (process.argv[1] === import.meta.filename) {
  const count = addCompileHints(path.resolve(import.meta.dirname, "..", "public", "build"));
  console.log(`compile hints: ${count} files of public/build marked for eager compilation`);
}
