import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { z } from "zod";

// `npm run setup` writes a .env with a generated secret; real deployments set variables themselves.
if (existsSync(".env")) process.loadEnvFile(".env");

// Mail delivery, app processes and shutdown (README "Configuration"). Timings are settings so tests can shorten them.
const deliveryAndProcesses = {
  /** Worker processes `npm start` runs (node:cluster); default: one per core (os.availableParallelism()). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** How long a stopping process waits for requests and the mail it is sending before it exits. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().default(10),
  /** A claim on a mail lasts this long unless renewed; the sender renews it every third of it while it sends. */
  OUTBOX_LEASE_SECONDS: z.coerce.number().positive().default(60),
  /** How often an idle delivery loop looks for due mail (a sign-in code also wakes it at once). */
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1_000),
  /** Mails one process sends at the same time. */
  OUTBOX_SENDERS: z.coerce.number().int().min(1).max(20).default(2),
};

// How long personal data is kept (README "Data rights"; shown on /privacy from these same values).
const days = (fallback: number) => z.coerce.number().int().min(1).max(36_500).default(fallback);
const retention = {
  /** Days a delivered mail is kept (a sign-in mail keeps no code once delivered). */
  RETENTION_MAIL_DAYS: days(30),
  /** Days the logs of who saw an address or phone, and who acted for whom, are kept. */
  RETENTION_LOG_DAYS: days(730),
  /** Days after a help request closed that its free texts are removed. */
  RETENTION_HELP_TEXT_DAYS: days(365),
  /** Days without activity after which someone registered at the desk is put up for staff review. */
  RETENTION_INACTIVE_DAYS: days(730),
  /** Days after a survey closed that the record of who answered it is deleted (the anonymous answers stay). */
  RETENTION_SURVEY_DAYS: days(90),
  /** The organisation that runs this installation, named on the privacy page. */
  ORGANISATION_NAME: z.string().default("Wijkhuis De Brug"),
};

const schema = z
  .object({
    ...deliveryAndProcesses,
    ...retention,
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().default("file:./data/dev.db"),
    SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
    /** smtp://user:pass@host:port. Without it, mail is written to OUTBOX_DIR and shown at /dev/outbox. */
    SMTP_URL: z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional()),
    OUTBOX_DIR: z.string().default(".outbox"),
    MAIL_FROM: z.string().default("Warme Buurt <noreply@warmebuurt.local>"),
    /** Public base URL for links in emails, posters and calendars. */
    APP_URL: z.string().url().default("http://localhost:3000"),
    /** Background jobs (outbox delivery, reminders) run inside the web process unless switched off. */
    JOBS: z.enum(["on", "off"]).default("on"),
    /**
     * 1: a demonstration with made-up people. Mail may then stay on this machine, where /dev/outbox shows every
     * sign-in code to anyone: never for real people.
     */
    DEMO_MODE: z.enum(["0", "1"]).default("0"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["SESSION_SECRET"],
        message: "SESSION_SECRET is required in production (run `npm run setup` or set it yourself)",
      });
    }
    // Without a mail server, sign-in codes would only be readable at /dev/outbox: by anyone.
    if (env.NODE_ENV === "production" && !env.SMTP_URL && env.DEMO_MODE !== "1") {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["SMTP_URL"],
        message:
          "SMTP_URL is required in production (smtp://user:password@mail.example.org:587): sign-in codes go out by mail. " +
          "Only to try the app with made-up people, set DEMO_MODE=1 instead (npm run demo does).",
      });
    }
  });

export function parseEnv(source: Record<string, string | undefined>) {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  const env = result.data;
  return {
    ...env,
    // Development gets a throw-away secret: sessions simply end when the process restarts.
    SESSION_SECRET: env.SESSION_SECRET ?? randomBytes(32).toString("hex"),
    retention: {
      mailDays: env.RETENTION_MAIL_DAYS,
      logDays: env.RETENTION_LOG_DAYS,
      helpTextDays: env.RETENTION_HELP_TEXT_DAYS,
      inactiveDays: env.RETENTION_INACTIVE_DAYS,
      surveyDays: env.RETENTION_SURVEY_DAYS,
    },
    isProduction: env.NODE_ENV === "production",
    /** A demonstration or a developer's machine: every page says it is not for real people. */
    isDemo: env.DEMO_MODE === "1" || env.NODE_ENV !== "production",
    /** Mail goes to a local folder that /dev/outbox lists (demo only), so a new user can read their sign-in code. */
    usesLocalOutbox: !env.SMTP_URL,
  };
}

/** Parsed once at start-up. A server that cannot run safely stops here with the reason, not a stack trace. */
export const env = (() => {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (process.env.NODE_ENV === "test") throw error;
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
})();
