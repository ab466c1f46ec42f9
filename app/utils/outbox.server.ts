// Delivers what enqueueEmail (email.server.ts) queued: one message at a time per sender, highest priority first.
//
// Exactly once across processes and machines: a message is claimed with a conditional update before it is sent
// (`claimedBy`, one id per claim, and `leaseUntil`, counted from the claim), the sender renews the lease while the
// SMTP conversation runs, and only the holder of the claim can mark the message sent or failed. A process that stops
// (SIGTERM) takes no new message, finishes the one it is sending and gives back any claim it did not use.
//
// The window that remains: a process that dies hard (kill -9, power cut) after the mail server accepted a message and
// before the "sent" update (a few milliseconds), or that stalls longer than the lease in the middle of a send, lets
// another process send the message again once the lease has run out. That copy carries the same Message-ID, so mail
// servers and mail programs that drop duplicates drop it.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import type { Prisma } from "@prisma/client";
import type nodemailer from "nodemailer";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { afterFailure, contentToKeep } from "~/utils/outbox-rules";

export type EmailAttachment = { filename: string; contentType: string; content: string };

/** This process, in claims: a restarted process is another claimer, whose claims are its own. */
const processId = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
let claims = 0;
const leaseMs = () => env.OUTBOX_LEASE_SECONDS * 1000;

type Claim = { id: string; claim: string };

/** Due, and nobody holds a live claim on it. */
function claimable(dueBy: Date): Prisma.OutboxMessageWhereInput {
  return {
    status: "pending",
    nextAttemptAt: { lte: dueBy },
    OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }],
  };
}

/**
 * Claims the most urgent due message. Asked again before every message, so a sign-in code queued now waits at most
 * for the message each sender is busy with, however many digests are queued (index on status, priority, due time).
 */
async function claimNext(dueBy: Date, skip: string[] = []): Promise<Claim | null> {
  const candidates = await prisma.outboxMessage.findMany({
    where: { ...claimable(dueBy), ...(skip.length > 0 ? { id: { notIn: skip } } : {}) },
    orderBy: [{ priority: "asc" }, { nextAttemptAt: "asc" }],
    // Several processes ask at once: if another one wins the first, try the next rather than ask again.
    take: 5,
    select: { id: true },
  });
  for (const { id } of candidates) {
    claims += 1;
    const claim = `${processId}#${claims}`;
    const won = await prisma.outboxMessage.updateMany({
      where: { id, ...claimable(dueBy) },
      data: { claimedBy: claim, leaseUntil: new Date(Date.now() + leaseMs()) },
    });
    if (won.count === 1) return { id, claim };
  }
  return null;
}

type Outcome = "sent" | "failed" | "lost";

/** Sends a claimed message and records what happened, as long as the claim is still ours. */
async function deliverClaimed({ id, claim }: Claim): Promise<Outcome> {
  const message = await prisma.outboxMessage.findFirst({
    where: { id, claimedBy: claim },
    select: {
      id: true,
      kind: true,
      to: true,
      subject: true,
      html: true,
      text: true,
      attachments: true,
      attempts: true,
      queuedAt: true,
      createdAt: true,
    },
  });
  if (!message) return "lost";
  const renewal = renewWhileSending({ id, claim });
  try {
    await sendOne(message);
  } catch (error) {
    await renewal.stop();
    const attempts = message.attempts + 1;
    const next = afterFailure({ attempts, queuedAt: message.queuedAt, now: new Date() });
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    await settle(
      { id, claim },
      {
        attempts,
        lastError,
        claimedBy: null,
        leaseUntil: null,
        ...(next.status === "failed"
          ? { status: "failed", failedAt: next.failedAt, ...contentToKeep(message.kind) }
          : { nextAttemptAt: next.nextAttemptAt }),
      },
    );
    if (next.status === "failed")
      console.error(
        `outbox: gave up on message ${id} (${message.kind}) after ${attempts} tries: ${lastError}`,
      );
    return "failed";
  }
  await renewal.stop();
  const marked = await settle(
    { id, claim },
    {
      status: "sent",
      sentAt: new Date(),
      attempts: { increment: 1 },
      lastError: null,
      claimedBy: null,
      leaseUntil: null,
      ...contentToKeep(message.kind),
    },
  );
  if (!marked)
    console.warn(
      `outbox: message ${id} was sent, but its claim had run out; another process may send it again (same Message-ID)`,
    );
  return "sent";
}

/** Writes the outcome if the claim is still ours. A database hiccup right after a send must not cause a second send. */
async function settle({ id, claim }: Claim, data: Prisma.OutboxMessageUpdateManyMutationInput) {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await prisma.outboxMessage.updateMany({ where: { id, claimedBy: claim }, data })).count === 1;
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(200 * attempt);
    }
  }
}

/** Keeps the claim alive while a slow mail server takes its time (every third of the lease). */
function renewWhileSending({ id, claim }: Claim) {
  let renewing: Promise<void> = Promise.resolve();
  let lost = false;
  const timer = setInterval(() => {
    renewing = renewing
      .then(async () => {
        const renewed = await prisma.outboxMessage.updateMany({
          where: { id, claimedBy: claim },
          data: { leaseUntil: new Date(Date.now() + leaseMs()) },
        });
        if (renewed.count !== 1 && !lost) {
          lost = true;
          console.warn(`outbox: lost the claim on message ${id} while sending it`);
        }
      })
      .catch((error: unknown) => console.error(`outbox: could not renew the claim on message ${id}`, error));
  }, leaseMs() / 3);
  return {
    async stop() {
      clearInterval(timer);
      await renewing;
    },
  };
}

/**
 * Sends what is due now, one message after the other (each claimed on its own), up to `limit` messages. The delivery
 * loop below is what runs in the app; this is the same work, once, for tests and scripts.
 */
export async function deliverOutbox({ limit = 20, now = new Date() }: { limit?: number; now?: Date } = {}) {
  const tried: string[] = [];
  let sent = 0;
  while (tried.length < limit) {
    const claimed = await claimNext(now, tried);
    if (!claimed) break;
    tried.push(claimed.id);
    if ((await deliverClaimed(claimed)) === "sent") sent += 1;
  }
  return { sent, tried: tried.length };
}

export type OutboxDelivery = {
  /** Look for due mail now instead of at the next poll. */
  wake: () => void;
  /** Takes no new message, waits up to `timeoutMs` for those being sent, gives back unused claims. */
  stop: (timeoutMs: number) => Promise<{ unfinished: number }>;
};

const deliveries = new Set<OutboxDelivery>();

/**
 * The delivery loop of this process: `senders` lanes, each claiming and sending one message at a time, asking for the
 * most urgent message before each one, and sleeping `pollMs` (or until woken) when nothing is due.
 */
export function startOutboxDelivery({
  senders = env.OUTBOX_SENDERS,
  pollMs = env.OUTBOX_POLL_MS,
} = {}): OutboxDelivery {
  let stopping = false;
  const sending = new Set<string>();
  let sleepers: (() => void)[] = [];
  const wake = () => {
    const woken = sleepers;
    sleepers = [];
    for (const resume of woken) resume();
  };
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const resume = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(resume, ms);
      sleepers.push(resume);
    });

  async function lane() {
    while (!stopping) {
      let claimed: Claim | null = null;
      try {
        claimed = await claimNext(new Date());
        if (!claimed) {
          await pause(pollMs);
          continue;
        }
        if (stopping) break; // given back by stop()
        sending.add(claimed.id);
        // After a failure, a breath before the next message: a mail server that is down is not hammered.
        if ((await deliverClaimed(claimed)) === "failed") await pause(pollMs);
      } catch (error) {
        console.error("outbox: delivery failed", error);
        await pause(pollMs);
      } finally {
        if (claimed) sending.delete(claimed.id);
      }
    }
  }

  const lanes = Promise.all(Array.from({ length: senders }, () => lane()));
  const delivery: OutboxDelivery = {
    wake,
    async stop(timeoutMs) {
      stopping = true;
      wake();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([lanes, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
      deliveries.delete(delivery);
      // A message still being sent keeps its claim: if the mail server accepts it before the process exits it is
      // marked sent; if not, the lease runs out and another process sends it.
      await releaseClaims([...sending]);
      return { unfinished: sending.size };
    },
  };
  deliveries.add(delivery);
  return delivery;
}

/** Gives back the claims of this process that are not being sent, so another process can take them at once. */
async function releaseClaims(stillSending: string[]) {
  const released = await prisma.outboxMessage.updateMany({
    where: { claimedBy: { startsWith: `${processId}#` }, status: "pending", id: { notIn: stillSending } },
    data: { claimedBy: null, leaseUntil: null },
  });
  return released.count;
}

/** Stops every delivery loop of this process (graceful shutdown). */
export async function stopOutboxDelivery(timeoutMs: number) {
  const results = await Promise.all([...deliveries].map((delivery) => delivery.stop(timeoutMs)));
  return { unfinished: results.reduce((sum, result) => sum + result.unfinished, 0) };
}

/** Looks for due mail at once in this process (after an urgent message was queued). */
export function wakeDelivery() {
  for (const delivery of deliveries) delivery.wake();
}

let transport: nodemailer.Transporter | undefined;
async function getTransport() {
  // Loaded by the first message: a worker that only serves pages never needs nodemailer (13 MB).
  const { default: nodemailer } = await import("nodemailer");
  // One connection per message (no pool): a process that exits mid-send cuts the conversation before the mail
  // server accepted it, so the message is sent again later rather than lost or half sent. A silent server is given
  // up after a minute, well within the lease renewals.
  transport ??= env.SMTP_URL
    ? nodemailer.createTransport({
        url: env.SMTP_URL,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true });
  return transport;
}

type StoredMessage = {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: string;
  createdAt: Date;
};

async function sendOne(message: StoredMessage) {
  const attachments = (JSON.parse(message.attachments) as EmailAttachment[]).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: a.content,
  }));
  const info = await (await getTransport()).sendMail({
    from: env.MAIL_FROM,
    to: message.to,
    subject: message.subject,
    html: message.html,
    text: message.text,
    attachments,
    // The same for every try: mail servers and mail programs can drop a copy sent twice after a crash.
    messageId: `<${message.id}@warmebuurt>`,
  });
  if (env.usesLocalOutbox) await writeToLocalOutbox(message, info);
}

async function writeToLocalOutbox(message: StoredMessage, info: { message?: unknown }) {
  await mkdir(env.OUTBOX_DIR, { recursive: true });
  const base = path.join(env.OUTBOX_DIR, `${message.createdAt.getTime()}-${message.id}`);
  if (Buffer.isBuffer(info.message)) await writeFile(`${base}.eml`, info.message);
  await writeFile(
    `${base}.json`,
    JSON.stringify({
      id: message.id,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      date: message.createdAt,
    }),
  );
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
