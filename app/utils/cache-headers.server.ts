// Who may keep a copy of an answer. Anything that depends on who is signed in is `private, no-store`, so no shared
// cache (a proxy, a company network) and no browser disk cache keeps it; the service worker keeps the pages a person
// opened on their own phone for offline use and forgets them at sign-out (app/sw.ts). Anonymous pages say `no-cache`
// with `Vary: Cookie`: a shared cache must ask again every time, so no two visitors get one CSP nonce or form key.

/** The session cookie's name (app/utils/session.server.ts). */
const sessionCookie = "__session";

export const personal = "private, no-store";

function hasSession(request: Request) {
  return (request.headers.get("Cookie") ?? "").split(";").some((part) => part.trim().startsWith(`${sessionCookie}=`));
}

/** Sets Cache-Control and Vary on a page or its data (`.data`) before it is sent. */
export function setPageCaching(request: Request, headers: Headers) {
  if (hasSession(request) || headers.has("Set-Cookie")) {
    headers.set("Cache-Control", personal);
  } else if (!headers.has("Cache-Control")) {
    headers.set("Cache-Control", "no-cache");
  }
  headers.append("Vary", "Cookie");
}
