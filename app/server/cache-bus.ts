// Keeps the page caches of all app processes in step: a change saved through one process empties the cache of every
// other (page-cache.ts's onClear), so no visitor is shown a page from before the change, whichever process serves them.
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { providerOf } from "~/utils/database-url";
import { openPostgresChannel } from "./postgres-channel";

/** Between the workers and the primary of `npm start` (node:cluster IPC). */
export const busMessages = {
  /** worker -> primary: a change was saved here. */
  changed: "wb:page-cache:changed",
  /** primary -> worker: forget your pages; worker -> primary: done. */
  clear: "wb:page-cache:clear",
  cleared: "wb:page-cache:cleared",
  /** primary -> worker: every other worker has forgotten its pages. */
  relayed: "wb:page-cache:relayed",
} as const;

export type BusMessage = { type: (typeof busMessages)[keyof typeof busMessages]; id: string };

export function isBusMessage(value: unknown): value is BusMessage {
  return (
    typeof value === "object" &&
    value !== null &&
    "type" in value &&
    "id" in value &&
    typeof value.id === "string" &&
    (Object.values(busMessages) as unknown[]).includes(value.type)
  );
}

/** How long a change waits for the other workers to confirm: a worker that hangs must not hold up every answer. */
export const CONFIRM_MS = 250;

export type CacheBus = { publish: () => Promise<void>; close: () => Promise<void> };

/**
 * A worker of `npm start` tells the primary, which tells the other workers and, on PostgreSQL, the other machines.
 * A process on its own (WEB_CONCURRENCY=1, `npm run dev`) tells other machines itself, through PostgreSQL; on
 * SQLite (one machine, one process) there is nobody to tell.
 */
export function connectCacheBus({
  databaseUrl,
  onRemoteClear,
}: {
  databaseUrl: string;
  onRemoteClear: () => void;
}): CacheBus {
  if (cluster.isWorker) return workerBus(onRemoteClear);
  if (providerOf(databaseUrl) === "postgresql") {
    const channel = openPostgresChannel(databaseUrl, onRemoteClear);
    return { publish: () => channel.notify(), close: () => channel.close() };
  }
  return { publish: async () => {}, close: async () => {} };
}

function workerBus(onRemoteClear: () => void): CacheBus {
  const waiting = new Map<string, () => void>();
  const onMessage = (message: unknown) => {
    if (!isBusMessage(message)) return;
    if (message.type === busMessages.clear) {
      onRemoteClear();
      send({ type: busMessages.cleared, id: message.id });
    } else if (message.type === busMessages.relayed) {
      waiting.get(message.id)?.();
    }
  };
  process.on("message", onMessage);
  return {
    publish: () =>
      new Promise<void>((resolve) => {
        const id = randomUUID();
        const done = () => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve();
        };
        const timer = setTimeout(done, 2 * CONFIRM_MS);
        waiting.set(id, done);
        if (!send({ type: busMessages.changed, id })) done();
      }),
    close: async () => {
      process.off("message", onMessage);
    },
  };
}

/** False when the primary is gone (the channel closes while the machine shuts down). */
function send(message: BusMessage) {
  if (!process.send || !process.connected) return false;
  try {
    return process.send(message);
  } catch {
    return false;
  }
}
