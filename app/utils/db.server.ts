import { remember } from "@epic-web/remember";
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "~/utils/env.server";

export function createPrismaClient(url: string) {
  const client = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url }, { timestampFormat: "unixepoch-ms" }),
    log: env.isProduction ? ["warn", "error"] : [{ level: "query", emit: "event" }, "warn", "error"],
  });
  return client;
}

/** The one Prisma client of this process. */
export const prisma = remember("prisma", () => {
  const client = createPrismaClient(env.DATABASE_URL);
  if (!env.isProduction) {
    client.$on("query" as never, (event: { duration: number; query: string }) => {
      // 20 ms is already a lot for SQLite on a local disk: show what needs an index.
      if (event.duration > 20) console.warn(`slow query (${event.duration} ms): ${event.query}`);
    });
  }
  return client;
});

/**
 * The only SQLite-specific SQL in the app. WAL lets readers go on while one write is in progress;
 * the busy timeout makes a second process wait up to 5 s for a write lock instead of failing.
 */
export async function prepareDatabase(client: PrismaClient = prisma) {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}
