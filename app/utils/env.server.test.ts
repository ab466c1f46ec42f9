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
