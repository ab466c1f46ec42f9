// npm run test:postgres — on PostgreSQL: the integration tests (everything that touches the database: data access,
// access rules, concurrency, the outbox), the end-to-end journeys tagged @postgres, a type check against the client
// generated for PostgreSQL, and a check that prisma/postgresql/migrations build exactly the data model. On the server
// at TEST_POSTGRES_URL (see tests/setup/postgres.ts), or else on a throwaway one from the local binaries.
// The Prisma client is generated for one database at a time: this puts the SQLite one back at the end.
import { execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { hasChanges, sqlFromDatabaseToSchema } from "#prisma/migration-diff";
import { postgresServerUrl } from "./postgres";
import { buildTemplateDatabase, templateDatabaseUrl } from "./template-db";
import { startThrowawayPostgres } from "./throwaway-postgres";

// Set before anything reads it: the test processes started below inherit it.
const throwaway = postgresServerUrl() ? null : await startThrowawayPostgres();
if (throwaway) process.env.TEST_POSTGRES_URL = throwaway.url;
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
  throwaway?.stop();
}
