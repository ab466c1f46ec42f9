import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { z } from "zod";

// `npm run setup` writes a .env with a generated secret; real deployments set variables themselves.
if (existsSync(".env")) process.loadEnvFile(".env");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().default("file:./data/dev.db"),
    SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
    /** smtp://user:pass@host:port. Without it, mail is written to OUTBOX_DIR and shown at /dev/outbox. */
    SMTP_URL: z.string().url().optional(),
    OUTBOX_DIR: z.string().default(".outbox"),
    MAIL_FROM: z.string().default("Warme Buurt <noreply@warmebuurt.local>"),
    /** Public base URL for links in emails, posters and calendars. */
    APP_URL: z.string().url().default("http://localhost:3000"),
    /** Background jobs (outbox delivery, reminders) run inside the web process unless switched off. */
    JOBS: z.enum(["on", "off"]).default("on"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["SESSION_SECRET"],
        message: "SESSION_SECRET is required in production (run `npm run setup` or set it yourself)",
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
    isProduction: env.NODE_ENV === "production",
    /** Mail goes to a local folder that /dev/outbox lists, so a new user can read their sign-in code. */
    usesLocalOutbox: !env.SMTP_URL,
  };
}

export const env = parseEnv(process.env);
