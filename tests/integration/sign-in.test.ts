import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { requestSignInCode, verifySignInCode, verifySignInLink } = await import("~/features/accounts/sign-in.server");
const { deliverOutbox } = await import("~/utils/email.server");
const { prisma } = await import("~/utils/db.server");

afterAll(() => smtp.close());

async function codeFor(email: string) {
  await deliverOutbox();
  const mail = await smtp.waitForMail(email);
  smtp.inbox.splice(smtp.inbox.indexOf(mail), 1);
  const code = /\b(\d{6})\b/.exec(mail.text ?? "")?.[1];
  const link = /\/inloggen\/link\/([\w-]+)/.exec(mail.text ?? "")?.[1];
  if (!code || !link) throw new Error("mail without code or link");
  return { code, link, mail };
}

let n = 0;
const fresh = () => `persoon-${Date.now()}-${++n}@example.test`;

describe("passwordless sign-in", () => {
  test("a code arrives by SMTP in the person's language and works once", async () => {
    const email = fresh();
    expect(await requestSignInCode({ email, ip: "10.0.0.1", locale: "fr" })).toEqual({ ok: true });
    const { code, mail } = await codeFor(email);
    expect(mail.subject).toContain("Warme Buurt");
    expect(mail.subject).toContain(code);
    expect(mail.html).toContain('lang="fr"');
    const first = await verifySignInCode({ email, code, locale: "fr" });
    expect(first).toMatchObject({ isNew: true, locale: "fr" });
    expect(await verifySignInCode({ email, code, locale: "fr" })).toBeNull();
  });

  test("a new code ends the older code and link of the same address", async () => {
    const email = fresh();
    await requestSignInCode({ email, ip: "10.0.0.7", locale: "nl" });
    const older = await codeFor(email);
    await requestSignInCode({ email, ip: "10.0.0.7", locale: "nl" });
    const newer = await codeFor(email);
    expect(await verifySignInLink({ token: older.link, locale: "nl" })).toBeNull();
    if (older.code !== newer.code) expect(await verifySignInCode({ email, code: older.code, locale: "nl" })).toBeNull();
    expect(await verifySignInCode({ email, code: newer.code, locale: "nl" })).toMatchObject({ isNew: true });
  });

  test("codes are stored hashed", async () => {
    const email = fresh();
    await requestSignInCode({ email, ip: "10.0.0.2", locale: "nl" });
    const { code } = await codeFor(email);
    const row = await prisma.loginCode.findFirstOrThrow({ where: { email } });
    expect(row.codeHash).not.toContain(code);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test("five wrong tries burn the code, even the right one after it", async () => {
    const email = fresh();
    await requestSignInCode({ email, ip: "10.0.0.3", locale: "nl" });
    const { code } = await codeFor(email);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) expect(await verifySignInCode({ email, code: wrong, locale: "nl" })).toBeNull();
    expect(await verifySignInCode({ email, code, locale: "nl" })).toBeNull();
  });

  test("an expired code is refused", async () => {
    const email = fresh();
    await requestSignInCode({ email, ip: "10.0.0.4", locale: "nl" });
    const { code } = await codeFor(email);
    await prisma.loginCode.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifySignInCode({ email, code, locale: "nl" })).toBeNull();
  });

  test("the magic link signs in once, and then the code no longer works", async () => {
    const email = fresh();
    await requestSignInCode({ email, ip: "10.0.0.5", locale: "nl" });
    const { code, link } = await codeFor(email);
    expect(await verifySignInLink({ token: link, locale: "nl" })).toMatchObject({ isNew: true });
    expect(await verifySignInLink({ token: link, locale: "nl" })).toBeNull();
    expect(await verifySignInCode({ email, code, locale: "nl" })).toBeNull();
  });

  test("the code and the link used at the same moment sign in only once", async () => {
    const email = fresh();
    await requestSignInCode({ email, ip: "10.0.0.6", locale: "nl" });
    const { code, link } = await codeFor(email);
    const results = await Promise.all([
      verifySignInCode({ email, code, locale: "nl" }),
      verifySignInLink({ token: link, locale: "nl" }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  test("an address gets at most 5 codes per 15 minutes, with the wait in minutes", async () => {
    const email = fresh();
    for (let i = 0; i < 5; i++) expect((await requestSignInCode({ email, ip: `10.1.0.${i}`, locale: "nl" })).ok).toBe(true);
    const refused = await requestSignInCode({ email, ip: "10.1.0.99", locale: "nl" });
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok === false && refused.retryAfterMinutes).toBeGreaterThanOrEqual(14);
    expect(await prisma.loginCode.count({ where: { email } })).toBe(5);
  });

  test("one IP gets at most 30 codes per hour", async () => {
    const ip = `10.2.${n}.1`;
    for (let i = 0; i < 30; i++) expect((await requestSignInCode({ email: fresh(), ip, locale: "nl" })).ok).toBe(true);
    expect((await requestSignInCode({ email: fresh(), ip, locale: "nl" })).ok).toBe(false);
  });

  test("without a known client address only the per-address limit applies", async () => {
    const email = fresh();
    const ipKeysBefore = await prisma.rateLimitEvent.count({ where: { key: { startsWith: "signin:ip:" } } });
    for (let i = 0; i < 5; i++) expect((await requestSignInCode({ email, ip: null, locale: "nl" })).ok).toBe(true);
    expect((await requestSignInCode({ email, ip: null, locale: "nl" })).ok).toBe(false);
    expect(await prisma.rateLimitEvent.count({ where: { key: { startsWith: "signin:ip:" } } })).toBe(ipKeysBefore);
  });
});
