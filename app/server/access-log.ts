// One line per request, without query strings and with long path segments (calendar tokens, cancel links) left out:
// access logs must not become a list of who signed up for what. Lines are written in batches: a write to the
// terminal or a pipe blocks the process, and one per request cost a crowd on a poster's link a good part of its speed.
import type { IncomingMessage, ServerResponse } from "node:http";

let pending: string[] = [];
let flushing: NodeJS.Timeout | undefined;

function flush() {
  flushing = undefined;
  if (pending.length === 0) return;
  const lines = pending;
  pending = [];
  process.stdout.write(`${lines.join("\n")}\n`);
}

// Whatever is left goes out before the process ends (a graceful stop, an error).
process.on("exit", flush);

/** Logs the request once its answer is sent. The address is taken now: routers below may rewrite `req.url`. */
export function logAccess(req: IncomingMessage, res: ServerResponse) {
  const started = performance.now();
  const url = req.url ?? "";
  res.on("finish", () => {
    const pathOnly = (url.split("?")[0] ?? "").replace(/[^/]{20,}/g, "…");
    const ms = (performance.now() - started).toFixed(1);
    pending.push(`${req.method} ${pathOnly} ${res.statusCode} ${ms} ms`);
    // A quarter of a second late at most; at once when many lines wait.
    if (pending.length >= 200) flush();
    else flushing ??= setTimeout(flush, 250).unref();
  });
}
