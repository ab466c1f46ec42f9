// The production HTTP server (its bundle, build/app-server.js, is what each worker of `npm start` runs; see main.ts):
// the access log and the page cache for public pages, then Express: static files, compression and Remix. `npm run dev`
// runs this file directly with tsx.
import { readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { broadcastDevReady, createRequestHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { env } from "~/utils/env.server";
import { newPageSecrets } from "~/utils/page-secrets.server";
import { onPublicChange } from "~/utils/public-changes.server";
import { closeRequestScope, openRequestScope, REQUEST_ID_HEADER } from "~/utils/request-scope.server";
import { compressionSettings } from "./compress-at-once";
import { PageCache } from "./page-cache";
import { headerOf, sendWebResponse, toWebRequest } from "./node-http";
import { connectCacheBus } from "./cache-bus";
import { logAccess } from "./access-log";
import { requestHrefOf, type TrustProxy } from "./request-href";
import { changesSomething, passGate, type Refusal } from "./request-gate";
import { installGracefulShutdown, lifecycleOf } from "./shutdown";

const mode = process.env.NODE_ENV ?? "production";
const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const buildPath = path.resolve("build/index.js");
const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
const handleRemix = createRequestHandler(build, mode);

const pageCache = new PageCache({
  // 0 turns it off (the end-to-end tests write to the database behind the app's back).
  ttlMs: Number(process.env.PAGE_CACHE_SECONDS ?? 30) * 1000,
  maxEntries: 1000,
  paths: [/^\/activiteiten\/?$/, /^\/activiteiten\/[A-Za-z0-9_-]+\/?$/],
  neutralCookies: ["lng"],
  // A change saved here empties the caches of the other processes too, and theirs empty this one (cache-bus.ts).
  onClear: () => cacheBus.publish(),
});
const cacheBus = connectCacheBus({
  databaseUrl: env.DATABASE_URL,
  onRemoteClear: () => pageCache.clear("elsewhere"),
});
// Only a saved change that these pages show empties it (the activities feature says so after its commit).
onPublicChange(() => pageCache.clear());

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
const hrefOf = requestHrefOf(app.get("trust proxy fn") as TrustProxy);
// Browsers then never try plain HTTP again, so nobody on the wijkhuis wifi can read a session cookie.
const strictTransport = mode === "production" && appUrl.startsWith("https:");
const strictTransportHeader: [string, string] = ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"];

/**
 * Every request starts here. A stored public page (page-cache.ts) goes out at once, compressed already: Express's
 * own work for a request (its request object, the proxy check, the middleware chain) was a third of the time of such
 * an answer. Anything else goes on to Express.
 */
function handleRequest(req: IncomingMessage, res: ServerResponse) {
  logAccess(req, res);
  try {
    if (!sendStoredPage(req, res)) {
      if (strictTransport) res.setHeader(...strictTransportHeader);
      app(req, res);
    }
  } catch (error) {
    // Outside Express nothing else would catch it, and a throw here would end the process with everyone's requests.
    console.error("request failed before Express", error);
    if (res.headersSent) res.destroy();
    else res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Internal Server Error");
  }
}

/** Answers a stored page, or a broken address; false when the request is Express's. */
function sendStoredPage(req: IncomingMessage, res: ServerResponse) {
  let href: string;
  try {
    href = hrefOf(req);
  } catch {
    // No address can be made of what it sent (a broken Host header): no browser does that.
    res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" }).end("Bad Request");
    return true;
  }
  const answer = pageCache.storedAnswer({ method: req.method ?? "GET", url: href, header: (name) => headerOf(req, name) });
  if (!answer) return false;
  // Headers as one list: Node refuses a list of pairs once a header was set with setHeader (which once broke every
  // stored page on https, where HSTS was set first).
  res.writeHead(answer.status, strictTransport ? [...answer.headers, strictTransportHeader] : answer.headers);
  res.end(answer.body);
  return true;
}

// Answers that are one piece (nearly all) are compressed at once when they are sent (compress-at-once.ts); this
// compresses the rest (files, longer answers) the same way.
app.use(compression(compressionSettings));
// Remix names these files by their content: they never change.
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
// The other files of public/ (icons, the service worker, the manifest). Only their addresses go to the file system:
// looking every page's address up on disk first was 8 % of a signed-in page's CPU.
const publicEntries = new Set(readdirSync("public").filter((name) => name !== "build"));
const servePublic = express.static("public", {
  maxAge: "1h",
  // The service worker and the manifest must be checked on every visit, or an update waits an hour.
  setHeaders: (res, file) => {
    if (/(sw\.js|manifest\.webmanifest)$/.test(file)) res.setHeader("Cache-Control", "no-cache");
  },
});
app.use((req, res, next) => {
  const first = req.path.split("/")[1] ?? "";
  if (publicEntries.has(first)) servePublic(req, res, next);
  else next();
});
app.all("*", async (req, res, next) => {
  try {
    let body: Buffer | null = null;
    if (changesSomething(req.method)) {
      const gate = await passGate(req, { appUrl });
      if (!gate.ok) return await sendRefusal(req, res, gate.refusal);
      body = gate.body;
    }
    const request = toWebRequest(req, res, hrefOf(req), body);
    // A page's loaders share what is worked out once per request, such as the Actor (request-scope.server.ts).
    const scope = changesSomething(req.method) ? null : openRequestScope();
    if (scope) request.headers.set(REQUEST_ID_HEADER, scope);
    try {
      // The visitor's address as Express sees it: the socket's, or the proxy's report when TRUST_PROXY says so.
      const clientAddress = req.ip ?? null;
      const response = await pageCache.handle(request, (pageSecrets) =>
        handleRemix(request, { pageSecrets, clientAddress }),
      );
      // A change is answered once the other processes have forgotten their pages: the next page shows it anywhere.
      if (changesSomething(req.method)) await pageCache.settled();
      await sendWebResponse(res, response);
    } finally {
      if (scope) closeRequestScope(scope);
    }
  } catch (error) {
    next(error);
  }
});

const onListen = () => {
  console.log(`Warme Buurt listens on http://localhost:${port}`);
  if (mode === "development") void broadcastDevReady(build);
};
const server = createServer(handleRequest);
// Without HOST, every address of the machine (IPv4 and IPv6).
if (process.env.HOST) server.listen(port, process.env.HOST, onListen);
else server.listen(port, onListen);
// SIGTERM/SIGINT: finish requests and the mail being sent, give back claims, close the database (shutdown.ts).
installGracefulShutdown({
  server,
  app: lifecycleOf(build.entry.module),
  timeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
  closeOthers: () => cacheBus.close(),
});

/**
 * A refused change gets the app's own error page in the visitor's language (app/routes/fout.$reason.tsx). The
 * connection closes, so a client still sending a huge body stops.
 */
async function sendRefusal(req: express.Request, res: express.Response, refusal: Refusal) {
  res.setHeader("Connection", "close");
  if (req.path.endsWith(".data")) {
    res.status(refusal.status).type("text/plain").send(refusal.reason);
    return;
  }
  const headers = new Headers();
  for (const name of ["cookie", "accept-language"]) {
    const value = req.get(name);
    if (value) headers.set(name, value);
  }
  const page = await handleRemix(new Request(new URL(`/fout/${refusal.reason}`, hrefOf(req)), { headers }), {
    pageSecrets: newPageSecrets(),
  });
  await sendWebResponse(res, new Response(page.body, { status: refusal.status, headers: page.headers }));
}
