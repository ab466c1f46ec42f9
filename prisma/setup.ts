// npm run setup: a .env with a fresh secret, a migrated SQLite database and the demo data.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";

if (!existsSync(".env")) {
  writeFileSync(
    ".env",
    [
      "# Written by npm run setup. Change what you need; see README.md.",
      "NODE_ENV=production",
      "DATABASE_URL=file:./data/dev.db",
      `SESSION_SECRET=${randomBytes(32).toString("hex")}`,
      "APP_URL=http://localhost:3000",
      "",
    ].join("\n"),
  );
  console.log("Wrote .env");
}
process.loadEnvFile(".env");
mkdirSync("data", { recursive: true });
const run = (args: string[]) => execFileSync("npx", args, { stdio: "inherit", env: process.env });
run(["prisma", "generate"]);
run(["prisma", "migrate", "deploy"]);
const { seed } = await import("./seed");
await seed();
