// The Warme Buurt service worker, built by app/sw.build.ts (esbuild + Workbox injectManifest) into
// public/sw.js. Residents open the app in concrete blocks with bad reception on cheap phones:
// - the hashed Remix build is precached, so the app starts without the network;
// - pages are network-first (fresh when possible), from the cache after 3 s or offline, marked as possibly out of date;
// - a never-visited page offline shows the offline page in the person's language;
// - a form with an idempotency key posted offline is queued (Background Sync, replayed on the next page load
//   where the browser lacks it) and sent once when the network is back.
import { Queue } from "workbox-background-sync";
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from "workbox-strategies";
import type { WorkboxPlugin } from "workbox-core/types";
import {
  cacheNames,
  fromWorker,
  idempotencyKeyField,
  isUnder,
  neverCachedPaths,
  offlineUrl,
  queuedActionBody,
  queuedActionStatus,
  sessionChangePaths,
  toWorker,
  translationsPath,
} from "~/utils/pwa";

declare const self: ServiceWorkerGlobalScope;

const locales = ["nl", "fr", "en", "ar"];
const manifest = self.__WB_MANIFEST;
// Changes with every deploy whose build changed: the offline pages refer to the hashed CSS of their build.
const version = hash(manifest.map((entry) => (typeof entry === "string" ? entry : `${entry.url}${entry.revision ?? ""}`)).join());
const offlineCache = `${cacheNames.offline}-${version}`;

precacheAndRoute(manifest);
cleanupOutdatedCaches();

// ---- Install and update ----------------------------------------------------------------------------------

self.addEventListener("install", (event) => {
  event.waitUntil(cacheOfflinePages(["nl"]));
});

/**
 * Settles once this worker's activation has cleaned up the old pages. A page stored before that (a "hello" that
 * arrived while the first worker was still activating) was deleted by the clean-up: about one first visit in three
 * lost its stored page that way. A worker started again later (it is stopped when idle) is active already.
 */
let cleanedUp: () => void = () => undefined;
const activation = new Promise<void>((resolve) => {
  cleanedUp = resolve;
  if (self.serviceWorker?.state === "activated") resolve();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(cacheNames.offline) && name !== offlineCache) await caches.delete(name);
      }
      // Cached pages refer to the hashed scripts of the old build, which the precache just dropped:
      // a page from the old build would open without its scripts. Visiting pages again refills this.
      await caches.delete(cacheNames.pages);
      cleanedUp();
      // Take over open pages only now: claiming earlier let a page's "hello" store a page that the
      // clean-up above then deleted. (Later versions still wait until the person taps "Reload".)
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const data: unknown = event.data;
  if (typeof data !== "object" || data === null || !("type" in data)) return;
  if (data.type === toWorker.skipWaiting) void self.skipWaiting();
  if (data.type === toWorker.claim) event.waitUntil(activation.then(() => self.clients.claim()));
  if (data.type === toWorker.hello) {
    const locale = "locale" in data && typeof data.locale === "string" ? data.locale : "nl";
    const pageUrl = event.source && "url" in event.source ? event.source.url : null;
    event.waitUntil(Promise.all([rememberLocale(locale), cacheOfflinePages(["nl", locale]), replayQueue(), activation.then(() => keepPage(pageUrl))]));
  }
  if (data.type === toWorker.keep && "urls" in data && Array.isArray(data.urls)) {
    // A survey has at most 30 questions: its screens, the start and the send page.
    const urls = data.urls.filter((url): url is string => typeof url === "string").slice(0, 40);
    event.waitUntil(activation.then(() => Promise.all(urls.map((url) => keepPage(new URL(url, self.location.origin).href)))));
  }
  if (data.type === toWorker.askStale && event.source && "id" in event.source) {
    if (staleClients.has(event.source.id)) event.source.postMessage({ type: fromWorker.stale });
  }
});

/**
 * Stores the offline page (and the "saved on your phone" page), rendered without cookies: in Dutch at install,
 * and in the page's language as soon as a page says hello. Eight server renders per install would be wasted.
 */
async function cacheOfflinePages(wanted: string[]) {
  const cache = await caches.open(offlineCache);
  const urls = [...new Set(wanted)].filter((locale) => locales.includes(locale)).flatMap((locale) => [offlineUrl(locale), offlineUrl(locale, true)]);
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      const response = await fetch(url, { credentials: "omit", cache: "no-store" });
      if (response.ok) await cache.put(url, response);
    }),
  );
}

/**
 * The very first page someone opens loads before the worker runs, so the worker never saw it go by.
 * Fetch it once more so that a page visited once opens offline too.
 */
async function keepPage(pageUrl: string | null) {
  if (!pageUrl) return;
  const url = new URL(pageUrl);
  url.hash = "";
  if (!isCacheablePage(url)) return;
  const cache = await caches.open(cacheNames.pages);
  if (await cache.match(url.href)) return;
  try {
    const response = await fetch(url.href, { credentials: "same-origin", redirect: "manual" });
    if (isStorable(response)) await cache.put(url.href, response);
  } catch {
    // offline: nothing to keep
  }
}

async function rememberLocale(locale: string) {
  if (!locales.includes(locale)) return;
  const cache = await caches.open(cacheNames.settings);
  await cache.put("/__locale", new Response(locale));
}

async function offlinePage(queued: boolean) {
  const settings = await caches.open(cacheNames.settings);
  const stored = await (await settings.match("/__locale"))?.text();
  const locale = stored && locales.includes(stored) ? stored : "nl";
  const cache = await caches.open(offlineCache);
  const page = (await cache.match(offlineUrl(locale, queued))) ?? (await cache.match(offlineUrl("nl", queued)));
  return page ?? new Response("Offline", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

// ---- Pages -----------------------------------------------------------------------------------------------

/** Clients whose page or data came from the cache: they show "possibly out of date". */
const staleClients = new Set<string>();

const personalOnly: WorkboxPlugin = {
  // Only whole, successful pages that the server allows to be stored; never a redirect or an error page.
  cacheWillUpdate: async ({ response }) => (isStorable(response) ? response : null),
  cachedResponseWillBeUsed: async ({ cachedResponse, event }) => {
    if (cachedResponse && event instanceof FetchEvent) {
      const clientId = event.resultingClientId || event.clientId;
      if (clientId) staleClients.add(clientId);
      if (event.clientId) {
        const client = await self.clients.get(event.clientId);
        client?.postMessage({ type: fromWorker.stale });
      }
    }
    return cachedResponse ?? null;
  },
};

/**
 * Pages and their data only (HTML, Remix's turbo-stream), never a download (CSV, calendar). Personal pages say
 * `private, no-store` to every HTTP cache, but this is the person's own phone: the worker keeps what they opened for
 * offline use and forgets it all at sign-out.
 */
function isStorable(response: Response) {
  if (response.status !== 200 || response.type === "opaqueredirect") return false;
  return /^text\/(html|x-script)/i.test(response.headers.get("Content-Type") ?? "");
}

const pages = new NetworkFirst({
  cacheName: cacheNames.pages,
  // A cheap phone on a weak signal: after 3 s the stored page is more useful than a spinner.
  networkTimeoutSeconds: 3,
  plugins: [personalOnly, new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true })],
});

const isCacheablePage = (url: URL) =>
  url.origin === self.location.origin && !url.pathname.startsWith("/build/") && !isUnder(url.pathname, neverCachedPaths);

registerRoute(
  ({ request, url }) => request.mode === "navigate" && isCacheablePage(url),
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      return offlinePage(false);
    }
  },
);

// Never-cached pages still get the offline page instead of the browser's error when the network is gone.
registerRoute(
  ({ request, url }) => request.mode === "navigate" && url.origin === self.location.origin,
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      return offlinePage(false);
    }
  },
);

// Remix's data requests for client-side navigation (`/activiteiten.data`): the same rules as the pages.
registerRoute(({ request, url }) => request.method === "GET" && url.pathname.endsWith(".data") && isCacheablePage(url), pages);

// ---- Texts ------------------------------------------------------------------------------------------------

// A page's texts (/vertalingen/<language and namespaces>.<hash>.json): named by their content, so a stored copy is
// always right, and a stored page finds them offline. A language or two times the parts of the app visited.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(translationsPath),
  new CacheFirst({
    cacheName: cacheNames.translations,
    // CacheFirst keeps only answers with status 200: a 404 or an offline failure is never stored.
    plugins: [new ExpirationPlugin({ maxEntries: 40, purgeOnQuotaError: true })],
  }),
);

// ---- Images ----------------------------------------------------------------------------------------------

registerRoute(
  ({ request, url }) => request.destination === "image" && url.origin === self.location.origin,
  new StaleWhileRevalidate({
    cacheName: cacheNames.images,
    // Icons and a few photos; 60 entries and 30 days keep the cache small on a phone with little storage.
    plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true })],
  }),
);

// ---- Forms -----------------------------------------------------------------------------------------------

// Stored in IndexedDB. Where the browser has Background Sync it replays on reconnection; Workbox also replays
// whenever the worker starts, and every page load asks for a replay (WB_HELLO), for browsers without it.
const queue = new Queue("wb-forms", {
  // A sign-up made in a basement on Friday evening must still go out on Monday morning.
  maxRetentionTime: 7 * 24 * 60,
  onSync: async () => replayQueue(),
});

let replaying: Promise<void> | null = null;
async function replayQueue() {
  // One replay at a time: two tabs saying hello must not send the same request twice.
  replaying ??= (async () => {
    let sent = 0;
    try {
      for (let entry = await queue.shiftRequest(); entry; entry = await queue.shiftRequest()) {
        try {
          const response = await fetch(entry.request.clone());
          // 5xx: the server did not handle it; keep it for later. 4xx: it will never succeed, drop it.
          if (response.status >= 500) throw new Error(`server answered ${response.status}`);
          sent += 1;
        } catch (error) {
          await queue.unshiftRequest(entry);
          throw error;
        }
      }
    } catch {
      // still offline: the next sync, start or page load tries again
    } finally {
      replaying = null;
      if (sent > 0) for (const client of await self.clients.matchAll()) client.postMessage({ type: fromWorker.replayed, sent });
    }
  })();
  return replaying;
}

async function hasIdempotencyKey(request: Request) {
  const type = request.headers.get("Content-Type") ?? "";
  if (!/application\/x-www-form-urlencoded|multipart\/form-data/.test(type)) return false;
  try {
    return (await request.formData()).has(idempotencyKeyField);
  } catch {
    return false;
  }
}

registerRoute(
  ({ url }) => url.origin === self.location.origin,
  async ({ request, event }) => {
    const sessionChange = isUnder(new URL(request.url).pathname, sessionChangePaths);
    // Send what this person queued while they are still signed in.
    if (sessionChange) await replayQueue();
    const forQueue = request.clone();
    const forCheck = request.clone();
    try {
      const response = await fetch(request);
      // Signed out, in, or acting for someone else: forget the pages and anything still unsent.
      if (sessionChange) await forgetPersonalData();
      return response;
    } catch (error) {
      if (!(await hasIdempotencyKey(forCheck))) {
        if (request.mode === "navigate") return offlinePage(false);
        throw error;
      }
      await queue.pushRequest({ request: forQueue });
      const clientId = event instanceof FetchEvent ? event.clientId : "";
      const client = clientId ? await self.clients.get(clientId) : undefined;
      client?.postMessage({ type: fromWorker.queued });
      if (request.mode === "navigate") return offlinePage(true);
      return new Response(queuedActionBody, { status: queuedActionStatus, headers: { "Content-Type": "text/x-script" } });
    }
  },
  "POST",
);

async function forgetPersonalData() {
  await caches.delete(cacheNames.pages);
  staleClients.clear();
  for (let entry = await queue.shiftRequest(); entry; entry = await queue.shiftRequest()) {
    // Dropped on purpose: sent after a sign-out it would act for whoever signs in next.
  }
}

function hash(text: string) {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (h * 33) ^ text.charCodeAt(i);
  return (h >>> 0).toString(36);
}
