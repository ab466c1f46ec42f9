// Test databases on a PostgreSQL server (npm run test:postgres): one migrated template, one copy per test worker.
// TEST_POSTGRES_URL is an address with the right to create databases, e.g. postgresql://postgres@127.0.0.1:5433/postgres
import { execFileSync } from "node:child_process";
import pg from "pg";
import { postgresDatabaseUrl, recreatePostgresDatabase } from "#prisma/postgresql";

export const postgresTemplate = "wb_test_template";

export function postgresServerUrl() {
  return process.env.TEST_POSTGRES_URL;
}

/** Drops the test databases earlier runs left, then creates and migrates (and maybe seeds) the template. */
export async function buildPostgresTemplate(serverUrl: string, { seed }: { seed: boolean }) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'wb\\_test\\_%'");
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await recreatePostgresDatabase(serverUrl, postgresTemplate);
  const env = { ...process.env, DATABASE_URL: postgresDatabaseUrl(serverUrl, postgresTemplate) };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  if (seed) execFileSync("node", ["--import", "tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
  return env.DATABASE_URL;
}

/** A private copy of the template for one worker; returns its address. */
export async function copyPostgresTemplate(serverUrl: string, name: string) {
  const database = `wb_test_${name.replace(/\W/g, "_")}`;
  await recreatePostgresDatabase(serverUrl, database, { template: postgresTemplate });
  return postgresDatabaseUrl(serverUrl, database);
}
