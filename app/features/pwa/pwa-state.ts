// What the service worker and the browser tell the page, for the banners (components/pwa-banners.tsx).
// A tiny store outside React: the worker registration is loaded after the page, in its own chunk.
import { useSyncExternalStore } from "react";

type InstallPromptEvent = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> };

export type PwaState = {
  /** A new service worker is installed and waits for the person to reload. */
  updateReady: boolean;
  /** This page or its data came from the phone's cache. */
  stale: boolean;
  /** A form was stored on the phone and waits for the network. */
  queued: boolean;
  /** How many stored forms have been sent since the page opened. */
  sent: number;
  /** The browser offers installing the app (Chrome's beforeinstallprompt). */
  installable: boolean;
};

const initial: PwaState = { updateReady: false, stale: false, queued: false, sent: 0, installable: false };
let state = initial;
const listeners = new Set<() => void>();

export function setPwaState(patch: Partial<PwaState> | ((current: PwaState) => Partial<PwaState>)) {
  state = { ...state, ...(typeof patch === "function" ? patch(state) : patch) };
  for (const listener of listeners) listener();
}

export function usePwaState() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => initial,
  );
}

let applyUpdateHandler: () => void = () => window.location.reload();

/** The registration sets how to activate the waiting worker (skipWaiting, then reload). */
export function onApplyUpdate(handler: () => void) {
  applyUpdateHandler = handler;
}

export function applyUpdate() {
  applyUpdateHandler();
}

let installEvent: InstallPromptEvent | null = null;

function isInstallPromptEvent(event: Event): event is InstallPromptEvent {
  return "prompt" in event && typeof event.prompt === "function";
}

/** Called first thing in the browser: Chrome fires beforeinstallprompt early, maybe before React is ready. */
export function listenForInstallPrompt() {
  window.addEventListener("beforeinstallprompt", (event) => {
    if (!isInstallPromptEvent(event)) return;
    // We ask gently ourselves, at a better moment than Chrome's mini-infobar.
    event.preventDefault();
    installEvent = event;
    setPwaState({ installable: true });
  });
  window.addEventListener("appinstalled", () => {
    installEvent = null;
    setPwaState({ installable: false });
  });
}

export async function promptInstall() {
  const event = installEvent;
  installEvent = null;
  setPwaState({ installable: false });
  if (!event) return;
  await event.prompt();
  await event.userChoice;
}
