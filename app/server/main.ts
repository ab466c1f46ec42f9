// What `npm start` runs (bundled to build/server.js). WEB_CONCURRENCY (default: one per core) above 1: a primary that
// runs that many workers, each the HTTP server of build/app-server.js (index.ts); 1: that server, in this process.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { env } from "~/utils/env.server";
import { runPrimary } from "./cluster";

const workers = env.WEB_CONCURRENCY ?? availableParallelism();
const appServer = new URL("./app-server.js", import.meta.url);

if (workers > 1) {
  runPrimary({
    workers,
    exec: fileURLToPath(appServer),
    databaseUrl: env.DATABASE_URL,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
  });
} else {
  await import(appServer.href);
}
