import { remember } from "@epic-web/remember";
import { Prisma, PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import {
  ColumnTypeEnum,
  type ArgType,
  type ColumnType,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import type * as PostgresAdapter from "@prisma/adapter-pg";
import { BoundedMap } from "~/utils/bounded-map";
import { providerOf, type DatabaseProvider } from "~/utils/database-url";
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
  const factory =
    providerOf(url) === "postgresql"
      ? postgresAdapter(url)
      : // timeout = SQLite's busy timeout: a second process waits up to 5 s for the write lock instead of failing.
        new AppSQLite({ url, timeout: 5_000 }, { timestampFormat: "unixepoch-ms" });
  const connection: OpenConnection = { adapter: null, provider: providerOf(url) };
  const client = new PrismaClient({
    adapter: keepingConnection(factory, connection),
    log: env.isProduction ? ["warn", "error"] : [{ level: "query", emit: "event" }, "warn", "error"],
  });
  connections.set(client, connection);
  return client;
}

/** The connection a client opened (its driver adapter), for readRows; null before it connects and once it closed. */
type OpenConnection = { adapter: SqlDriverAdapter | null; provider: DatabaseProvider };
// Kept with the client (remember): a module evaluated again in the same process must still find its connection.
const connections = remember("prisma-connections", () => new WeakMap<PrismaClient, OpenConnection>());

function keepingConnection(factory: SqlDriverAdapterFactory, connection: OpenConnection): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      connection.adapter = adapter;
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = () => {
        if (connection.adapter === adapter) connection.adapter = null;
        return dispose();
      };
      return adapter;
    },
  };
}

/**
 * Rows of a read written in SQL, as a tagged template like $queryRaw (each value bound, never pasted in), run on the
 * app client's own connection past its query engine: the client spends ~0.12 ms of CPU on each raw query before and
 * after the database's own work (its query interpreter), which for a signed-in page's five reads was a sixth of the
 * page. The values come back as $queryRaw gives them, except that whole numbers (counts too) are plain numbers, never
 * bigint. For the reads every signed-in page makes; writes, and reads inside a transaction, go through the client.
 */
export async function readRows<Row>(strings: TemplateStringsArray, ...values: Prisma.Sql["values"]): Promise<Row[]> {
  const query = Prisma.sql(strings, ...values);
  const connection = connections.get(prisma);
  if (!connection) throw new Error("readRows: the app's client was not made by createPrismaClient");
  if (!connection.adapter) await prisma.$connect();
  const adapter = connection.adapter as SqlDriverAdapter | null;
  if (!adapter) throw new Error("readRows: the client did not open its connection");
  const started = env.isProduction ? 0 : performance.now();
  const result = await adapter.queryRaw({
    // ? placeholders for SQLite, $1 for PostgreSQL, as the client itself sends them.
    sql: connection.provider === "postgresql" ? query.text : query.sql,
    args: query.values,
    argTypes: query.values.map(argTypeOf),
  });
  if (!env.isProduction) warnIfSlow(performance.now() - started, query.sql);
  const { columnNames, columnTypes } = result;
  return result.rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) row[columnNames[i]!] = valueOf(values[i], columnTypes[i]!, columnNames[i]!);
    return row as Row;
  });
}

function argTypeOf(value: unknown): ArgType {
  const scalarType =
    value instanceof Date
      ? "datetime"
      : typeof value === "string"
        ? "string"
        : typeof value === "number"
          ? Number.isInteger(value) ? "int" : "float"
          : typeof value === "bigint"
            ? "bigint"
            : typeof value === "boolean"
              ? "boolean"
              : "unknown";
  return { scalarType, arity: "scalar" };
}

/** A value as the adapter hands it (SQLite's whole numbers and dates arrive as text) in the type its column has. */
function valueOf(value: unknown, type: ColumnType, column: string): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case ColumnTypeEnum.Int32:
    case ColumnTypeEnum.Int64:
    case ColumnTypeEnum.Float:
    case ColumnTypeEnum.Double:
    case ColumnTypeEnum.Numeric:
    case ColumnTypeEnum.UnknownNumber:
      return Number(value);
    case ColumnTypeEnum.Boolean:
      // PostgreSQL gives a boolean, SQLite 1 or 0.
      return typeof value === "boolean" ? value : Number(value) !== 0;
    case ColumnTypeEnum.DateTime:
    case ColumnTypeEnum.Date:
      return new Date(value as string);
    case ColumnTypeEnum.Text:
    case ColumnTypeEnum.Character:
    case ColumnTypeEnum.Enum:
    case ColumnTypeEnum.Uuid:
      return value;
    default:
      // Json, bytes, lists: no read of the app asks for them here; say so rather than hand back something unconverted.
      throw new Error(`readRows: column "${column}" has a type it does not read (${type})`);
  }
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
  // The app's queries are a few hundred texts; the bound keeps a script of ever-new texts from growing it.
  const statements = new BoundedMap<string, Prepared>(2_000);
  return (source: string) => {
    const once = statements.remember(source, () => ({ statement: prepare(source), columns: null }));
    const { statement } = once;
    return {
      reader: statement.reader,
      run: () => statement.run(),
      bind: (args: unknown[]) => ({
        reader: statement.reader,
        run: () => statement.run(args),
        // A statement's columns are those of its text: asked once (better-sqlite3 builds them anew on each call).
        // Every text names its columns; only a migration retyping one under a running process could make this
        // stale, and migrations run before the app starts.
        columns: () => (once.columns ??= statement.columns()),
        raw: () => ({ all: () => statement.raw(true).all(args) }),
      }),
    };
  };
}

type Prepared = { statement: Statement; columns: BetterSqlite3.ColumnDefinition[] | null };

function isStatementPreparer(value: unknown): value is StatementPreparer {
  return typeof value === "object" && value !== null && "prepare" in value && typeof value.prepare === "function";
}

/** The one Prisma client of this process. */
export const prisma = remember("prisma", () => {
  const client = createPrismaClient(env.DATABASE_URL);
  if (!env.isProduction) {
    client.$on("query" as never, (event: { duration: number; query: string }) => warnIfSlow(event.duration, event.query));
  }
  return client;
});

/** In development: 20 ms is already a lot for SQLite on a local disk, so show what needs an index. */
function warnIfSlow(durationMs: number, sql: string) {
  if (durationMs > 20) console.warn(`slow query (${Math.round(durationMs)} ms): ${sql}`);
}

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
