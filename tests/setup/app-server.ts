// Starts the production server (build/server.js, what `npm start` runs) on a port and database of its own,
// for the end-to-end tests and the benchmarks.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { processSettings } from "~/server/process-settings";

export type AppServer = {
  url: string;
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
  /** Sends a signal and resolves when the process has exited: how, and how long it took. */
  kill: (signal: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
};

/**
 * One process unless `env.WEB_CONCURRENCY` asks for a cluster (`npm start` alone would run one worker per core: two
 * servers per test worker on a small machine).
 */
export async function startAppServer({
  port: wanted,
  env,
  nodeArgs = [],
}: {
  port?: number;
  env: Record<string, string>;
  /** More options for node, e.g. `--cpu-prof` for the bench's CPU profile. */
  nodeArgs?: string[];
}): Promise<AppServer> {
  // A port the system says is free: fixed ports per spec collided when two test workers started servers at once, and
  // the health check then reached the other worker's server.
  const port = wanted ?? (await freePort());
  const url = `http://localhost:${port}`;
  let log = "";
  const child = spawn("node", [...processSettings.nodeArgs, "--enable-source-maps", ...nodeArgs, "build/server.js"], {
    // Not a demo unless a test says so (a developer's .env from `npm run setup` has DEMO_MODE=1); one process
    // unless a test asks for more.
    // The memory settings of `npm start` (process-settings.ts).
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), APP_URL: url, DEMO_MODE: "0", WEB_CONCURRENCY: "1", ...processSettings.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const kill = async (signal: NodeJS.Signals) => {
    const started = Date.now();
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return { ...(await exited), ms: Date.now() - started };
  };
  const stop = async () => {
    await kill("SIGTERM");
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`App server exited:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`App server did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid ?? 0, output: () => log, stop, kill };
}

/** A TCP port nothing listens on right now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
