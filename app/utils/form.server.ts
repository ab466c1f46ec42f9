import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { z } from "zod";
import { env } from "~/utils/env.server";

/**
 * Reads a submitted form after checking that it was posted from this site (CSRF protection).
 * Every action reads its form through here: it is the one place the Origin check lives.
 */
export async function readForm(request: Request): Promise<FormData> {
  requireSameOrigin(request);
  return request.formData();
}

export function requireSameOrigin(request: Request) {
  const origin = request.headers.get("Origin");
  const fetchSite = request.headers.get("Sec-Fetch-Site");
  // Browsers send Origin on every POST; a request without it and without fetch metadata is not a browser.
  if (!origin) {
    if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") throw forbiddenOrigin();
    return;
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbiddenOrigin();
  }
  const allowed = new Set([new URL(request.url).host, new URL(env.APP_URL).host]);
  const forwardedHost = request.headers.get("X-Forwarded-Host");
  if (forwardedHost) allowed.add(forwardedHost);
  if (!allowed.has(originHost)) throw forbiddenOrigin();
}

function forbiddenOrigin() {
  return new Response("Cross-site form submissions are not accepted", { status: 403 });
}

/** Reads and validates a form with its Zod schema (Conform's submission, ready to `reply()`). */
export async function parseForm<Schema extends z.ZodTypeAny>(request: Request, schema: Schema) {
  const formData = await readForm(request);
  return parseWithZod(formData, { schema });
}

/**
 * A form checked on the server only, for pages that must stay light on a cheap phone (no Zod or Conform in the
 * browser): the loader passes `constraint` (required, min, max... from the same schema) to useServerCheckedForm
 * (server-checked-form.ts), the action parses with `parse(await readForm(request))` and returns
 * `submission.reply()` as `lastResult`.
 */
export function serverCheckedForm<Schema extends z.ZodTypeAny>(schema: Schema) {
  return { constraint: getZodConstraint(schema), parse: (formData: FormData) => parseWithZod(formData, { schema }) };
}
