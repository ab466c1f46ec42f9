// Test databases on a PostgreSQL server (npm run test:postgres): one migrated template, one copy per test worker.
// TEST_POSTGRES_URL is an address with the right to create databases, e.g. postgresql://postgres@127.0.0.1:5433/postgres
import { postgresDatabaseUrl, recreatePostgresDatabase, withPostgresServer } from "#prisma/postgresql";

const postgresTemplate = "wb_test_template";

export function postgresServerUrl() {
  return process.env.TEST_POSTGRES_URL;
}

export function postgresTemplateUrl(serverUrl: string) {
  return postgresDatabaseUrl(serverUrl, postgresTemplate);
}

/** Drops the test databases earlier runs left, and creates the template again, empty. */
export async function emptyPostgresTemplate(serverUrl: string) {
  await withPostgresServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'wb\\_test\\_%'");
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
  });
  await recreatePostgresDatabase(serverUrl, postgresTemplate);
}

/** A private copy of the template for one worker; returns its address. */
export async function copyPostgresTemplate(serverUrl: string, name: string) {
  const database = `wb_test_${name.replace(/\W/g, "_")}`;
  await recreatePostgresDatabase(serverUrl, database, { template: postgresTemplate });
  return postgresDatabaseUrl(serverUrl, database);
}
