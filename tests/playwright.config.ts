import { defineConfig, devices } from "@playwright/test";
import { templateDatabaseUrl } from "#tests/setup/template-db";

// The test process imports app modules (factories, the Prisma client): point their default client at the
// test template rather than the demo database, which a fresh clone does not have. With TEST_POSTGRES_URL
// (npm run test:postgres) the servers and the tests use PostgreSQL databases instead.
process.env.DATABASE_URL ??= templateDatabaseUrl();

// Debian's Chromium: Playwright downloads no browser here. Each worker starts its own app server
// on its own database copy and SMTP server (tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./setup/playwright-global-setup.ts",
  outputDir: "../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: a 2-core machine runs two app servers and two browsers at once.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    ...devices["Pixel 5"],
    viewport: { width: 390, height: 844 },
    locale: "nl-BE",
    timezoneId: "Europe/Brussels",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "phone-chromium" }],
});
