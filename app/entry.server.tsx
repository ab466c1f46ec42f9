import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { env } from "~/utils/env.server";
import { startBackgroundWork } from "~/jobs.server";
import { setPageCaching } from "~/utils/cache-headers.server";
import { NonceProvider } from "~/utils/nonce";
import { newPageSecrets } from "~/utils/page-secrets.server";
import { securityHeaders } from "~/utils/security-headers.server";

const ABORT_DELAY = 5_000;

if (env.JOBS === "on") startBackgroundWork();

// What the HTTP server stops on SIGTERM (app/server/shutdown.ts): it reaches them through the build's entry module.
export { stopBackgroundWork } from "~/jobs.server";
export { closeDatabase } from "~/utils/db.server";

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const { nonce } = loadContext.pageSecrets ?? newPageSecrets();
  for (const [name, value] of Object.entries(securityHeaders(nonce, env))) responseHeaders.set(name, value);
  setPageCaching(request, responseHeaders);
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    // Not destroyed by itself once React has written it all: React aborts the render when its stream closes, and
    // doing that after every finished page built two errors each time (~1 % of a small page's CPU). As before, a
    // visitor who leaves mid-answer stops the render when its next part arrives (node-http.ts then cancels the body,
    // which destroys this stream) or at the deadline below.
    const body = new PassThrough({ autoDestroy: false });
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          body.once("finish", () => clearTimeout(deadline));
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(deadline);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // A visitor who went away mid-page (a phone losing its signal) makes React report each part it had left
          // ("The destination stream closed early"): no fault of the page, and a stack trace per part in the log.
          if (shellRendered && !body.destroyed) console.error(error);
        },
      },
    );
    // Stops a render that never finishes. Cleared once React has written the whole page (left running, every page
    // kept its render alive for 5 s, then aborted a finished stream). React renders on a later tick, so the callbacks
    // above that clear it run after this line.
    const deadline = setTimeout(abort, ABORT_DELAY);
  });
}

export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  setPageCaching(request, response.headers);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "same-origin");
  return response;
};
