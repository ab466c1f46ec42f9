// Runs in each test worker before any app module loads: its own database copy, test settings.
import { copyPostgresTemplate, postgresServerUrl } from "./postgres";
import { copyTemplateDatabase } from "./template-db";

const worker = `vitest-${process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0"}-${process.pid}`;
const postgres = postgresServerUrl();
process.env.DATABASE_URL = postgres ? await copyPostgresTemplate(postgres, worker) : `file:${copyTemplateDatabase(worker)}`;
process.env.SESSION_SECRET = "vitest-secret-vitest-secret-vitest-secret";
process.env.APP_URL = "http://localhost:3000";
process.env.JOBS = "off";
