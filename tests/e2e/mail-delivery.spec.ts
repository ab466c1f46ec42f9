// Mail exactly once with real parts: two production servers (build/server.js) on one database, a mail server that
// takes 1.5 s per mail, a SIGTERM to one of them while it is sending, and a restart. On SQLite, and on PostgreSQL in
// `npm run test:postgres`.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "~/utils/db.server";
import { startAppServer } from "#tests/setup/app-server";
import { startSmtpServer } from "#tests/setup/smtp";
import { copyTemplateDatabase } from "#tests/setup/template-db";
import { alsoOnPostgres } from "./fixtures";

test(
  "20 mails, two app processes, a SIGTERM in the middle of delivery and a restart: each mail arrives exactly once",
  alsoOnPostgres,
  async ({}, testInfo) => {
    const smtp = await startSmtpServer(0, { delayMs: 1_500 });
    const databaseUrl = await copyTemplateDatabase(`mail-${testInfo.workerIndex}`);
    const db = createPrismaClient(databaseUrl);
    const env = {
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtp.url,
      SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      PAGE_CACHE_SECONDS: "0",
      // A lease shorter than one mail: only the renewals keep the other process away from a mail being sent.
      OUTBOX_LEASE_SECONDS: "1",
      OUTBOX_POLL_MS: "200",
      SHUTDOWN_TIMEOUT_SECONDS: "10",
    };
    const first = await startAppServer({ env });
    const second = await startAppServer({ env });
    let restarted: Awaited<ReturnType<typeof startAppServer>> | undefined;
    try {
      const run = Date.now().toString(36);
      await db.outboxMessage.createMany({
        data: Array.from({ length: 20 }, (_, i) => ({
          to: `buur-${i}@exactly-once.test`,
          kind: "activity-confirmed",
          subject: `Bericht ${i} ${run}`,
          html: `<p>${i}</p>`,
          text: `${i}`,
        })),
      });
      const ours = { subject: { endsWith: ` ${run}` } };

      // The first process is in the middle of sending when it is told to stop.
      const claimedByFirst = { ...ours, claimedBy: { contains: `:${first.pid}:` } };
      await expect
        .poll(() => db.outboxMessage.count({ where: claimedByFirst }), { timeout: 20_000 })
        .toBeGreaterThan(0);
      await expect.poll(() => smtp.receiving()).toBeGreaterThan(0);
      const inFlight = await db.outboxMessage.findMany({ where: claimedByFirst, select: { id: true } });
      const stopped = await first.kill("SIGTERM");
      console.log(
        `SIGTERM with ${inFlight.length} mail(s) being sent: the process stopped after ${stopped.ms} ms`,
      );
      expect(stopped.code).toBe(0);
      expect(first.output()).toMatch(/SIGTERM: stopping/);
      expect(first.output()).toMatch(/stopped after \d+ ms\n/);
      // It finished what it was sending (marked sent, not left to a lease) and left no claim behind.
      const finished = await db.outboxMessage.findMany({
        where: { id: { in: inFlight.map((m) => m.id) } },
        select: { status: true },
      });
      expect(finished.map((m) => m.status)).toEqual(inFlight.map(() => "sent"));
      expect(await db.outboxMessage.count({ where: { claimedBy: { contains: `:${first.pid}:` } } })).toBe(0);
      const sentBeforeRestart = await db.outboxMessage.count({ where: { ...ours, status: "sent" } });
      expect(sentBeforeRestart).toBeLessThan(20);

      // Back up on the same port and database: it carries on with the rest, next to the second process.
      restarted = await startAppServer({ port: Number(new URL(first.url).port), env });
      await expect
        .poll(() => db.outboxMessage.count({ where: { ...ours, status: "sent" } }), { timeout: 60_000 })
        .toBe(20);

      const arrived = smtp.inbox.filter((mail) => mail.subject?.endsWith(` ${run}`));
      expect(arrived).toHaveLength(20);
      expect(new Set(arrived.map((mail) => mail.subject)).size).toBe(20);
      expect(new Set(arrived.map((mail) => mail.messageId)).size).toBe(20);
      const rows = await db.outboxMessage.findMany({
        where: ours,
        select: { attempts: true, claimedBy: true },
      });
      expect(rows.every((row) => row.attempts === 1 && row.claimedBy === null)).toBe(true);
      console.log(`20 mails, each arrived once (${sentBeforeRestart} before the restart)`);
    } finally {
      await Promise.all([first.stop(), second.stop(), restarted?.stop()]);
      await smtp.close();
      await db.$disconnect();
    }
  },
);
