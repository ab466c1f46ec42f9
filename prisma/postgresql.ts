// PostgreSQL support for the Prisma CLI (prisma.config.ts). The data model has one source, prisma/schema/*.prisma,
// written for SQLite; the PostgreSQL copy differs only in its datasource and is written on the fly.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
const sourceSchemaDir = path.join(root, "prisma", "schema");
/** Git-ignored: always rewritten from prisma/schema. */
export const postgresSchemaDir = path.join(root, "prisma", "postgresql", "schema");
/** Committed: PostgreSQL's own SQL, written by `npm run db:migration` next to SQLite's. */
export const postgresMigrationsDir = path.join(root, "prisma", "postgresql", "migrations");

/** Copies prisma/schema with the PostgreSQL datasource; returns the folder to give Prisma. */
export function writePostgresSchema() {
  rmSync(postgresSchemaDir, { recursive: true, force: true });
  mkdirSync(postgresSchemaDir, { recursive: true });
  for (const file of readdirSync(sourceSchemaDir).filter((name) => name.endsWith(".prisma"))) {
    const text = readFileSync(path.join(sourceSchemaDir, file), "utf8");
    const converted = text.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
    writeFileSync(path.join(postgresSchemaDir, file), converted);
  }
  return postgresSchemaDir;
}

/**
 * A pool for the CLI's migrations. Prisma's migration queries read Postgres catalog columns of the internal types
 * `name` (OID 19) and `char` (OID 18), which @prisma/adapter-pg 6.19 refuses to map (prisma/orm#27403), so
 * `migrate deploy` would fail. Both are plain text to the reader: this pool reports them as `text` (OID 25).
 * Only the CLI uses it; the app's own queries never read those types.
 */
export function migrationPool(connectionString: string) {
  const pool = new pg.Pool({ connectionString });
  // The adapter sends every query through the pool's own query(), which answers with a promise.
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    const result = query(...args);
    return result instanceof Promise ? result.then(asTextColumns) : result;
  }) as typeof pool.query;
  return pool;
}

const catalogTextTypes = new Set([18, 19]);
function asTextColumns<T>(result: T): T {
  for (const field of (result as { fields?: { dataTypeID: number }[] }).fields ?? []) {
    if (catalogTextTypes.has(field.dataTypeID)) field.dataTypeID = 25;
  }
  return result;
}

/** The same server and credentials as `serverUrl`, another database. */
export function postgresDatabaseUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `work` with one connection to the server at `serverUrl`, closed afterwards. */
export async function withPostgresServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops `database` (closing its connections) and creates it again, empty or as a copy of `template`. */
export async function recreatePostgresDatabase(serverUrl: string, database: string, { template }: { template?: string } = {}) {
  await withPostgresServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"${template ? ` TEMPLATE "${template}"` : ""}`);
  });
}
