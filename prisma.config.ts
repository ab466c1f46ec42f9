import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { providerOf } from "./app/utils/database-url";
import { migrationPool, postgresMigrationsDir, writePostgresSchema } from "./prisma/postgresql";

// The JS engine with a driver adapter: Prisma downloads no binary, so it works offline.
// DATABASE_URL picks the database: SQLite (file:..., the default) or PostgreSQL (postgresql://...). The client is
// generated for one of them: run `npm run setup` (or `npx prisma generate`) with the URL the app will use.
// Prisma skips .env when it has a config file: read the app's own (README, Production), so `npx prisma migrate deploy`
// works on the same database as `npm start`. Variables already set win.
if (existsSync(".env")) process.loadEnvFile(".env");
const databaseUrl = process.env.DATABASE_URL ?? "file:./data/dev.db";
const postgres = providerOf(databaseUrl) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? writePostgresSchema() : path.join("prisma", "schema"),
  migrations: {
    path: postgres ? postgresMigrationsDir : path.join("prisma", "migrations"),
    seed: "node --import tsx prisma/seed.ts",
  },
  async adapter() {
    if (postgres) return new PrismaPg(migrationPool(databaseUrl));
    // SQLite makes the file but not its folder: on a fresh clone ./data does not exist yet.
    mkdirSync(path.dirname(databaseUrl.replace(/^file:/, "")), { recursive: true });
    return new PrismaBetterSQLite3({ url: databaseUrl });
  },
});
