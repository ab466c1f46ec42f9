// Registers the service worker (app/sw.ts) after the page has loaded, and relays what it says to the banners.
// Loaded as a separate chunk from entry.client.tsx, in production builds only.
import { Workbox } from "workbox-window";
import { fromWorker, toWorker } from "~/utils/pwa";
import { onApplyUpdate, setPwaState } from "~/features/pwa/pwa-state";

export async function registerServiceWorker() {
  const wb = new Workbox("/sw.js");

  // A new version installed while this page runs an older one: offer a reload, never force it.
  wb.addEventListener("waiting", () => setPwaState({ updateReady: true }));
  onApplyUpdate(() => {
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
    wb.messageSkipWaiting();
  });

  navigator.serviceWorker.addEventListener("message", (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data !== "object" || data === null || !("type" in data)) return;
    if (data.type === fromWorker.stale) setPwaState({ stale: true });
    if (data.type === fromWorker.queued) setPwaState({ queued: true });
    if (data.type === fromWorker.replayed) setPwaState((current) => ({ queued: false, sent: current.sent + 1 }));
  });

  // The first worker takes control with clients.claim(): greet it then too.
  navigator.serviceWorker.addEventListener("controllerchange", hello);
  window.addEventListener("online", hello);
  await wb.register();
  hello();
  // A page whose address was opened just before the first worker took over is left out of its clients.claim()
  // (seen in end-to-end runs about one time in ten): without this it could not save a form offline until reloaded.
  const registration = await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) registration.active?.postMessage({ type: toWorker.claim });
}

/** Tells the worker the page's language (for its offline page) and lets it send what was queued. */
function hello() {
  const worker = navigator.serviceWorker.controller;
  if (!worker) return;
  worker.postMessage({ type: toWorker.hello, locale: document.documentElement.lang });
  worker.postMessage({ type: toWorker.askStale });
}
