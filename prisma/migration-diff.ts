// `prisma migrate dev` cannot run offline with the JS engine, so migrations are written by comparing: read back the
// schema that the committed migrations built in a database (`db pull`), and let `migrate diff` write the SQL from
// there to the data model. Used by `npm run db:migration` and by the PostgreSQL drift check.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The SQL that takes the database at env.DATABASE_URL (already migrated) to the data model in `schema`. */
export function sqlFromDatabaseToSchema(env: NodeJS.ProcessEnv, schema: string) {
  const prisma = (args: string[]) => execFileSync("npx", ["prisma", ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const pulled = prisma(["db", "pull", "--print"]);
  const dir = mkdtempSync(path.join(tmpdir(), "wb-migration-"));
  const base = path.join(dir, "base.prisma");
  try {
    // The CLI prints notices before the schema on stdout: keep what starts at the first schema line.
    writeFileSync(base, pulled.slice(pulled.search(/^(\/\/ |generator |datasource |model )/m)));
    return prisma(["migrate", "diff", "--from-schema-datamodel", base, "--to-schema-datamodel", schema, "--script"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function hasChanges(sql: string) {
  return /CREATE|ALTER|DROP|INSERT/i.test(sql);
}
