// All email goes through here: templates are rendered when the change happens, stored in the
// outbox in the same transaction, and delivered later by the delivery loop (outbox.server.ts) with retries.
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import type { Prisma, PrismaClient } from "@prisma/client";
import { wakeDelivery, type EmailAttachment } from "~/utils/outbox.server";
import { priorities, priorityOf } from "~/utils/outbox-rules";

// Sending once, for tests and scripts, is where it always was; the app runs the delivery loop (startOutboxDelivery).
export { deliverOutbox } from "~/utils/outbox.server";
export { nextAttemptDelay } from "~/utils/outbox-rules";

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
    priority: priorityOf(email.kind),
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
  // Someone waits for this one (a sign-in code): look for it right away rather than at the next poll. It is usually
  // queued inside a transaction that commits a few ms later, so look shortly after, and once more to be sure.
  if (data.priority === priorities.urgent) {
    setTimeout(wakeDelivery, 20).unref();
    setTimeout(wakeDelivery, 200).unref();
  }
}
