// A migrated (and optionally seeded) SQLite file that each test worker copies: fast and isolated.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export const tmpDir = path.resolve("tests/.tmp");
export const templatePath = path.join(tmpDir, "template.db");

export function buildTemplateDatabase({ seed }: { seed: boolean }) {
  mkdirSync(tmpDir, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${templatePath}${suffix}`, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:${templatePath}` };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  if (seed) execFileSync("node", ["--import", "tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
}

/** A private copy of the template for one worker. */
export function copyTemplateDatabase(name: string) {
  if (!existsSync(templatePath)) throw new Error("Template database missing: the global setup did not run");
  const target = path.join(tmpDir, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(templatePath, target);
  return target;
}
