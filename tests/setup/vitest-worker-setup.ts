// Runs in each test worker before any app module loads: its own database copy, test settings.
import { copyTemplateDatabase } from "./template-db";

const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0";
process.env.DATABASE_URL = await copyTemplateDatabase(`vitest-${worker}-${process.pid}`);
process.env.SESSION_SECRET = "vitest-secret-vitest-secret-vitest-secret";
process.env.APP_URL = "http://localhost:3000";
process.env.JOBS = "off";
