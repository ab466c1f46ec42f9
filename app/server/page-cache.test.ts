import { gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import type { PageSecrets } from "~/utils/page-secrets.server";
import { PageCache, pageCacheHeader } from "./page-cache";

const origin = "http://wijk.test";

/** A page the way the app renders one: the nonce in the CSP header and scripts, the seed in a form. */
function fakeApp(options: { status?: number; headers?: Record<string, string> } = {}) {
  const calls: PageSecrets[] = [];
  let version = 1;
  const render = async (secrets: PageSecrets) => {
    calls.push(secrets);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const html = `<html><script nonce="${secrets.nonce}"></script><p>versie ${version}</p><input value="${secrets.formKeySeed}-r1"></html>`;
    return new Response(html, {
      status: options.status ?? 200,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": `script-src 'nonce-${secrets.nonce}'`,
        ...options.headers,
      },
    });
  };
  return { calls, render, setVersion: (next: number) => (version = next) };
}

function cache(now = () => 0, maxEntries = 10) {
  return new PageCache({ ttlMs: 30_000, maxEntries, paths: [/^\/activiteiten(\/[a-z0-9]+)?$/], neutralCookies: ["lng"], now });
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`${origin}${path}`, { headers });

function secretsIn(html: string) {
  return { nonce: /nonce="([^"]+)"/.exec(html)?.[1], seed: /value="([^"]+)-r1"/.exec(html)?.[1] };
}

describe("PageCache", () => {
  test("a second anonymous visitor gets the stored page with a nonce and seed of their own", async () => {
    const pages = cache();
    const app = fakeApp();
    const first = await pages.handle(get("/activiteiten"), app.render);
    const second = await pages.handle(get("/activiteiten"), app.render);
    expect(app.calls).toHaveLength(1);
    expect(first.headers.get(pageCacheHeader)).toBe("miss");
    expect(second.headers.get(pageCacheHeader)).toBe("hit");

    const a = secretsIn(await first.text());
    const html = await second.text();
    const b = secretsIn(html);
    expect(html).toContain("versie 1");
    expect(b.nonce).toBeTruthy();
    expect(b.nonce).not.toBe(a.nonce);
    expect(b.seed).not.toBe(a.seed);
    expect(second.headers.get("Content-Security-Policy")).toBe(`script-src 'nonce-${b.nonce}'`);
  });

  test("the server's fast path answers from the same store, before a web Request is made", async () => {
    const pages = cache();
    const app = fakeApp();
    const visit = (cookie?: string) => ({ method: "GET", url: `${origin}/activiteiten`, header: (name: string) => (name === "Cookie" ? cookie : undefined) });
    expect(pages.storedAnswer(visit())).toBeNull();
    const first = await pages.handle(get("/activiteiten"), app.render);
    const answer = pages.storedAnswer(visit());
    expect(answer?.status).toBe(200);
    const html = answer?.body.toString() ?? "";
    expect(html).toContain("versie 1");
    expect(secretsIn(html).nonce).not.toBe(secretsIn(await first.text()).nonce);
    expect(pages.storedAnswer(visit("__session=abc"))).toBeNull();
    expect(app.calls).toHaveLength(1);
  });

  test("a browser that takes gzip gets the stored page compressed, with its own secrets, without compressing it again", async () => {
    const pages = cache();
    const app = fakeApp();
    await pages.handle(get("/activiteiten"), app.render);
    const visit = { method: "GET", url: `${origin}/activiteiten`, header: (name: string) => (name === "Accept-Encoding" ? "gzip, deflate, br" : undefined) };
    const [one, two] = [pages.storedAnswer(visit), pages.storedAnswer(visit)];
    const header = (answer: typeof one, name: string) => answer?.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    expect(header(one, "Content-Encoding")).toBe("gzip");
    expect(header(one, "Vary")).toContain("Accept-Encoding");
    const [htmlOne, htmlTwo] = [gunzipSync(one?.body ?? Buffer.alloc(0)).toString(), gunzipSync(two?.body ?? Buffer.alloc(0)).toString()];
    expect(htmlOne).toContain("versie 1");
    expect(secretsIn(htmlOne).nonce).not.toBe(secretsIn(htmlTwo).nonce);
    expect(header(one, "Content-Security-Policy")).toContain(secretsIn(htmlOne).nonce);
    expect(Number(header(one, "Content-Length"))).toBe(one?.body.length);
  });

  test("pages for signed-in people, other paths and other answers are never stored", async () => {
    const pages = cache();
    const app = fakeApp();
    await pages.handle(get("/activiteiten", { Cookie: "lng=fr; __session=abc" }), app.render);
    await pages.handle(get("/activiteiten", { Cookie: "lng=fr; __session=abc" }), app.render);
    await pages.handle(get("/hulp"), app.render);
    await pages.handle(get("/hulp"), app.render);
    expect(app.calls).toHaveLength(4);

    const withCookie = fakeApp({ headers: { "Set-Cookie": "lng=nl" } });
    await pages.handle(get("/activiteiten/a1"), withCookie.render);
    await pages.handle(get("/activiteiten/a1"), withCookie.render);
    expect(withCookie.calls).toHaveLength(2);

    const missing = fakeApp({ status: 404 });
    await pages.handle(get("/activiteiten/gone"), missing.render);
    await pages.handle(get("/activiteiten/gone"), missing.render);
    expect(missing.calls).toHaveLength(2);
    expect(pages.size).toBe(0);
  });

  test("each language is stored apart", async () => {
    const pages = cache();
    const app = fakeApp();
    await pages.handle(get("/activiteiten", { Cookie: "lng=ar" }), app.render);
    await pages.handle(get("/activiteiten", { Cookie: "lng=fr" }), app.render);
    await pages.handle(get("/activiteiten", { "Accept-Language": "en" }), app.render);
    const again = await pages.handle(get("/activiteiten", { Cookie: "lng=ar" }), app.render);
    expect(app.calls).toHaveLength(3);
    expect(again.headers.get(pageCacheHeader)).toBe("hit");
  });

  test("a saved change empties the cache, also for a page rendered during the change", async () => {
    const pages = cache();
    const app = fakeApp();
    await pages.handle(get("/activiteiten"), app.render);

    const post = new Request(`${origin}/activiteiten/a1`, { method: "POST", body: "intent=signUp" });
    // A render that starts before the change and ends after it may show the old state: not stored.
    const during = pages.handle(get("/activiteiten/a1"), app.render);
    await pages.handle(post, async (secrets) => {
      app.setVersion(2);
      // What the server does when the app notes a public change (app/utils/public-changes.server.ts).
      pages.clear();
      return app.render(secrets);
    });
    await during;
    expect(pages.size).toBe(0);

    const after = await pages.handle(get("/activiteiten"), app.render);
    expect(after.headers.get(pageCacheHeader)).toBe("miss");
    expect(await after.text()).toContain("versie 2");
  });

  test("a request that saves nothing leaves the stored pages: a script cannot empty the cache", async () => {
    const pages = cache();
    const app = fakeApp();
    await pages.handle(get("/activiteiten"), app.render);
    for (let i = 0; i < 3; i++) {
      await pages.handle(new Request(`${origin}/activiteiten/a1`, { method: "POST", body: "x=1" }), async () => new Response("refused", { status: 403 }));
    }
    const again = await pages.handle(get("/activiteiten"), app.render);
    expect(again.headers.get(pageCacheHeader)).toBe("hit");
    expect(pages.size).toBe(1);
  });

  test("a stored page is served for ttlMs only", async () => {
    let now = 0;
    const pages = cache(() => now);
    const app = fakeApp();
    await pages.handle(get("/activiteiten"), app.render);
    now = 29_999;
    await pages.handle(get("/activiteiten"), app.render);
    now = 30_000;
    await pages.handle(get("/activiteiten"), app.render);
    expect(app.calls).toHaveLength(2);
  });

  test("many visitors at once cause one render", async () => {
    const pages = cache();
    const app = fakeApp();
    const answers = await Promise.all(Array.from({ length: 20 }, () => pages.handle(get("/activiteiten"), app.render)));
    expect(app.calls).toHaveLength(1);
    const nonces = new Set(await Promise.all(answers.map(async (answer) => secretsIn(await answer.text()).nonce)));
    expect(nonces.size).toBe(20);
  });

  test("keeps at most maxEntries pages, forgetting the oldest", async () => {
    const pages = cache(() => 0, 2);
    const app = fakeApp();
    for (const id of ["a1", "a2", "a3"]) await pages.handle(get(`/activiteiten/${id}`), app.render);
    expect(pages.size).toBe(2);
    await pages.handle(get("/activiteiten/a3"), app.render);
    await pages.handle(get("/activiteiten/a1"), app.render);
    expect(app.calls).toHaveLength(4);
  });

  test("ttlMs 0 turns the cache off", async () => {
    const pages = new PageCache({ ttlMs: 0, maxEntries: 10, paths: [/./] });
    const app = fakeApp();
    await pages.handle(get("/activiteiten"), app.render);
    await pages.handle(get("/activiteiten"), app.render);
    expect(app.calls).toHaveLength(2);
  });

  test("a change made here tells the other processes; being told empties the cache without telling again", async () => {
    let told = 0;
    let release = () => {};
    const pages = new PageCache({
      ttlMs: 30_000,
      maxEntries: 10,
      paths: [/^\/activiteiten$/],
      onClear: () => {
        told += 1;
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    const app = fakeApp();
    await pages.handle(get("/activiteiten"), app.render);
    // A saved change (the server calls clear() when the app notes one, app/utils/public-changes.server.ts).
    await pages.handle(new Request(`${origin}/activiteiten`, { method: "POST", body: "x" }), async (secrets) => {
      pages.clear();
      return app.render(secrets);
    });
    expect(told).toBe(1);
    expect(pages.size).toBe(0);
    // The server answers the change only once the others know.
    let settled = false;
    const waiting = pages.settled().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    release();
    await waiting;
    expect(settled).toBe(true);

    await pages.handle(get("/activiteiten"), app.render);
    pages.clear("elsewhere");
    expect(pages.size).toBe(0);
    expect(told).toBe(1);
    await pages.settled();
  });
});
