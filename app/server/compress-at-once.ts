import zlib from "node:zlib";
import compression from "compression";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import type { ServerResponse } from "node:http";
import Negotiator from "negotiator";
import vary from "vary";

/**
 * How answers are compressed, here and by the compression middleware (index.ts). Gzip level 3: a signed-in page
 * compresses in a third of the time of the default 6, for some 8 % more bytes. Brotli (what phones ask for first) at
 * quality 2 with a 256 KB window: half the time of the middleware's default 4 and its 4 MB window, and still 7 %
 * smaller than gzip.
 */
export const compressionSettings = {
  level: 3,
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } },
};

/** The middleware's own rules: smaller answers are not worth it, and these are the encodings it offers, best first. */
const THRESHOLD_BYTES = 1024;
const SUPPORTED = ["br", "gzip", "deflate", "identity"];
const PREFERRED = ["br", "gzip"];
const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/i;
/** negotiator 0.6.4 breaks ties between equal preferences with `preferred` (as the middleware asks); its types lack it. */
type EncodingNegotiator = { encoding(available: string[], preferred: string[]): string | undefined };

/**
 * Compresses a whole answer at once, on this thread, as the compression middleware would have chosen to (same
 * content types, threshold, `no-transform` and negotiation; same settings), and sets its headers (Vary too, as the
 * middleware does). compress-at-once.test.ts checks that both still choose alike, so an upgrade of the middleware
 * that changes its rules shows there. Null when it would
 * not have compressed it: the answer then goes out as it is, and the middleware, seeing the same, leaves it too.
 *
 * Why: nearly every answer is one write (node-http.ts waits for 64 KB), and the middleware's stream compressed that
 * write on libuv's thread pool and handed it back in events, a third of the cost again on top of the compression
 * itself; at once, the signed-in activity list served some 13 % more pages per second. Longer answers (an export)
 * still stream through the middleware.
 */
export function compressAtOnce(res: ServerResponse, body: Buffer): Buffer | null {
  const req = res.req;
  // The middleware's filter (compressible content types) reads only the response's Content-Type.
  if (!compression.filter(req as ExpressRequest, res as ExpressResponse)) return null;
  if (NO_TRANSFORM.test(String(res.getHeader("Cache-Control") ?? ""))) return null;
  // Whatever this request gets, another browser may get another encoding of it: caches must keep them apart.
  vary(res, "Accept-Encoding");
  if (body.length < THRESHOLD_BYTES || req.method === "HEAD" || res.getHeader("Content-Encoding")) return null;
  const encoding = (new Negotiator(req) as EncodingNegotiator).encoding(SUPPORTED, PREFERRED);
  const packed =
    encoding === "br"
      ? zlib.brotliCompressSync(body, compressionSettings.brotli)
      : encoding === "gzip"
        ? zlib.gzipSync(body, { level: compressionSettings.level })
        : encoding === "deflate"
          ? zlib.deflateSync(body, { level: compressionSettings.level })
          : null;
  if (!packed) return null;
  res.setHeader("Content-Encoding", encoding ?? "");
  res.setHeader("Content-Length", packed.length);
  return packed;
}
