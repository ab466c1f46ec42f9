import { remember } from "@epic-web/remember";
import { PrismaClient, type Prisma } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import type * as PostgresAdapter from "@prisma/adapter-pg";
import { providerOf } from "~/utils/database-url";
import { env } from "~/utils/env.server";

/** The database of this process: SQLite unless DATABASE_URL is a postgresql:// address. */
export const databaseProvider = providerOf(env.DATABASE_URL);

// The PostgreSQL adapter (with pg, some 16 MB per process) is loaded only by a process that uses it.
const require = createRequire(import.meta.url);
function postgresAdapter(connectionString: string) {
  const { PrismaPg } = require("@prisma/adapter-pg") as typeof PostgresAdapter;
  return new PrismaPg({ connectionString });
}

export function createPrismaClient(url: string) {
  const adapter =
    providerOf(url) === "postgresql"
      ? postgresAdapter(url)
      : // timeout = SQLite's busy timeout: a second process waits up to 5 s for the write lock instead of failing.
        new AppSQLite({ url, timeout: 5_000 }, { timestampFormat: "unixepoch-ms" });
  return new PrismaClient({
    adapter,
    log: env.isProduction ? ["warn", "error"] : [{ level: "query", emit: "event" }, "warn", "error"],
  });
}

/**
 * The app's SQLite connection, set up when it opens (not when this module is imported: a script that only imports
 * createPrismaClient, such as a benchmark or the seed, must not open the default database):
 * - WAL, the only SQLite-specific SQL in the app: readers go on while one write is in progress (it is stored in the
 *   file, so once is enough).
 * - Transactions that take the write lock when they begin (BEGIN IMMEDIATE). With several processes on one
 *   file (app workers, the test process, a backup), a transaction that reads first and writes later otherwise finds
 *   its snapshot outdated when another process wrote in between, and fails at once with SQLITE_BUSY_SNAPSHOT instead
 *   of waiting its turn: 16 of 200 simultaneous sign-ups answered 500 that way. The adapter (6.19.3) opens every
 *   transaction with a plain BEGIN on its better-sqlite3 connection; this makes that one statement IMMEDIATE.
 */
class AppSQLite extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA journal_mode = WAL");
    const connection: unknown = "client" in adapter ? adapter.client : null;
    if (!isStatementPreparer(connection)) throw new Error("The SQLite adapter changed: its connection is not where it was");
    const prepare = connection.prepare.bind(connection) as (source: string) => Statement;
    connection.prepare = preparedOnce((source) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source));
    return adapter;
  }
}

type StatementPreparer = { prepare: (source: string) => unknown };
type Statement = BetterSqlite3.Statement<unknown[]>;

/**
 * Each SQL text is prepared once per connection and reused (SQLite parsing and planning it again for every query was
 * 3 % of a signed-in page's CPU). The adapter binds the values to the statement it gets (`prepare(sql).bind(args)`),
 * which better-sqlite3 allows once per statement: it gets a fresh object each time that passes the values along with
 * each call instead. These are all the adapter (6.19.3) calls; an upgrade that calls more fails every test at once.
 */
function preparedOnce(prepare: (source: string) => Statement) {
  const statements = new Map<string, Statement>();
  return (source: string) => {
    let statement = statements.get(source);
    if (!statement) {
      statement = prepare(source);
      // The app's queries are a few hundred texts; the bound keeps a script of ever-new texts from growing it.
      if (statements.size >= 2_000) statements.clear();
      statements.set(source, statement);
    }
    const once = statement;
    return {
      reader: once.reader,
      run: () => once.run(),
      bind: (args: unknown[]) => ({
        reader: once.reader,
        run: () => once.run(args),
        columns: () => once.columns(),
        raw: () => ({ all: () => once.raw(true).all(args) }),
      }),
    };
  };
}

function isStatementPreparer(value: unknown): value is StatementPreparer {
  return typeof value === "object" && value !== null && "prepare" in value && typeof value.prepare === "function";
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

/** Graceful shutdown: the last thing a stopping process does with its database. */
export async function closeDatabase() {
  await prisma.$disconnect();
}

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
