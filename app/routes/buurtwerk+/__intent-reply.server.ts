// A refusal on a page with several forms (one per intent): replyWithError's answer, plus the intent and subject that
// tell useIntentForm which of the forms shows it.
import { replyWithError } from "~/utils/form.server";

type Submission = Parameters<typeof replyWithError>[0];

export async function replyToIntent(
  submission: Submission,
  error: unknown,
  which: { intent: unknown; subject?: string },
) {
  const reply = replyWithError(submission, error);
  const body: unknown = await reply.json();
  return Response.json({ ...which, ...(typeof body === "object" ? body : {}) }, { status: reply.status });
}
