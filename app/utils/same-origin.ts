/**
 * Whether a state-changing request comes from this site (CSRF protection). Browsers send Origin on every POST;
 * a request without it and without fetch metadata is not a browser (a script acting for itself), so it passes.
 * Used by the HTTP server's request gate (before anything is read) and by readForm (app/utils/form.server.ts).
 */
export function isSameOrigin(
  header: (name: string) => string | null | undefined,
  { requestHost, appUrl }: { requestHost: string; appUrl: string },
): boolean {
  const origin = header("Origin");
  const fetchSite = header("Sec-Fetch-Site");
  if (!origin || origin === "null") {
    if (origin === "null") return false;
    return !fetchSite || fetchSite === "same-origin" || fetchSite === "none";
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const allowed = new Set([requestHost, new URL(appUrl).host]);
  const forwardedHost = header("X-Forwarded-Host");
  if (forwardedHost) allowed.add(forwardedHost);
  return allowed.has(originHost);
}

/**
 * Whether a page was opened from this site itself, or typed in or bookmarked. A link on another site (or in a
 * mail client's web view) says `cross-site`: opening a page must not count as someone looking at an address
 * because another site made their browser open it. Browsers without fetch metadata count as this site.
 */
export function openedFromThisSite(header: (name: string) => string | null | undefined): boolean {
  const site = header("Sec-Fetch-Site");
  return !site || site === "same-origin" || site === "none";
}
