// npm run backup: a consistent, checked copy of the live SQLite database in BACKUP_DIR, named by date, keeping the
// newest BACKUP_KEEP. Safe from cron while the app serves (README, Backups). PostgreSQL: pg_dump instead.
import { existsSync } from "node:fs";
import { z } from "zod";
import { BackupError, backupSqlite, sqliteFileOf } from "./sqlite-backup";

// The same .env as the app (npm run setup writes it), so cron needs no settings of its own.
if (existsSync(".env")) process.loadEnvFile(".env");
const parsed = z
  .object({
    DATABASE_URL: z.string().default("file:./data/dev.db"),
    BACKUP_DIR: z.string().min(1).default("backups"),
    // Two weeks of nightly backups.
    BACKUP_KEEP: z.coerce.number({ invalid_type_error: "a number" }).int().min(1, "at least 1").default(14),
  })
  .safeParse(process.env);
if (!parsed.success) {
  console.error(`Invalid environment: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join(", ")}`);
  process.exit(1);
}
const env = parsed.data;

try {
  const started = performance.now();
  const source = sqliteFileOf(env.DATABASE_URL);
  const backup = backupSqlite({ source, dir: env.BACKUP_DIR, keep: env.BACKUP_KEEP });
  const ms = Math.round(performance.now() - started);
  console.log(
    `Backed up ${source} to ${backup.file} (${(backup.sizeBytes / 1e6).toFixed(1)} MB, integrity ok, ${backup.migrations} migrations up to ` +
      `${backup.lastMigration}) in ${ms} ms; removed ${backup.removed.length} old backup(s), keeping the newest ${env.BACKUP_KEEP}.`,
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
}
