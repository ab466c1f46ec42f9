import { remember } from "@epic-web/remember";
import { PrismaClient, type Prisma } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { providerOf } from "~/utils/database-url";
import { env } from "~/utils/env.server";

/** The database of this process: SQLite unless DATABASE_URL is a postgresql:// address. */
export const databaseProvider = providerOf(env.DATABASE_URL);

/**
 * The only SQLite-specific SQL in the app. WAL lets readers go on while one write is in progress (it is stored in
 * the file, so once is enough). It runs when the client first connects, not when this module is imported: a script
 * that only imports createPrismaClient (a benchmark, the seed) must not open the default database.
 */
class SQLiteInWalMode extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA journal_mode = WAL");
    return adapter;
  }
}

export function createPrismaClient(url: string) {
  const adapter =
    providerOf(url) === "postgresql"
      ? new PrismaPg({ connectionString: url })
      : // timeout = SQLite's busy timeout: a second process waits up to 5 s for the write lock instead of failing.
        new SQLiteInWalMode({ url, timeout: 5_000 }, { timestampFormat: "unixepoch-ms" });
  return new PrismaClient({
    adapter,
    log: env.isProduction ? ["warn", "error"] : [{ level: "query", emit: "event" }, "warn", "error"],
  });
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
 * Connects now (a SQLite client then switches the file to WAL, see SQLiteInWalMode), so a script that is about to
 * copy or measure the file finds it ready. PostgreSQL needs nothing of the kind.
 */
export async function prepareDatabase(client: PrismaClient = prisma) {
  if (databaseProvider === "sqlite") await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

/**
 * A `contains` filter that ignores case on both databases: SQLite's LIKE already does (for ASCII letters),
 * PostgreSQL needs `mode`. (The client generated for SQLite does not know `mode`, hence the cast.)
 */
export function containsIgnoringCase(text: string): Prisma.StringFilter {
  return (databaseProvider === "postgresql" ? { contains: text, mode: "insensitive" } : { contains: text }) as Prisma.StringFilter;
}
