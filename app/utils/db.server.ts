import { remember } from "@epic-web/remember";
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "~/utils/env.server";

export function createPrismaClient(url: string) {
  const client = new PrismaClient({
    // timeout = SQLite's busy timeout: a second process waits up to 5 s for the write lock instead of failing.
    adapter: new PrismaBetterSQLite3({ url, timeout: 5_000 }, { timestampFormat: "unixepoch-ms" }),
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
  void prepareDatabase(client).catch((error: unknown) => console.error("could not prepare the database", error));
  return client;
});

/**
 * The only SQLite-specific SQL in the app. WAL lets readers go on while one write is in progress
 * (it is stored in the file, so once is enough); better-sqlite3 already enforces foreign keys.
 */
export async function prepareDatabase(client: PrismaClient = prisma) {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}
