import { expect, test } from "vitest";
import { parseEnv } from "./env.server";

test("production refuses to start without a session secret, with a clear message", () => {
  expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET is required in production/);
});

test("development gets a generated secret and the local outbox", () => {
  const env = parseEnv({ NODE_ENV: "development" });
  expect(env.SESSION_SECRET).toMatch(/^[0-9a-f]{64}$/);
  expect(env.usesLocalOutbox).toBe(true);
  expect(env.DATABASE_URL).toBe("file:./data/dev.db");
});

test("a mistyped SMTP URL is named in the error", () => {
  expect(() => parseEnv({ NODE_ENV: "development", SMTP_URL: "not a url" })).toThrow(/SMTP_URL/);
});

test("production refuses to start without a mail server, naming SMTP_URL and the demo switch", () => {
  const secret = "x".repeat(32);
  expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: secret })).toThrow(/SMTP_URL is required in production.*DEMO_MODE=1/s);
  expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: secret, DEMO_MODE: "0" })).toThrow(/SMTP_URL/);
  const demo = parseEnv({ NODE_ENV: "production", SESSION_SECRET: secret, DEMO_MODE: "1" });
  expect(demo.isDemo).toBe(true);
  expect(demo.usesLocalOutbox).toBe(true);
  const real = parseEnv({ NODE_ENV: "production", SESSION_SECRET: secret, SMTP_URL: "smtp://127.0.0.1:2525" });
  expect(real.isDemo).toBe(false);
  expect(real.usesLocalOutbox).toBe(false);
});
