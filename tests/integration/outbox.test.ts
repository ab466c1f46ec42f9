import { createElement } from "react";
import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";

let smtp = await startSmtpServer();
const port = Number(new URL(smtp.url).port);
process.env.SMTP_URL = smtp.url;
const { enqueueEmail, deliverOutbox, nextAttemptDelay } = await import("~/utils/email.server");
const { prisma } = await import("~/utils/db.server");

afterAll(() => smtp.close());

const body = (text: string) => createElement("p", null, text);

describe("the outbox", () => {
  test("a message is only queued when its transaction commits", async () => {
    const to = `rollback-${Date.now()}@example.test`;
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, { to, kind: "test", subject: "Nooit", body: body("nooit") });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.outboxMessage.count({ where: { to } })).toBe(0);
  });

  test("the same dedupe key is queued once", async () => {
    const to = `dedupe-${Date.now()}@example.test`;
    for (let i = 0; i < 3; i++) {
      await enqueueEmail(prisma, { to, kind: "reminder", subject: "Morgen", body: body("morgen"), dedupeKey: `k-${to}` });
    }
    expect(await prisma.outboxMessage.count({ where: { to } })).toBe(1);
  });

  test("two workers at once send each message exactly once", async () => {
    const to = `twice-${Date.now()}@example.test`;
    for (let i = 0; i < 5; i++) await enqueueEmail(prisma, { to, kind: "test", subject: `Bericht ${i}`, body: body(`${i}`) });
    await Promise.all([deliverOutbox(), deliverOutbox(), deliverOutbox()]);
    await smtp.waitForMail(to, (mail) => mail.subject === "Bericht 4");
    expect(smtp.inbox.filter((mail) => mail.envelopeTo.includes(to))).toHaveLength(5);
  });

  test("an SMTP outage loses nothing and retries with backoff", async () => {
    const to = `outage-${Date.now()}@example.test`;
    await smtp.close();
    await enqueueEmail(prisma, { to, kind: "test", subject: "Tijdens de storing", body: body("storing") });
    await deliverOutbox();
    const failed = await prisma.outboxMessage.findFirstOrThrow({ where: { to } });
    expect(failed.status).toBe("pending");
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toBeTruthy();
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    // Not yet due: nothing is tried again.
    await deliverOutbox();
    expect((await prisma.outboxMessage.findFirstOrThrow({ where: { to } })).attempts).toBe(1);

    // The app's transport keeps its URL, so the server comes back on the same port.
    smtp = await startSmtpServer(port);
    await deliverOutbox({ now: new Date(Date.now() + 60_000) });
    await smtp.waitForMail(to);
    const sent = await prisma.outboxMessage.findFirstOrThrow({ where: { to } });
    expect(sent.status).toBe("sent");
    expect(sent.attempts).toBe(2);
    await deliverOutbox({ now: new Date(Date.now() + 120_000) });
    expect(smtp.inbox.filter((mail) => mail.envelopeTo.includes(to))).toHaveLength(1);
  });

  test("backoff doubles and stops at one hour", () => {
    expect(nextAttemptDelay(1)).toBe(30_000);
    expect(nextAttemptDelay(2)).toBe(60_000);
    expect(nextAttemptDelay(3)).toBe(120_000);
    expect(nextAttemptDelay(20)).toBe(3_600_000);
  });
});
