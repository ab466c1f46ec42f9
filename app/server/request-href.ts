import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import { BoundedMap } from "~/utils/bounded-map";

/** Express's compiled TRUST_PROXY setting: is the proxy at this address trusted (hop 0: the one that connected)? */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The address as the visitor asked for it, worked out as Express does (`req.protocol` and the Host header): behind a
 * trusted proxy its X-Forwarded-Proto, else the socket's own. One function for the page cache's fast path, which runs
 * before Express, and for the requests Express handles, so both see the same address for the same request.
 * Whether an address is trusted is remembered: Express parses the address again on every request (3 % of a stored
 * page's time).
 */
export function requestHrefOf(trustProxy: TrustProxy) {
  // Bounded: a proxy is one address, visitors without one are many.
  const trusted = new BoundedMap<string, boolean>(1000);
  const trusts = (address: string) => trusted.remember(address, () => trustProxy(address, 0));
  return (req: IncomingMessage) => {
    const own = (req.socket as Partial<TLSSocket>).encrypted ? "https" : "http";
    const header = req.headers["x-forwarded-proto"];
    const forwarded = typeof header === "string" && trusts(req.socket.remoteAddress ?? "") ? header.split(",")[0]?.trim() : "";
    return new URL(req.url ?? "/", `${forwarded || own}://${req.headers.host ?? "localhost"}`).href;
  };
}
