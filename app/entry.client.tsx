import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { listenForInstallPrompt } from "~/features/pwa/pwa-state";
import { loadTranslations } from "~/utils/i18n";

listenForInstallPrompt();

// The page's texts (preloaded by a link in its head) before it comes alive. Without them (offline, never stored)
// the page stays as the server sent it: its links and forms work without JavaScript.
const preloaded = document.querySelector<HTMLLinkElement>("link[data-translations]");
const ready = preloaded?.dataset.translations
  ? loadTranslations({ key: preloaded.dataset.translations, href: preloaded.href })
  : Promise.resolve(true);

void ready.then((loaded) => {
  if (!loaded) return;
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
});

// The service worker only in production builds: in development it would serve stale code after each change.
// After the load event, so its precaching never competes with the first visit on a slow connection.
if (process.env.NODE_ENV === "production" && "serviceWorker" in navigator) {
  const register = () =>
    void import("~/features/pwa/service-worker.client").then(({ registerServiceWorker }) => registerServiceWorker());
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
