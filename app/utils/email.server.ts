// All email goes through here: templates are rendered when the change happens, stored in the
// outbox in the same transaction, and delivered later by deliverOutbox() with retries.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { render } from "@react-email/render";
import nodemailer from "nodemailer";
import type { ReactElement } from "react";
import type { Prisma, PrismaClient } from "@prisma/client";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";

export type EmailAttachment = { filename: string; contentType: string; content: string };

export type OutgoingEmail = {
  to: string;
  kind: string;
  subject: string;
  body: ReactElement;
  attachments?: EmailAttachment[];
  /** A message with the same key is only ever queued once (reminders, notices per version...). */
  dedupeKey?: string;
  /** Already rendered (see renderEmail): keeps slow rendering out of a transaction that holds a lock. */
  rendered?: { html: string; text: string };
};

type Db = PrismaClient | Prisma.TransactionClient;

export async function renderEmail(body: ReactElement) {
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { html, text };
}

/** Queue an email. Pass the transaction client so the email exists only if the change is committed. */
export async function enqueueEmail(db: Db, email: OutgoingEmail) {
  const { html, text } = email.rendered ?? (await renderEmail(email.body));
  const data = {
    to: email.to,
    kind: email.kind,
    subject: email.subject,
    html,
    text,
    attachments: JSON.stringify(email.attachments ?? []),
    dedupeKey: email.dedupeKey ?? null,
  };
  if (email.dedupeKey) {
    // One INSERT ... ON CONFLICT statement (Prisma's database upsert: the key in `where` and in `create`, an update
    // that changes nothing), so two jobs queueing the same email at once leave one row, on PostgreSQL too.
    await db.outboxMessage.upsert({ where: { dedupeKey: email.dedupeKey }, create: data, update: { dedupeKey: email.dedupeKey } });
  } else {
    await db.outboxMessage.create({ data });
  }
}

let transport: nodemailer.Transporter | undefined;
function getTransport() {
  transport ??= env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true });
  return transport;
}

const MAX_ATTEMPTS = 10;
const LOCK_MS = 60_000;

/** 30 s, 1 min, 2 min ... capped at one hour: a night-long SMTP outage is retried until morning. */
export function nextAttemptDelay(attempts: number) {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/**
 * Sends what is due. Each message is claimed with a conditional update first, so two workers
 * (two app processes) never send the same message.
 */
export async function deliverOutbox({ limit = 20, now = new Date() }: { limit?: number; now?: Date } = {}) {
  const due = await prisma.outboxMessage.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of due) {
    const claim = await prisma.outboxMessage.updateMany({
      where: { id, status: "pending", OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
      data: { lockedUntil: new Date(now.getTime() + LOCK_MS) },
    });
    if (claim.count !== 1) continue;
    const message = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    try {
      await sendOne(message);
      await prisma.outboxMessage.update({
        where: { id },
        data: { status: "sent", sentAt: new Date(), lockedUntil: null, attempts: { increment: 1 }, lastError: null },
      });
      sent++;
    } catch (error) {
      const attempts = message.attempts + 1;
      await prisma.outboxMessage.update({
        where: { id },
        data: {
          attempts,
          lockedUntil: null,
          lastError: error instanceof Error ? error.message : String(error),
          status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          nextAttemptAt: new Date(Date.now() + nextAttemptDelay(attempts)),
        },
      });
    }
  }
  return { sent, due: due.length };
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
  const info = await getTransport().sendMail({
    from: env.MAIL_FROM,
    to: message.to,
    subject: message.subject,
    html: message.html,
    text: message.text,
    attachments,
    // A stable id lets mail servers drop a copy if a crash made us send it again.
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
    JSON.stringify({ id: message.id, to: message.to, subject: message.subject, text: message.text, html: message.html, date: message.createdAt }),
  );
}
