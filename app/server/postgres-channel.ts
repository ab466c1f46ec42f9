// Several machines on one PostgreSQL database: each machine keeps one connection that LISTENs on a channel and
// NOTIFYs it when a change was saved there, so the other machines empty their page caches within milliseconds
// instead of after PAGE_CACHE_SECONDS.
import { randomUUID } from "node:crypto";
import type pg from "pg";

const CHANNEL = "wb_page_cache";
const RETRY_MS = { first: 1_000, max: 30_000 };

export type PostgresChannel = { notify: () => Promise<void>; close: () => Promise<void> };

export function openPostgresChannel(connectionString: string, onRemoteChange: () => void): PostgresChannel {
  // Our own notices come back to us too: they carry this id and are skipped.
  const self = randomUUID();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client | null> | null = null;
  let closed = false;
  let retryMs = RETRY_MS.first;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = () => {
    connecting ??= (async () => {
      // Loaded here: a server on SQLite never needs pg.
      const { default: postgres } = await import("pg");
      const next = new postgres.Client({ connectionString });
      next.on("notification", (notice) => {
        if (notice.channel === CHANNEL && notice.payload !== self) onRemoteChange();
      });
      next.on("error", (error) => {
        console.error("page cache: the PostgreSQL channel failed", error.message);
        lost(next);
      });
      next.on("end", () => lost(next));
      try {
        await next.connect();
        await next.query(`LISTEN ${CHANNEL}`);
        if (closed) {
          await next.end();
          return null;
        }
        client = next;
        retryMs = RETRY_MS.first;
        // Changes saved elsewhere while we were not listening went unheard: forget what is stored.
        onRemoteChange();
        return next;
      } catch (error) {
        console.error(
          "page cache: cannot listen on PostgreSQL",
          error instanceof Error ? error.message : error,
        );
        await next.end().catch(() => undefined);
        retryLater();
        return null;
      } finally {
        connecting = null;
      }
    })();
    return connecting;
  };

  const lost = (which: pg.Client) => {
    if (client !== which) return;
    client = null;
    retryLater();
  };

  const retryLater = () => {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, RETRY_MS.max);
  };

  void connect();
  return {
    async notify() {
      const target = client ?? (await connect());
      if (!target) return;
      try {
        await target.query("SELECT pg_notify($1, $2)", [CHANNEL, self]);
      } catch (error) {
        console.error(
          "page cache: could not notify the other machines",
          error instanceof Error ? error.message : error,
        );
      }
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await connecting;
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
