import { flatRoutes } from "remix-flat-routes";

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  serverModuleFormat: "esm",
  tailwind: true,
  postcss: false,
  // Routes live in +folders (remix-flat-routes); Remix's own convention is switched off.
  ignoredRouteFiles: ["**/*"],
  routes: async (defineRoutes) =>
    flatRoutes("routes", defineRoutes, {
      ignoredRouteFiles: ["**/*.test.{ts,tsx}", "**/__*.*"],
    }),
  serverDependenciesToBundle: [],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    // Off: every route is in the manifest from the start. A phone then needs no /__manifest request to follow a
    // link (also offline, where the service worker has every route module precached), and hydrating a page with
    // many links does less work (activity page: ~12% less script time in Chromium, measured with CDP metrics).
    v3_lazyRouteDiscovery: false,
  },
};
