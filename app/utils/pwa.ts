// What the app and its service worker (app/sw.ts) agree on. Pure values: this file is bundled into both.

/** The hidden field that makes a form queueable offline and replay-safe (see app/utils/idempotency.server.ts). */
export const idempotencyKeyField = "idempotencyKey";

/** Server-rendered and client keys: a UUID, or a per-request seed plus React's useId. */
export const idempotencyKeyPattern = /^[A-Za-z0-9:_-]{8,100}$/;

/** Messages the page sends to the service worker. */
export const toWorker = {
  /** Sent on every page load: the language for the offline page, and a chance to replay the queue. */
  hello: "WB_HELLO",
  /** Asks whether this page was served from the cache (the worker answers `stale`). */
  askStale: "WB_ASK_STALE",
  /** From a page that opened while the first worker was starting and so missed its clients.claim(). */
  claim: "WB_CLAIM",
  /** Asks the worker to store these pages now (a survey's screens, so it can be answered on without network). */
  keep: "WB_KEEP",
  /** workbox-window's messageSkipWaiting sends this exact type. */
  skipWaiting: "SKIP_WAITING",
} as const;

/** Messages the service worker sends to its pages. */
export const fromWorker = {
  stale: "WB_STALE",
  queued: "WB_QUEUED",
  replayed: "WB_REPLAYED",
} as const;

/** Cache names the worker uses at run time (the precache is managed by Workbox). */
export const cacheNames = {
  pages: "wb-pages",
  images: "wb-images",
  offline: "wb-offline",
  settings: "wb-settings",
  translations: "wb-translations",
} as const;

/** Where a page's texts are fetched from (app/routes/vertalingen.$file.ts). */
export const translationsPath = "/vertalingen/";

/** The offline page, prerendered in every language when the worker installs. */
export const offlinePath = "/offline";
export const offlineUrl = (locale: string, queued = false) =>
  `${offlinePath}?lng=${locale}${queued ? "&status=queued" : ""}`;

/**
 * Posts that change who is signed in: the worker forgets cached pages before passing them on,
 * so a shared family phone never shows one person's pages to the next.
 */
export const sessionChangePaths = ["/uitloggen", "/inloggen", "/namens"];

/** Pages never kept for offline use: one-time sign-in links, the development mailbox, health checks. */
export const neverCachedPaths = ["/inloggen", "/dev/", "/healthz", "/uitloggen", offlinePath];

export function isUnder(pathname: string, prefixes: readonly string[]) {
  return prefixes.some((prefix) => pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`) || pathname.startsWith(`${prefix}.data`));
}

/**
 * The answer to a queued fetch from Remix (single fetch) while offline: a turbo-stream encoding of
 * `{ data: { offlineQueued: true } }`, so `useActionData()` / `fetcher.data` read `{ offlineQueued: true }`.
 * Served with status 503: Remix then skips revalidating loaders, which could only fail offline.
 * pwa.test.ts decodes it with Remix's own turbo-stream, so a Remix upgrade that changes the format fails a test.
 */
export const queuedActionBody = '[{"_1":2},"data",{"_3":4},"offlineQueued",true]\n';
export const queuedActionStatus = 503;

export type OfflineQueuedResult = { offlineQueued: true };

export function isOfflineQueued(value: unknown): value is OfflineQueuedResult {
  return typeof value === "object" && value !== null && "offlineQueued" in value && value.offlineQueued === true;
}
