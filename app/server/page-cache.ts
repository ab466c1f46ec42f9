import { newPageSecrets, type PageSecrets } from "~/utils/page-secrets.server";
import { stitchedGzip, type StitchedGzip } from "./stitched-gzip";

/**
 * Keeps the HTML of public pages that look the same for every anonymous visitor (the activity list and an
 * activity page), so a crowd opening the poster's QR code at once costs one render instead of hundreds.
 *
 * - Only GET requests for the listed paths, without a session cookie, and only 200 HTML answers without
 *   Set-Cookie are stored; anything personal never is.
 * - Each visitor gets fresh page secrets (CSP nonce, idempotency seed), swapped into the stored HTML.
 * - A saved change that these pages show empties the cache (`clear()`, called by the server when the app says so
 *   through app/utils/public-changes.server.ts); a render that was running during that change is not stored. A
 *   request that changed nothing (refused, invalid, a language switch) leaves it. `onClear` tells the other app
 *   processes (workers of this machine, other machines; see cache-bus.ts), which forget their pages too. `ttlMs`
 *   bounds the rest (a change written by a script, straight into the database).
 */
export type PageCacheOptions = {
  /** How long a stored page may be served; 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
  /** Paths (without query string) whose anonymous HTML may be stored. */
  paths: RegExp[];
  /** Cookies that only choose how the page looks (the language), not who sees it. */
  neutralCookies?: string[];
  now?: () => number;
  /** Called when a change here emptied the cache (not when told by another process): tell the others. */
  onClear?: () => Promise<void> | void;
};

type Render = (secrets: PageSecrets) => Promise<Response>;
/** What the cache looks at in a request (so the server can ask before it builds a web Request). */
export type Visit = { method: string; url: string; header: (name: string) => string | null | undefined };
/** A stored page ready to send: this visitor's own secrets are in it. */
export type StoredAnswer = { status: number; headers: [string, string][]; body: Buffer };
type StoredPage = {
  /** The HTML cut at every place a page secret stood; the secret that goes between two parts is in `holes`. */
  parts: Buffer[];
  holes: (keyof PageSecrets)[];
  /** The parts compressed once; stitched around each visitor's secrets into a gzip body (stitched-gzip.ts). */
  gzip: StitchedGzip;
  status: number;
  headers: [string, string][];
  secrets: PageSecrets;
  storedAt: number;
};

export const pageCacheHeader = "X-Page-Cache";

export class PageCache {
  private readonly pages = new Map<string, StoredPage>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private generation = 0;
  private readonly now: () => number;
  private readonly telling = new Set<Promise<void>>();

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size() {
    return this.pages.size;
  }

  /**
   * The stored page for this visit, or null: the server's fast path, before anything else runs. Already compressed
   * for a browser that takes gzip (all of them), so no answer is compressed again.
   */
  storedAnswer(visit: Visit): StoredAnswer | null {
    const key = this.keyFor(visit);
    const page = key ? this.fresh(key) : null;
    return page ? withFreshSecrets(page, /\bgzip\b/.test(visit.header("Accept-Encoding") ?? "")) : null;
  }

  async handle(request: Request, render: Render): Promise<Response> {
    const key = this.keyFor({ method: request.method, url: request.url, header: (name) => request.headers.get(name) });
    if (!key) return render(newPageSecrets());

    const stored = this.fresh(key);
    if (stored) return respond(stored);

    const running = this.inFlight.get(key);
    if (running) {
      // Someone is rendering this page right now: wait for it rather than render it again.
      await running.catch(() => null);
      const page = this.fresh(key);
      return page ? respond(page) : render(newPageSecrets());
    }

    const generation = this.generation;
    let rendered!: Response;
    const storing = (async () => {
      const secrets = newPageSecrets();
      rendered = await render(secrets);
      if (!isStorable(rendered)) return null;
      const body = await rendered.text();
      const cut = cutAtSecrets(body, secrets);
      const page: StoredPage = {
        ...cut,
        gzip: stitchedGzip(cut.parts),
        status: rendered.status,
        headers: [...rendered.headers],
        secrets,
        storedAt: this.now(),
      };
      // Something changed while this page was rendered: it may show the old state.
      if (generation === this.generation) this.store(key, page);
      return { page, body };
    })();
    this.inFlight.set(key, storing);
    try {
      const stored = await storing;
      if (!stored) return rendered;
      // The first visitor gets the page exactly as rendered for them.
      return new Response(stored.body, { status: stored.page.status, headers: [...stored.page.headers, [pageCacheHeader, "miss"]] });
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** Forget every stored page: after a change made here (the others are told), or when told by another process. */
  clear(origin: "here" | "elsewhere" = "here") {
    this.generation += 1;
    this.pages.clear();
    if (origin === "elsewhere" || !this.options.onClear) return;
    const telling = Promise.resolve()
      .then(this.options.onClear)
      .catch((error: unknown) => console.error("page cache: could not tell the other processes", error))
      .finally(() => this.telling.delete(telling));
    this.telling.add(telling);
  }

  /**
   * Resolves once the other processes have been told of the changes made so far. The server waits for it before it
   * answers a change, so the visitor's next page, whichever process serves it, shows the change.
   */
  async settled() {
    await Promise.all(this.telling);
  }

  private keyFor(visit: Visit): string | null {
    if (this.options.ttlMs <= 0 || visit.method !== "GET") return null;
    const url = new URL(visit.url);
    if (!this.options.paths.some((path) => path.test(url.pathname))) return null;
    if (visit.header("Authorization")) return null;
    const neutral = new Set(this.options.neutralCookies ?? []);
    const cookies = parseCookieNames(visit.header("Cookie") ?? null);
    if (cookies.some(({ name }) => !neutral.has(name))) return null;
    // Everything the page may depend on besides the URL: the language cookie and the browser's languages.
    const looks = cookies.map(({ name, value }) => `${name}=${value}`).sort().join(";");
    return `${url.href}\n${looks}\n${visit.header("Accept-Language") ?? ""}`;
  }

  private fresh(key: string) {
    const page = this.pages.get(key);
    if (!page) return null;
    if (this.now() - page.storedAt >= this.options.ttlMs) {
      this.pages.delete(key);
      return null;
    }
    return page;
  }

  private store(key: string, page: StoredPage) {
    this.pages.delete(key);
    this.pages.set(key, page);
    // A Map keeps insertion order: the first key is the oldest page.
    while (this.pages.size > this.options.maxEntries) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.pages.delete(oldest);
    }
  }
}

function isStorable(response: Response) {
  return (
    response.status === 200 &&
    (response.headers.get("Content-Type") ?? "").startsWith("text/html") &&
    !response.headers.has("Set-Cookie") &&
    !/no-store|private/.test(response.headers.get("Cache-Control") ?? "")
  );
}

/** The stored page with this visitor's own nonce and idempotency seed, gzipped when the browser takes it. */
function withFreshSecrets(page: StoredPage, gzip = false): StoredAnswer {
  const fresh = newPageSecrets();
  const holes = page.holes.map((hole) => Buffer.from(fresh[hole]));
  const headers: [string, string][] = page.headers
    .filter(([name]) => !/^(content-length|vary)$/i.test(name))
    .map(([name, value]) => [name, value.replaceAll(page.secrets.nonce, fresh.nonce).replaceAll(page.secrets.formKeySeed, fresh.formKeySeed)]);
  headers.push([pageCacheHeader, "hit"], ["Vary", "Cookie, Accept-Encoding"]);
  if (gzip) {
    const body = page.gzip(holes);
    headers.push(["Content-Encoding", "gzip"], ["Content-Length", String(body.length)]);
    return { status: page.status, headers, body };
  }
  const chunks: Buffer[] = [];
  page.parts.forEach((part, index) => {
    chunks.push(part);
    const hole = holes[index];
    if (hole) chunks.push(hole);
  });
  const body = Buffer.concat(chunks);
  headers.push(["Content-Length", String(body.length)]);
  return { status: page.status, headers, body };
}

function respond(page: StoredPage) {
  const answer = withFreshSecrets(page);
  return new Response(Uint8Array.from(answer.body), { status: answer.status, headers: answer.headers });
}

/** Cuts the HTML once when it is stored, so serving it is a copy of bytes rather than a search. */
function cutAtSecrets(body: string, secrets: PageSecrets) {
  const names = Object.keys(secrets) as (keyof PageSecrets)[];
  const pattern = new RegExp(`(${names.map((name) => escapeRegExp(secrets[name])).join("|")})`);
  const pieces = body.split(pattern);
  const parts: Buffer[] = [];
  const holes: (keyof PageSecrets)[] = [];
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) parts.push(Buffer.from(piece));
    else holes.push(names.find((name) => secrets[name] === piece) ?? "nonce");
  });
  return { parts, holes };
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function parseCookieNames(header: string | null) {
  if (!header) return [];
  return header
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf("=");
      return at === -1 ? { name: part, value: "" } : { name: part.slice(0, at), value: part.slice(at + 1) };
    });
}
