// Writes a migration for the changes in prisma/schema since the last migration, for SQLite and for PostgreSQL:
//   TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5433/postgres npm run db:migration -- add_activities
// Each database gets its own SQL: the committed migrations are applied to a scratch database, which is then
// compared with the data model (prisma/migration-diff.ts). PostgreSQL's needs a server (TEST_POSTGRES_URL).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hasChanges, sqlFromDatabaseToSchema } from "./migration-diff";
import { postgresDatabaseUrl, postgresMigrationsDir, recreatePostgresDatabase, writePostgresSchema } from "./postgresql";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

function writeMigration(env: NodeJS.ProcessEnv, schema: string, migrationsDir: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  const sql = sqlFromDatabaseToSchema(env, schema);
  if (!hasChanges(sql)) return null;
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  return dir;
}

const scratch = path.join("data", "migration-base.db");
mkdirSync("data", { recursive: true });
rmSync(scratch, { force: true });
const sqlite = writeMigration({ ...process.env, DATABASE_URL: `file:./${scratch}` }, "prisma/schema", path.join("prisma", "migrations"));
rmSync(scratch, { force: true });
if (!sqlite) {
  console.log("The schema has no changes since the last migration.");
  process.exit(0);
}
console.log(`Wrote ${sqlite}/migration.sql`);

const server = process.env.TEST_POSTGRES_URL;
if (!server) {
  console.warn("No TEST_POSTGRES_URL: write PostgreSQL's migration too before committing (npm run test:postgres checks it).");
  process.exit(0);
}
await recreatePostgresDatabase(server, "wb_migration_base");
const postgres = writeMigration({ ...process.env, DATABASE_URL: postgresDatabaseUrl(server, "wb_migration_base") }, writePostgresSchema(), postgresMigrationsDir);
console.log(postgres ? `Wrote ${postgres}/migration.sql` : "PostgreSQL's migrations already had these changes.");
