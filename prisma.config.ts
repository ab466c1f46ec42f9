import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { providerOf } from "./app/utils/database-url";
import { migrationPool, postgresMigrationsDir, writePostgresSchema } from "./prisma/postgresql";

// The JS engine with a driver adapter: Prisma downloads no binary, so it works offline.
// DATABASE_URL picks the database: SQLite (file:..., the default) or PostgreSQL (postgresql://...). The client is
// generated for one of them: run `npm run setup` (or `npx prisma generate`) with the URL the app will use.
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
    return postgres ? new PrismaPg(migrationPool(databaseUrl)) : new PrismaBetterSQLite3({ url: databaseUrl });
  },
});
