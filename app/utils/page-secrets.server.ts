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

export function newPageSecrets(): PageSecrets {
  return { nonce: randomBytes(16).toString("base64"), formKeySeed: randomUUID() };
}
