// Starts the production server (build/server.js, what `npm start` runs) on a port and database of its own,
// for the end-to-end tests and the benchmarks.
import { spawn } from "node:child_process";

export type AppServer = { url: string; pid: number; output: () => string; stop: () => Promise<void> };

export async function startAppServer({ port, env }: { port: number; env: Record<string, string> }): Promise<AppServer> {
  const url = `http://localhost:${port}`;
  let log = "";
  const child = spawn("node", ["--enable-source-maps", "build/server.js"], {
    // Not a demo unless a test says so (a developer's .env from `npm run setup` has DEMO_MODE=1).
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), APP_URL: url, DEMO_MODE: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill();
    await exited;
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
  return { url, pid: child.pid ?? 0, output: () => log, stop };
}
