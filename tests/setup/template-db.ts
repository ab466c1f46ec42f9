// Test databases: a migrated (and optionally seeded) template, and a private copy of it per test worker. SQLite files
// by default; databases on a PostgreSQL server when TEST_POSTGRES_URL is set (npm run test:postgres).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { copyPostgresTemplate, emptyPostgresTemplate, postgresServerUrl, postgresTemplateUrl } from "./postgres";

const tmpDir = path.resolve(import.meta.dirname, "..", ".tmp");
const templatePath = path.join(tmpDir, "template.db");

/** Where the template lives: the test process's own Prisma client points there too. */
export function templateDatabaseUrl() {
  const postgres = postgresServerUrl();
  return postgres ? postgresTemplateUrl(postgres) : `file:${templatePath}`;
}

/** Builds the template afresh; returns its DATABASE_URL. */
export async function buildTemplateDatabase({ seed }: { seed: boolean }) {
  const postgres = postgresServerUrl();
  if (postgres) {
    await emptyPostgresTemplate(postgres);
  } else {
    mkdirSync(tmpDir, { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${templatePath}${suffix}`, { force: true });
  }
  const env = { ...process.env, DATABASE_URL: templateDatabaseUrl() };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  if (seed) execFileSync("node", ["--import", "tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
  return env.DATABASE_URL;
}

/** A private copy of the template for one worker; returns its DATABASE_URL. */
export async function copyTemplateDatabase(name: string) {
  const postgres = postgresServerUrl();
  if (postgres) return copyPostgresTemplate(postgres, name);
  if (!existsSync(templatePath)) throw new Error("Template database missing: the global setup did not run");
  const target = path.join(tmpDir, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(templatePath, target);
  return `file:${target}`;
}
