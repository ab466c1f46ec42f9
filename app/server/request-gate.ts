// The first thing a request that changes something meets: where it comes from, what kind of body it has and how
// big it is are checked before anything parses it. A 36-byte form field named `x[100000000]` once made Conform
// build a sparse array of a hundred million entries and froze the server for 75 s; a 50 MB body was read whole.
import type { IncomingMessage } from "node:http";
import { isSameOrigin } from "~/utils/same-origin";
import { headerOf } from "./node-http";

export type GateLimits = {
  /** Bytes of a form body. The largest real form (an agreement of 30 rules in four languages) is ~60 KB. */
  maxBytes: number;
  /** Fields in one form: the agreement form has at most ~300. */
  maxFields: number;
  /** The highest list index in a field name (`items[29].text`): an agreement has at most 30 rules. */
  maxIndex: number;
};

export const formLimits: GateLimits = { maxBytes: 1024 * 1024, maxFields: 1000, maxIndex: 199 };

/** Why a request is refused; the HTTP server shows the matching page from app/routes/fout.$reason.tsx. */
export type Refusal = { status: 400 | 403 | 413 | 415; reason: "formulier" | "herkomst" | "te-groot" | "soort" };

const refusals = {
  form: { status: 400, reason: "formulier" },
  origin: { status: 403, reason: "herkomst" },
  tooLarge: { status: 413, reason: "te-groot" },
  type: { status: 415, reason: "soort" },
} as const satisfies Record<string, Refusal>;

export type GateResult = { ok: true; body: Buffer | null } | { ok: false; refusal: Refusal };

const formTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];

export function changesSomething(method: string) {
  return method !== "GET" && method !== "HEAD" && method !== "OPTIONS";
}

/**
 * Checks a request that changes something and reads its body, at most `maxBytes` of it. Answers the body to hand
 * on to the app, or why it was refused: another site (403), not a form (415), too big (413), too many fields or a
 * list index no form has (400), a broken multipart body (400).
 */
export async function passGate(
  req: IncomingMessage,
  { appUrl, limits = formLimits }: { appUrl: string; limits?: GateLimits },
): Promise<GateResult> {
  const header = (name: string) => headerOf(req, name);
  if (!isSameOrigin(header, { requestHost: header("Host") ?? "", appUrl })) return refuse("origin");

  const declaredLength = Number(header("Content-Length") ?? "");
  if (declaredLength > limits.maxBytes) return refuse("tooLarge");
  const type = (header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!type) {
    // An empty POST (a bare button's form may send nothing) is fine; a body of unknown kind is not.
    if (declaredLength > 0 || header("Transfer-Encoding")) return refuse("type");
    return { ok: true, body: null };
  }
  if (!formTypes.includes(type)) return refuse("type");

  const body = await readAtMost(req, limits.maxBytes);
  if (!body) return refuse("tooLarge");
  const names = type === "multipart/form-data" ? await multipartNames(body, header("Content-Type") ?? "") : urlencodedNames(body, limits);
  if (!names || names.length > limits.maxFields) return refuse("form");
  if (names.some((name) => hasIndexAbove(name, limits.maxIndex))) return refuse("form");
  return { ok: true, body };
}

function refuse(why: keyof typeof refusals): GateResult {
  return { ok: false, refusal: refusals[why] };
}

/** The whole body, or null once it passes `maxBytes` (the rest is not read). */
export function readAtMost(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off("data", onData);
        // Stop reading; the answer closes the connection so the client stops sending.
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

/** Field names of a urlencoded body; counts separators first so a million fields are refused before parsing. */
function urlencodedNames(body: Buffer, limits: GateLimits): string[] | null {
  let separators = 0;
  for (const byte of body) if (byte === 0x26 /* & */ && ++separators >= limits.maxFields) return null;
  return [...new URLSearchParams(body.toString("latin1")).keys()];
}

async function multipartNames(body: Buffer, contentType: string): Promise<string[] | null> {
  try {
    const form = await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
    return [...form.keys()];
  } catch {
    return null;
  }
}

/** `items[3].text` has index 3; Conform also reads `items.3`. */
function hasIndexAbove(name: string, maxIndex: number) {
  for (const match of name.matchAll(/\[(\d+)\]|\.(\d+)(?=\.|\[|$)/g)) {
    const digits = match[1] ?? match[2] ?? "";
    if (digits.length > 6 || Number(digits) > maxIndex) return true;
  }
  return false;
}
