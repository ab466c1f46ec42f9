import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import type { z } from "zod";
import type { SubmissionResult } from "@conform-to/react";
import { AppError } from "~/utils/app-error";
import { env } from "~/utils/env.server";
import { idempotencyKeyField } from "~/utils/pwa";
import { isSameOrigin } from "~/utils/same-origin";

/**
 * Reads a submitted form after checking that it was posted from this site (CSRF protection). The HTTP server's
 * request gate (app/server/request-gate.ts) checked origin, kind and size before; this check stays for requests
 * that reach the app another way (the dev server's first requests, tests).
 */
export async function readForm(request: Request): Promise<FormData> {
  requireSameOrigin(request);
  try {
    return await request.formData();
  } catch {
    // Not a form at all (text/plain, broken multipart): the visitor's mistake, not the server's.
    throw new Response("formulier", { status: 400 });
  }
}

export function requireSameOrigin(request: Request) {
  const header = (name: string) => request.headers.get(name);
  if (!isSameOrigin(header, { requestHost: new URL(request.url).host, appUrl: env.APP_URL })) {
    throw new Response("herkomst", { status: 403 });
  }
}

/** The highest list index a form may name (an agreement has at most 30 rules); see request-gate.ts. */
const MAX_LIST_INDEX = 199;
/** Conform's own fields: `__intent__` carries list buttons (add a rule, remove one); `__state__` we never send. */
const CONFORM_INTENT = "__intent__";

/**
 * Parses a form with its schema the one way every action does. Fields the schema does not name are dropped
 * before Conform sees them, so a reply never echoes what the person did not type into this form; Conform's list
 * intents are checked, so a crafted one cannot make it build a huge list.
 */
export function parseSubmission<Schema extends z.ZodTypeAny>(formData: FormData, schema: Schema) {
  return parseWithZod(onlyKnownFields(formData, fieldNamesOf(schema)), { schema });
}

/** Reads and validates a form with its Zod schema (Conform's submission, ready to `reply()`). */
export async function parseForm<Schema extends z.ZodTypeAny>(request: Request, schema: Schema) {
  return parseSubmission(await readForm(request), schema);
}

/**
 * A form checked on the server only, for pages that must stay light on a cheap phone (no Zod or Conform in the
 * browser): the loader passes `constraint` (required, min, max... from the same schema) to useServerCheckedForm
 * (server-checked-form.ts), the action parses with `parse(await readForm(request))` and returns
 * `submission.reply()` as `lastResult`.
 */
export function serverCheckedForm<Schema extends z.ZodTypeAny>(schema: Schema) {
  return { constraint: constraintOf(schema), parse: (formData: FormData) => parseSubmission(formData, schema) };
}

const knownNames = new WeakMap<z.ZodTypeAny, Set<string>>();

/** The top-level field names a schema reads (every case of a union), worked out once per schema. */
function fieldNamesOf(schema: z.ZodTypeAny): Set<string> {
  let names = knownNames.get(schema);
  if (!names) {
    names = new Set(Object.keys(constraintOf(schema)).map(topLevelName));
    names.add(idempotencyKeyField);
    knownNames.set(schema, names);
  }
  return names;
}

function topLevelName(name: string) {
  return name.split(/[.[]/, 1)[0] ?? name;
}

function onlyKnownFields(formData: FormData, names: Set<string>): FormData {
  const kept = new FormData();
  for (const [name, value] of formData) {
    if (name === CONFORM_INTENT) {
      if (!isSafeIntent(value)) throw new Response("formulier", { status: 400 });
      kept.append(name, value);
    } else if (names.has(topLevelName(name))) {
      kept.append(name, value);
    }
  }
  return kept;
}

/** A Conform list intent as its buttons send it: JSON with a type and, for lists, small indexes. */
function isSafeIntent(value: FormDataEntryValue): boolean {
  if (typeof value !== "string") return false;
  let intent: unknown;
  try {
    intent = JSON.parse(value);
  } catch {
    return false;
  }
  if (typeof intent !== "object" || intent === null || !("type" in intent) || typeof intent.type !== "string") return false;
  if (!("payload" in intent) || typeof intent.payload !== "object" || intent.payload === null) return false;
  const payload: Record<string, unknown> = { ...intent.payload };
  return ["index", "from", "to"].every((key) => {
    const at = payload[key];
    return at === undefined || (Number.isInteger(at) && Number(at) >= 0 && Number(at) <= MAX_LIST_INDEX);
  });
}

/**
 * An action's answer to a refusal from a feature: the form again with the message (on its field, or for the whole
 * form) and the values the person typed, with the refusal's status. On a page with several forms, `which` (the
 * intent, and the item it is about) tells useIntentForm which form shows it. Other errors are not the person's:
 * rethrown.
 */
export function replyWithError(
  submission: { reply: (options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }) => SubmissionResult<string[]> },
  error: unknown,
  which: { intent?: unknown; subject?: string } = {},
) {
  if (!(error instanceof AppError)) throw error;
  const result = submission.reply(error.field ? { fieldErrors: { [error.field]: [error.code] } } : { formErrors: [error.code] });
  return Response.json({ ...which, result }, { status: error.status });
}
