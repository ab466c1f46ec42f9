// npm run restore -- <backup file>: checks the backup (integrity, same migrations as this code), then puts it in
// place of the database at DATABASE_URL. The app must be stopped; the replaced database is kept, renamed.
// npm run restore -- --check <backup file> only checks it. PostgreSQL: pg_restore instead (README, Backups).
import { existsSync } from "node:fs";
import { z } from "zod";
import { BackupError, checkDatabaseFile, restoreSqlite, sqliteFileOf } from "./sqlite-backup";

if (existsSync(".env")) process.loadEnvFile(".env");
const env = z.object({ DATABASE_URL: z.string().default("file:./data/dev.db") }).parse(process.env);

const args = process.argv.slice(2);
const checkOnly = args.includes("--check");
const files = args.filter((arg) => arg !== "--check");
if (files.length !== 1 || files[0]?.startsWith("-")) {
  console.error("Usage: npm run restore -- [--check] <backup file>");
  process.exit(1);
}
const backup = files[0] ?? "";

try {
  if (checkOnly) {
    const checked = checkDatabaseFile(backup);
    console.log(`${backup} is sound: integrity ok, ${checked.migrations} migrations up to ${checked.lastMigration}, as this code expects.`);
  } else {
    const restored = restoreSqlite({ backup, target: sqliteFileOf(env.DATABASE_URL) });
    console.log(`Restored ${backup} into ${restored.target} (integrity ok, ${restored.migrations} migrations up to ${restored.lastMigration}).`);
    if (restored.previous) console.log(`The database it replaced is kept as ${restored.previous}.`);
    console.log("Start the app again (npm start, or systemctl start warme-buurt).");
  }
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Restore refused: ${error.message}`);
  process.exit(1);
}
