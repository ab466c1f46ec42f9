// Mail delivery against a real (and sometimes slow or refusing) SMTP server: claims and leases, priorities, giving
// up after three days, "send again", the outage notice, stopping. Two app processes and SIGTERM: tests/e2e/mail-delivery.spec.ts.
import { createElement } from "react";
import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";

// A short lease, so that a 1.2 s mail outlives it unless the sender renews it.
process.env.OUTBOX_LEASE_SECONDS = "0.9";
const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { enqueueEmail } = await import("~/utils/email.server");
const { deliverOutbox, startOutboxDelivery } = await import("~/utils/outbox.server");
const { priorityOf, RETRY_WINDOW_MS } = await import("~/utils/outbox-rules");
const { requestSignInCode } = await import("~/features/accounts/sign-in.server");
const { listFailedMails, mailStuckSince } = await import("~/features/mail/queries.server");
const { sendFailedMailAgain } = await import("~/features/mail/mutations.server");
const { prisma, createPrismaClient } = await import("~/utils/db.server");

afterAll(() => smtp.close());

const body = (text: string) => createElement("p", null, text);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const received = (to: string) => smtp.inbox.filter((mail) => mail.envelopeTo.includes(to));

async function waitFor<T>(
  what: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(20);
  }
}

describe("mail delivery", () => {
  test("each message is claimed on its own, its lease counts from its claim and is renewed while a slow server works", async () => {
    smtp.setDelay(1_200);
    const to = `lease-${Date.now()}@example.test`;
    for (const n of [1, 2])
      await enqueueEmail(prisma, { to, kind: "test", subject: `Traag ${n}`, body: body(`${n}`) });
    const started = Date.now();
    const first = deliverOutbox({ limit: 2 });
    const claimed = await waitFor(() =>
      prisma.outboxMessage.findFirst({
        where: { to, claimedBy: { not: null } },
        select: { id: true, leaseUntil: true },
      }),
    );
    // Only the message being sent is claimed, not the batch.
    expect(await prisma.outboxMessage.count({ where: { to, claimedBy: null, status: "pending" } })).toBe(1);

    await sleep(1_000);
    // Past the first lease: renewed, so a second process finds it taken and takes the other one.
    const renewed = await prisma.outboxMessage.findUniqueOrThrow({
      where: { id: claimed.id },
      select: { leaseUntil: true, status: true },
    });
    expect(renewed.status).toBe("pending");
    expect(renewed.leaseUntil?.getTime()).toBeGreaterThan(claimed.leaseUntil?.getTime() ?? Infinity);
    expect(renewed.leaseUntil?.getTime()).toBeGreaterThan(Date.now());
    const second = deliverOutbox({ limit: 2 });
    const other = await waitFor(() =>
      prisma.outboxMessage.findFirst({
        where: { to, id: { not: claimed.id }, claimedBy: { not: null } },
        select: { leaseUntil: true },
      }),
    );
    // The second message's lease starts when it was claimed, a second after the batch started.
    expect(other.leaseUntil?.getTime()).toBeGreaterThan(started + 1_000 + 900);

    await Promise.all([first, second]);
    expect(
      received(to)
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual(["Traag 1", "Traag 2"]);
    expect(new Set(received(to).map((mail) => mail.messageId)).size).toBe(2);
    const rows = await prisma.outboxMessage.findMany({
      where: { to },
      select: { status: true, claimedBy: true, leaseUntil: true, attempts: true },
    });
    expect(rows).toEqual([
      { status: "sent", claimedBy: null, leaseUntil: null, attempts: 1 },
      { status: "sent", claimedBy: null, leaseUntil: null, attempts: 1 },
    ]);
    smtp.setDelay(0);
  });

  test("a message keeps its Message-ID on every try", async () => {
    const to = `again-${Date.now()}@example.test`;
    await enqueueEmail(prisma, { to, kind: "test", subject: "Twee keer", body: body("x") });
    const row = await prisma.outboxMessage.findFirstOrThrow({ where: { to }, select: { id: true } });
    smtp.refuse(/^again-/);
    await deliverOutbox();
    smtp.refuse(null);
    await deliverOutbox({ now: new Date(Date.now() + 60_000) });
    expect(received(to).map((mail) => mail.messageId)).toEqual([`<${row.id}@warmebuurt>`]);
  });

  test("a delivered sign-in mail keeps no code or link in the database", async () => {
    const email = `code-${Date.now()}@example.test`;
    expect(await requestSignInCode({ email, ip: null, locale: "nl" })).toEqual({ ok: true });
    const queued = await prisma.outboxMessage.findFirstOrThrow({
      where: { to: email },
      select: { id: true, subject: true, priority: true },
    });
    expect(queued.subject).toMatch(/\d{6}/);
    expect(queued.priority).toBe(0);
    await deliverOutbox();
    const mail = await smtp.waitForMail(email);
    const code = /\b(\d{6})\b/.exec(mail.subject ?? "")?.[1];
    expect(code).toBeTruthy();
    expect(mail.text).toContain("/inloggen/link/");

    const kept = await prisma.outboxMessage.findUniqueOrThrow({
      where: { id: queued.id },
      select: { status: true, subject: true, html: true, text: true },
    });
    expect(kept.status).toBe("sent");
    const stored = `${kept.subject}\n${kept.html}\n${kept.text}`;
    expect(stored).not.toContain(code);
    expect(stored).not.toMatch(/inloggen\/link|\d{6}/);
  });

  test("10,000 queued digests do not hold up a sign-in code by more than a few seconds", async () => {
    // Each mail takes the server 150 ms: the 10,000 digests alone would take 12 minutes with two senders.
    smtp.setDelay(150);
    const run = Date.now();
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      to: `digest-${run}-${i}@bulk.test`,
      kind: "activity-digest",
      priority: priorityOf("activity-digest"),
      subject: `Nieuw in je buurt ${i}`,
      html: "<p>Nieuw</p>",
      text: "Nieuw",
    }));
    // A client of its own: the app's client would log each of these big inserts as a slow query.
    const bulk = createPrismaClient(process.env.DATABASE_URL ?? "");
    for (let i = 0; i < rows.length; i += 1_000)
      await bulk.outboxMessage.createMany({ data: rows.slice(i, i + 1_000) });
    await bulk.$disconnect();
    const delivery = startOutboxDelivery({ senders: 2, pollMs: 1_000 });
    try {
      await waitFor(
        () => smtp.inbox.filter((mail) => mail.envelopeTo[0]?.startsWith(`digest-${run}-`)).length >= 4,
      );
      const email = `urgent-${run}@example.test`;
      const asked = Date.now();
      await requestSignInCode({ email, ip: null, locale: "nl" });
      await smtp.waitForMail(email, () => true, 10_000);
      const latencyMs = Date.now() - asked;
      console.log(`sign-in code with 10,000 digests queued: arrived after ${latencyMs} ms`);
      expect(latencyMs).toBeLessThan(5_000);
      expect(
        await prisma.outboxMessage.count({ where: { kind: "activity-digest", status: "pending" } }),
      ).toBeGreaterThan(9_900);
    } finally {
      await delivery.stop(5_000);
      await prisma.outboxMessage.deleteMany({ where: { kind: "activity-digest" } });
      smtp.setDelay(0);
    }
  });

  test("after three days of failed tries a message is marked failed, listed for admins and can be sent again", async () => {
    const to = `refused-${Date.now()}@example.test`;
    await enqueueEmail(prisma, {
      to,
      kind: "activity-confirmed",
      subject: "Je bent ingeschreven",
      body: body("geheim"),
    });
    const { id } = await prisma.outboxMessage.findFirstOrThrow({ where: { to }, select: { id: true } });
    smtp.refuse(/^refused-/);
    // One try, then it is tried again later.
    await deliverOutbox();
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual(
      { status: "pending" },
    );
    // Three days later (the tries in between failed too), the last try.
    await prisma.outboxMessage.update({
      where: { id },
      data: { queuedAt: new Date(Date.now() - RETRY_WINDOW_MS - 60_000), attempts: 79 },
    });
    await deliverOutbox({ now: new Date(Date.now() + 3_600_000) });
    const failed = await prisma.outboxMessage.findUniqueOrThrow({
      where: { id },
      select: { status: true, attempts: true, failedAt: true, lastError: true },
    });
    expect(failed).toMatchObject({ status: "failed", attempts: 80 });
    expect(failed.failedAt).toBeInstanceOf(Date);
    expect(failed.lastError).toMatch(/450/);
    // Nothing tries it again by itself.
    await deliverOutbox({ now: new Date(Date.now() + 7 * 86_400_000) });
    expect(
      await prisma.outboxMessage.findUniqueOrThrow({ where: { id }, select: { attempts: true } }),
    ).toEqual({ attempts: 80 });

    const listed = (await listFailedMails()).find((mail) => mail.id === id);
    expect(listed).toMatchObject({
      to: "re…@example.test",
      kind: "activity-confirmed",
      attempts: 80,
      canSendAgain: true,
    });
    expect(JSON.stringify(listed)).not.toMatch(/geheim|ingeschreven|refused-/);

    smtp.refuse(null);
    expect(await sendFailedMailAgain(id)).toBe(true);
    expect(await sendFailedMailAgain(id)).toBe(false);
    await deliverOutbox();
    await smtp.waitForMail(to);
    expect(received(to)).toHaveLength(1);
    expect(
      await prisma.outboxMessage.findUniqueOrThrow({
        where: { id },
        select: { status: true, attempts: true },
      }),
    ).toEqual({ status: "sent", attempts: 1 });
  });

  test("a failed sign-in code keeps no code and is not sent again", async () => {
    const email = `refused-code-${Date.now()}@example.test`;
    await requestSignInCode({ email, ip: null, locale: "nl" });
    const { id } = await prisma.outboxMessage.findFirstOrThrow({
      where: { to: email },
      select: { id: true },
    });
    await prisma.outboxMessage.update({
      where: { id },
      data: { queuedAt: new Date(Date.now() - RETRY_WINDOW_MS) },
    });
    smtp.refuse(/^refused-code-/);
    await deliverOutbox();
    smtp.refuse(null);
    const failed = await prisma.outboxMessage.findUniqueOrThrow({
      where: { id },
      select: { status: true, subject: true, html: true, text: true },
    });
    expect(failed.status).toBe("failed");
    expect(`${failed.subject}${failed.html}${failed.text}`).not.toMatch(/\d{6}|inloggen\/link/);
    expect((await listFailedMails()).find((mail) => mail.id === id)?.canSendAgain).toBe(false);
    expect(await sendFailedMailAgain(id)).toBe(false);
  });

  test("mail waiting for more than an hour is reported as stuck", async () => {
    expect(await mailStuckSince()).toBeNull();
    const to = `stuck-${Date.now()}@example.test`;
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await prisma.outboxMessage.create({
      data: {
        to,
        kind: "test",
        subject: "Vast",
        html: "",
        text: "",
        queuedAt: new Date(Date.now() - 30 * 60_000),
        nextAttemptAt: new Date(Date.now() + 3_600_000),
      },
    });
    expect(await mailStuckSince()).toBeNull();
    await prisma.outboxMessage.create({
      data: {
        to,
        kind: "test",
        subject: "Vast",
        html: "",
        text: "",
        queuedAt: twoHoursAgo,
        nextAttemptAt: new Date(Date.now() + 3_600_000),
      },
    });
    expect((await mailStuckSince())?.getTime()).toBe(twoHoursAgo.getTime());
    await prisma.outboxMessage.deleteMany({ where: { to } });
    expect(await mailStuckSince()).toBeNull();
  });

  test("stopping takes no new message, finishes the one being sent and gives back the others", async () => {
    smtp.setDelay(1_000);
    const to = `stop-${Date.now()}@example.test`;
    for (const n of [1, 2, 3])
      await enqueueEmail(prisma, { to, kind: "test", subject: `Stop ${n}`, body: body(`${n}`) });
    const delivery = startOutboxDelivery({ senders: 1, pollMs: 100 });
    await waitFor(() => smtp.receiving() === 1);
    const stopping = Date.now();
    expect(await delivery.stop(5_000)).toEqual({ unfinished: 0 });
    // It waited for the slow server rather than leave the message half sent.
    expect(Date.now() - stopping).toBeGreaterThan(300);
    expect(received(to)).toHaveLength(1);
    const rows = await prisma.outboxMessage.findMany({
      where: { to },
      select: { status: true, claimedBy: true },
    });
    expect(rows.filter((row) => row.status === "sent")).toHaveLength(1);
    expect(rows.every((row) => row.claimedBy === null)).toBe(true);

    // A bound shorter than the send: the message keeps its claim (so nobody sends it meanwhile) and is still marked.
    const again = startOutboxDelivery({ senders: 1, pollMs: 100 });
    await waitFor(() => smtp.receiving() === 1);
    expect(await again.stop(100)).toEqual({ unfinished: 1 });
    expect(
      await prisma.outboxMessage.count({ where: { to, status: "pending", claimedBy: { not: null } } }),
    ).toBe(1);
    await waitFor(async () => (await prisma.outboxMessage.count({ where: { to, status: "sent" } })) === 2);

    smtp.setDelay(0);
    await deliverOutbox();
    expect(
      received(to)
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual(["Stop 1", "Stop 2", "Stop 3"]);
  });
});
