import { decode } from "turbo-stream";
import { describe, expect, test } from "vitest";
import { idempotencyKeyPattern, isOfflineQueued, isUnder, neverCachedPaths, queuedActionBody, sessionChangePaths } from "~/utils/pwa";

describe("what the service worker answers for a queued form", () => {
  test("Remix's turbo-stream decodes it as the action data { offlineQueued: true }", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(queuedActionBody));
        controller.close();
      },
    });
    const decoded = await decode(stream);
    await decoded.done;
    expect(decoded.value).toEqual({ data: { offlineQueued: true } });
    expect(isOfflineQueued((decoded.value as { data: unknown }).data)).toBe(true);
  });
});

describe("which addresses the worker treats specially", () => {
  test("sign-in pages, their data requests and the development mailbox are never stored", () => {
    for (const path of ["/inloggen", "/inloggen/code", "/inloggen/link/abc", "/inloggen.data", "/dev/outbox", "/healthz"]) {
      expect(isUnder(path, neverCachedPaths), path).toBe(true);
    }
    for (const path of ["/activiteiten", "/ik", "/ik.data", "/hulp", "/inloggenx"]) {
      expect(isUnder(path, neverCachedPaths), path).toBe(false);
    }
  });

  test("signing out, in, or acting for someone else forgets stored pages", () => {
    for (const path of ["/uitloggen", "/inloggen", "/inloggen/code", "/namens", "/namens.data"]) {
      expect(isUnder(path, sessionChangePaths), path).toBe(true);
    }
    expect(isUnder("/ik", sessionChangePaths)).toBe(false);
  });

  test("idempotency keys: browser UUID-like keys and server seeds pass, odd input does not", () => {
    expect(idempotencyKeyPattern.test("0f3c9a8e7d6b5a4c3b2a1f0e9d8c7b6a")).toBe(true);
    expect(idempotencyKeyPattern.test("1b4e28ba-2fa1-11d2-883f-0016d3cca427-R1a")).toBe(true);
    expect(idempotencyKeyPattern.test("short")).toBe(false);
    expect(idempotencyKeyPattern.test("<script>alert(1)</script>")).toBe(false);
  });
});
