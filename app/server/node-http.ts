import type { IncomingMessage, ServerResponse } from "node:http";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { REQUEST_ID_HEADER } from "~/utils/request-scope.server";
import { compressAtOnce } from "./compress-at-once";

/**
 * Node's request as a web Request for Remix, the way @remix-run/express does it, kept here so the page cache
 * can sit between the two (`readBody`: the body the request gate read already). The request is aborted when the visitor goes away before the answer is sent.
 */
export function toWebRequest(req: IncomingMessage, res: ServerResponse, href: string, readBody: Buffer | null = null): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // Only this server marks a request as one scope (request-scope.server.ts); a visitor's mark would join another's.
    if (value === undefined || name === REQUEST_ID_HEADER) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  // A body the request gate already read (and checked) is handed on as it is.
  const body = readBody ?? (hasBody ? createReadableStreamFromReadable(req) : undefined);
  return new Request(href, {
    method: req.method,
    headers,
    signal: controller.signal,
    ...(body ? { body, duplex: "half" } : {}),
  } as RequestInit);
}

/** A request header by name, as one value (Node lists only Set-Cookie, which requests do not carry, as several). */
export function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export async function sendWebResponse(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  res.statusMessage = response.statusText;
  const cookies = response.headers.getSetCookie();
  for (const [name, value] of response.headers) {
    if (name.toLowerCase() !== "set-cookie") res.setHeader(name, value);
  }
  if (cookies.length > 0) res.setHeader("Set-Cookie", cookies);
  if (response.body) await writeBody(response.body, res);
  else res.end();
}

/**
 * The body in writes of at least 64 KB: a page is one write, compressed at once (compress-at-once.ts). Remix's own
 * writer flushed the compressor after every chunk React made (a dozen per page): each flush was a round trip to the
 * thread pool and a block boundary, 9 % of a signed-in page's CPU. Nothing in the app streams its answer in parts
 * (no deferred data), so waiting for 64 KB delays nothing anyone sees.
 */
async function writeBody(body: ReadableStream<Uint8Array>, res: ServerResponse) {
  const reader = body.getReader();
  let waiting: Uint8Array[] = [];
  let size = 0;
  const write = async () => {
    const chunk = waiting.length === 1 ? waiting[0] : Buffer.concat(waiting);
    waiting = [];
    size = 0;
    if (chunk && !res.write(chunk)) await drainedOrClosed(res);
  };
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      // The visitor went away: nothing more to send (and no 'drain' would ever come).
      if (res.destroyed || res.socket?.destroyed === true) {
        await reader.cancel();
        return;
      }
      waiting.push(next.value);
      size += next.value.length;
      if (size >= 65_536) await write();
    }
    // All of it arrived before 64 KB (and nothing was written yet): one piece, compressed here if it should be.
    if (!res.headersSent && size > 0) {
      const whole = waiting.length === 1 && waiting[0] ? asBuffer(waiting[0]) : Buffer.concat(waiting);
      res.end(compressAtOnce(res, whole) ?? whole);
      return;
    }
    if (size > 0) await write();
    res.end();
  } catch (error) {
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

/** The same bytes as a Buffer (what zlib and `res.end` take), without copying them. */
function asBuffer(bytes: Uint8Array) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Resolves when the socket takes more again, or when it closed (the visitor went away mid-answer). */
function drainedOrClosed(res: ServerResponse) {
  return new Promise<void>((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}
