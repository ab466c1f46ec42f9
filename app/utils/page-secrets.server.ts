import { randomBytes, randomUUID } from "node:crypto";

/**
 * The random values that make each HTML response unique: the Content-Security-Policy nonce and the seed of the
 * idempotency keys no-JS forms carry. The HTTP server (app/server/index.ts) makes them and passes them in the load
 * context, so its page cache can give every visitor of a stored page fresh ones.
 */
export type PageSecrets = { nonce: string; formKeySeed: string };

declare module "@remix-run/node" {
  // Only an interface can be extended from here (declaration merging).
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface AppLoadContext {
    pageSecrets?: PageSecrets;
    /** The visitor's address (app/server/index.ts): the socket's, or what a trusted proxy reports (TRUST_PROXY). */
    clientAddress?: string | null;
  }
}

// Random bytes are taken from the system's generator 4 KB at a time and each used once, as randomUUID does: one
// call for each stored page served was 6 % of the time of serving it.
let pool = Buffer.alloc(0);
let used = 0;
function freshRandomBytes(size: number) {
  if (used + size > pool.length) {
    pool = randomBytes(4096);
    used = 0;
  }
  used += size;
  return pool.subarray(used - size, used);
}

export function newPageSecrets(): PageSecrets {
  return { nonce: freshRandomBytes(16).toString("base64"), formKeySeed: randomUUID() };
}
