// npm run setup: a .env with a fresh secret, a migrated SQLite database and the demo data. The .env it writes is
// for a demonstration (DEMO_MODE=1: no mail server, sign-in codes shown at /dev/outbox); README's Production
// section says how to run for real people.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

if (!existsSync(".env")) {
  writeFileSync(
    ".env",
    [
      "# Written by npm run setup. Change what you need; see README.md.",
      "NODE_ENV=production",
      "# A demonstration with made-up people: without SMTP_URL, /dev/outbox shows every sign-in code to anyone.",
      "DEMO_MODE=1",
      "DATABASE_URL=file:./data/dev.db",
      `SESSION_SECRET=${randomBytes(32).toString("hex")}`,
      "APP_URL=http://localhost:3000",
      "",
    ].join("\n"),
  );
  console.log("Wrote .env");
} else {
  // A .env from before demo mode existed: a production start without a mail server now needs it said.
  const written = readFileSync(".env", "utf8");
  if (written.startsWith("# Written by npm run setup") && !/^(DEMO_MODE|SMTP_URL)=/m.test(written)) {
    appendFileSync(".env", "DEMO_MODE=1\n");
    console.log("Added DEMO_MODE=1 to .env");
  }
}
process.loadEnvFile(".env");
mkdirSync("data", { recursive: true });
const run = (args: string[]) => execFileSync("npx", args, { stdio: "inherit", env: process.env });
run(["prisma", "generate"]);
run(["prisma", "migrate", "deploy"]);
const { seed } = await import("./seed");
await seed();
