// Graceful stop on SIGTERM (a deploy, systemd, the cluster primary) and SIGINT (Ctrl+C): no new connections, the
// requests in progress and the mail being sent are finished (up to SHUTDOWN_TIMEOUT_SECONDS), claims not used are
// given back, the database is closed. A restarted process carries on with whatever is still queued.
import type { Server } from "node:http";

/** What the app (the Remix build's entry module, app/entry.server.tsx) lets the server stop. */
export type AppLifecycle = {
  stopBackgroundWork: (timeoutMs: number) => Promise<{ unfinishedMails: number }>;
  closeDatabase: () => Promise<void>;
};

export function lifecycleOf(entry: object): AppLifecycle {
  if (!("stopBackgroundWork" in entry) || typeof entry.stopBackgroundWork !== "function")
    throw new Error("the server build exports no stopBackgroundWork");
  if (!("closeDatabase" in entry) || typeof entry.closeDatabase !== "function")
    throw new Error("the server build exports no closeDatabase");
  const { stopBackgroundWork, closeDatabase } = entry;
  return {
    stopBackgroundWork: async (timeoutMs) => {
      const result: unknown = await stopBackgroundWork(timeoutMs);
      const unfinished =
        typeof result === "object" && result !== null && "unfinishedMails" in result
          ? Number(result.unfinishedMails)
          : 0;
      return { unfinishedMails: unfinished };
    },
    closeDatabase: async () => {
      await closeDatabase();
    },
  };
}

export function installGracefulShutdown({
  server,
  app,
  timeoutMs,
  closeOthers = async () => {},
}: {
  server: Server;
  app: AppLifecycle;
  timeoutMs: number;
  /** Anything else to close before the database (the cache bus). */
  closeOthers?: () => Promise<void>;
}) {
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      // Ctrl+C reaches the workers directly and through the primary: the second signal changes nothing.
      if (stopping) return;
      stopping = true;
      shutdown({ server, app, timeoutMs, closeOthers, signal })
        .catch((error: unknown) => console.error("shutdown failed", error))
        .finally(() => process.exit(0));
    });
  }
}

async function shutdown({
  server,
  app,
  timeoutMs,
  closeOthers,
  signal,
}: {
  server: Server;
  app: AppLifecycle;
  timeoutMs: number;
  closeOthers: () => Promise<void>;
  signal: string;
}) {
  const started = Date.now();
  console.log(
    `${signal}: stopping within ${timeoutMs / 1000} s (pid ${process.pid}): finishing requests and the mail being sent`,
  );
  let requestsDone = false;
  const requests = new Promise<void>((resolve) => server.close(() => resolve())).then(
    () => (requestsDone = true),
  );
  // A kept-alive connection that goes quiet is closed at once; one that is busy when its answer is sent.
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const [work] = await Promise.all([
    app.stopBackgroundWork(timeoutMs).catch((error: unknown) => {
      console.error("could not stop the background work cleanly", error);
      return { unfinishedMails: 0 };
    }),
    Promise.race([requests, sleep(timeoutMs)]),
  ]);
  clearInterval(idle);
  if (!requestsDone) {
    console.warn("requests still running after the shutdown bound: their connections are closed");
    server.closeAllConnections();
  }
  await Promise.race([closeOthers(), sleep(1_000)]).catch(() => undefined);
  await Promise.race([app.closeDatabase(), sleep(2_000)]).catch(() => undefined);
  const unfinished =
    work.unfinishedMails > 0
      ? `; ${work.unfinishedMails} mail(s) still being sent keep their claim until the lease runs out`
      : "";
  console.log(`stopped after ${Date.now() - started} ms${unfinished}`);
}

function sleep(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
}
