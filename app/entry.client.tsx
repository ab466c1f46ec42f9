import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { listenForInstallPrompt } from "~/features/pwa/pwa-state";

listenForInstallPrompt();

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});

// The service worker only in production builds: in development it would serve stale code after each change.
// After the load event, so its precaching never competes with the first visit on a slow connection.
if (process.env.NODE_ENV === "production" && "serviceWorker" in navigator) {
  const register = () =>
    void import("~/features/pwa/service-worker.client").then(({ registerServiceWorker }) => registerServiceWorker());
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
