import { expect, test } from "vitest";
import { newPageSecrets } from "./page-secrets.server";

test("every page gets its own nonce and form-key seed, also across refills of the random pool", () => {
  const secrets = Array.from({ length: 10_000 }, () => newPageSecrets());
  expect(new Set(secrets.map((one) => one.nonce)).size).toBe(10_000);
  expect(new Set(secrets.map((one) => one.formKeySeed)).size).toBe(10_000);
  for (const { nonce } of secrets.slice(250, 260)) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
});
