// The primary of `npm start` with WEB_CONCURRENCY above 1: runs that many workers (node:cluster, which shares the port
// between them), starts a new one when one dies (waiting longer after each crash in a row), passes page-cache changes
// between them (and, on PostgreSQL, to and from other machines), and on SIGTERM/SIGINT stops them gracefully.
import cluster, { type Worker } from "node:cluster";
import { randomUUID } from "node:crypto";
import { providerOf } from "~/utils/database-url";
import { busMessages, CONFIRM_MS, isBusMessage, type BusMessage } from "./cache-bus";
import { openPostgresChannel } from "./postgres-channel";
import { processSettings } from "./process-settings";

/** 1 s after a first crash, then 2, 4, 8 ... up to 30 s: a worker that cannot start does not spin the machine. */
export function restartDelay(crashesInARow: number) {
  return Math.min(1_000 * 2 ** Math.max(0, crashesInARow - 1), 30_000);
}

/** A worker that ran this long was healthy: its crash starts the back-off from the beginning. */
export const HEALTHY_AFTER_MS = 60_000;

export function runPrimary({
  workers,
  exec,
  databaseUrl,
  shutdownTimeoutMs,
}: {
  workers: number;
  exec: string;
  databaseUrl: string;
  shutdownTimeoutMs: number;
}) {
  // Workers start small (process-settings.ts) unless the environment or node's own options say otherwise.
  cluster.setupPrimary({ exec, execArgv: [...processSettings.nodeArgs, ...process.execArgv] });
  const live = new Map<Worker, number>();
  const acks = new Map<string, () => void>();
  let crashes = 0;
  let stopping = false;

  const channel =
    providerOf(databaseUrl) === "postgresql" ? openPostgresChannel(databaseUrl, () => tellAll(null)) : null;

  const fork = () => {
    const worker = cluster.fork({ ...processSettings.env, ...pick(process.env, Object.keys(processSettings.env)) });
    live.set(worker, Date.now());
    worker.on("message", (message: unknown) => {
      if (!isBusMessage(message)) return;
      if (message.type === busMessages.changed) void relay(worker, message.id);
      if (message.type === busMessages.cleared) acks.get(`${worker.id}:${message.id}`)?.();
    });
  };

  /** Tells every worker but `from` to forget its pages; resolves when they confirmed (or after CONFIRM_MS). */
  const tellAll = (from: Worker | null, id: string = randomUUID()) => {
    const others = [...live.keys()].filter((worker) => worker !== from && worker.isConnected());
    const confirmed = others.map(
      (worker) =>
        new Promise<void>((resolve) => {
          const key = `${worker.id}:${id}`;
          acks.set(key, () => {
            acks.delete(key);
            resolve();
          });
          send(worker, { type: busMessages.clear, id });
        }),
    );
    return within(Promise.all(confirmed), CONFIRM_MS).finally(() => {
      for (const worker of others) acks.delete(`${worker.id}:${id}`);
    });
  };

  const relay = async (from: Worker, id: string) => {
    await Promise.all([tellAll(from, id), channel ? within(channel.notify(), CONFIRM_MS) : null]);
    send(from, { type: busMessages.relayed, id });
  };

  cluster.on("exit", (worker, code, signal) => {
    const startedAt = live.get(worker) ?? Date.now();
    live.delete(worker);
    if (stopping) {
      if (live.size === 0) void finish();
      return;
    }
    crashes = Date.now() - startedAt > HEALTHY_AFTER_MS ? 1 : crashes + 1;
    const delay = restartDelay(crashes);
    console.error(
      `worker ${worker.process.pid} stopped (${signal ?? `code ${code}`}); a new one starts in ${delay / 1000} s`,
    );
    setTimeout(() => {
      if (!stopping) fork();
    }, delay);
  });

  const finish = async () => {
    await within(channel?.close() ?? Promise.resolve(), 1_000);
    console.log("all workers stopped");
    process.exit(0);
  };

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: stopping ${live.size} workers`);
      for (const worker of live.keys()) worker.process.kill("SIGTERM");
      if (live.size === 0) void finish();
      // Each worker stops within its own bound; one that hangs anyway is not waited for forever.
      setTimeout(() => {
        for (const worker of live.keys()) worker.process.kill("SIGKILL");
      }, shutdownTimeoutMs + 5_000).unref();
    });
  }

  console.log(`Warme Buurt primary ${process.pid}: starting ${workers} workers`);
  for (let i = 0; i < workers; i++) fork();
}

function send(worker: Worker, message: BusMessage) {
  try {
    if (worker.isConnected()) worker.send(message);
  } catch {
    // The worker is going away; it has nothing to forget.
  }
}

function within<T>(promise: Promise<T>, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.then(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
  ]).finally(() => clearTimeout(timer));
}

/** The variables of `names` that are set in `env`. */
function pick(env: NodeJS.ProcessEnv, names: string[]) {
  return Object.fromEntries(names.flatMap((name) => (env[name] === undefined ? [] : [[name, env[name]]])));
}
