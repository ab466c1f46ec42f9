// Saved changes that anonymous visitors' pages show (an activity, a date, places left). The HTTP server's page cache
// (app/server/page-cache.ts) listens and forgets its stored pages; nothing else empties it, so a refused or
// meaningless request cannot push every visitor onto uncached rendering.
//
// The server (build/server.js) and the app (build/index.js) are two bundles with a copy of this module each: the
// listeners live on globalThis so both copies share them.

type Listener = () => void;
const key = Symbol.for("warmebuurt.publicChangeListeners");
const shared = globalThis as typeof globalThis & { [key]?: Set<Listener> };
const listeners = (shared[key] ??= new Set());

/** Call after the change is committed: a page rendered in between would otherwise be stored with the old state. */
export function notePublicChange() {
  for (const listener of listeners) listener();
}

export function onPublicChange(listener: Listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
