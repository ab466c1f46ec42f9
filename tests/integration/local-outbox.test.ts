import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";

// Without SMTP_URL (the demo), mail lands in a folder that /dev/outbox shows.
delete process.env.SMTP_URL;
const dir = mkdtempSync(path.join(tmpdir(), "outbox-"));
process.env.OUTBOX_DIR = dir;
const { requestSignInCode } = await import("~/features/accounts/sign-in.server");
const { deliverOutbox } = await import("~/utils/email.server");
const { listLocalOutbox } = await import("~/utils/local-outbox.server");

test("without a mail server the sign-in code is written to the local outbox", async () => {
  const email = `demo-${Date.now()}@example.test`;
  await requestSignInCode({ email, ip: "127.0.0.9", locale: "nl" });
  await deliverOutbox();
  const mails = await listLocalOutbox();
  const mail = mails.find((m) => m.to === email);
  expect(mail?.subject).toMatch(/Je aanmeldcode voor Warme Buurt: \d{6}/);
  expect(mail?.text).toContain("/inloggen/link/");
  expect(readdirSync(dir).some((file) => file.endsWith(".eml"))).toBe(true);
});
