// npm run test:postgres — on PostgreSQL: the integration tests (everything that touches the database: data access,
// access rules, concurrency, the outbox), the end-to-end journeys tagged @postgres, a type check against the client
// generated for PostgreSQL, and a check that prisma/postgresql/migrations build exactly the data model. Needs TEST_POSTGRES_URL (see tests/setup/postgres.ts); .ci/run starts a throwaway server for it.
// The Prisma client is generated for one database at a time: this puts the SQLite one back at the end.
import { execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { hasChanges, sqlFromDatabaseToSchema } from "#prisma/migration-diff";
import { postgresServerUrl } from "./postgres";
import { buildTemplateDatabase, templateDatabaseUrl } from "./template-db";

const serverUrl = postgresServerUrl();
if (!serverUrl) {
  console.error(
    "Set TEST_POSTGRES_URL to a PostgreSQL server where tests may create databases, e.g.\n" +
      "  TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5433/postgres npm run test:postgres",
  );
  process.exit(1);
}
const run = (command: string, args: string[], options: ExecFileSyncOptions = {}) => execFileSync(command, args, { stdio: "inherit", ...options });
const postgresEnv = { ...process.env, DATABASE_URL: templateDatabaseUrl() };

try {
  run("npx", ["prisma", "generate"], { env: postgresEnv, stdio: "ignore" });
  run("npx", ["tsc", "--noEmit"]);
  // The unit tests in app/ are pure TypeScript: they run the same on both databases, so only once (npm test).
  run("npx", ["vitest", "run", "--config", "tests/vitest.config.ts", "tests/integration"]);
  // A few journeys in Chromium against the production build (npm test built it) on PostgreSQL.
  run("npx", ["playwright", "test", "--config", "tests/playwright.config.ts", "--grep", "@postgres"]);

  const templateUrl = await buildTemplateDatabase({ seed: false });
  const missing = sqlFromDatabaseToSchema({ ...process.env, DATABASE_URL: templateUrl }, "prisma/postgresql/schema");
  if (hasChanges(missing)) {
    console.error(`prisma/postgresql/migrations do not build the data model; missing:\n${missing}`);
    console.error("Write the migration with TEST_POSTGRES_URL set: npm run db:migration -- <name>");
    process.exitCode = 1;
  } else {
    console.log("PostgreSQL: the committed migrations build exactly the data model.");
  }
} finally {
  const { DATABASE_URL: _postgres, ...sqliteEnv } = process.env;
  run("npx", ["prisma", "generate"], { env: sqliteEnv, stdio: "ignore" });
}
