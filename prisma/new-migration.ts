// Writes a migration for the changes in prisma/schema since the last migration:
//   npm run db:migration -- add_activities
// `prisma migrate dev` cannot run offline with the JS engine, so: apply the committed migrations to a
// scratch database, read it back as a schema, and let `migrate diff` write the SQL between the two.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(1);
}
const scratch = path.join("data", "migration-base.db");
mkdirSync("data", { recursive: true });
rmSync(scratch, { force: true });
const env = { ...process.env, DATABASE_URL: `file:./${scratch}` };
const prisma = (args: string[]) => execFileSync("npx", ["prisma", ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

prisma(["migrate", "deploy"]);
const base = path.join("data", "migration-base.prisma");
// The CLI prints notices before the schema on stdout: keep what starts at the first schema line.
const pulled = prisma(["db", "pull", "--print"]);
writeFileSync(base, pulled.slice(pulled.search(/^(\/\/ |generator |datasource |model )/m)));
const sql = prisma(["migrate", "diff", "--from-schema-datamodel", base, "--to-schema-datamodel", "prisma/schema", "--script"]);
rmSync(scratch, { force: true });
rmSync(base, { force: true });
if (!/CREATE|ALTER|DROP|INSERT/i.test(sql)) {
  console.log("The schema has no changes since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql`);
