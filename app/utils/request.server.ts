import type { AppLoadContext } from "@remix-run/node";

/**
 * The visitor's address for per-address limits, as the HTTP server saw it (app/server/index.ts, Express `req.ip`):
 * the socket's address, or the one a trusted proxy reports when TRUST_PROXY is set. A forwarded header alone is
 * never believed: anyone can write one. Null only outside the HTTP server (tests calling actions directly).
 */
export function clientAddress(context: AppLoadContext): string | null {
  return context.clientAddress ?? null;
}
