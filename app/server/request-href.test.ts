import type { IncomingMessage } from "node:http";
import express from "express";
import { expect, test, vi } from "vitest";
import { requestHrefOf, type TrustProxy } from "./request-href";

/** What the server hands over: Express's own compiled TRUST_PROXY setting. */
const trustOf = (setting: string | false) => express().set("trust proxy", setting).get("trust proxy fn") as TrustProxy;

/** A request as Node hands it over: only what the address is made of. */
function visit({ url = "/activiteiten?wijk=noord", host = "wijk.example", from = "127.0.0.1", encrypted = false, proto }: { url?: string; host?: string; from?: string; encrypted?: boolean; proto?: string }) {
  return {
    url,
    headers: { host, ...(proto ? { "x-forwarded-proto": proto } : {}) },
    socket: { remoteAddress: from, ...(encrypted ? { encrypted: true } : {}) },
  } as unknown as IncomingMessage;
}

test("without a trusted proxy the socket says the protocol, whatever the visitor claims", () => {
  const hrefOf = requestHrefOf(trustOf(false));
  expect(hrefOf(visit({ proto: "https" }))).toBe("http://wijk.example/activiteiten?wijk=noord");
  expect(hrefOf(visit({ encrypted: true }))).toBe("https://wijk.example/activiteiten?wijk=noord");
});

test("behind a trusted proxy its X-Forwarded-Proto counts (its first value); from elsewhere it does not", () => {
  const hrefOf = requestHrefOf(trustOf("loopback"));
  expect(hrefOf(visit({ proto: "https" }))).toBe("https://wijk.example/activiteiten?wijk=noord");
  expect(hrefOf(visit({ proto: "https, http" }))).toBe("https://wijk.example/activiteiten?wijk=noord");
  expect(hrefOf(visit({}))).toBe("http://wijk.example/activiteiten?wijk=noord");
  expect(hrefOf(visit({ proto: "https", from: "203.0.113.9" }))).toBe("http://wijk.example/activiteiten?wijk=noord");
});

test("whether an address is trusted is asked once per address", () => {
  const trust = vi.fn(trustOf("loopback"));
  const hrefOf = requestHrefOf(trust);
  for (let i = 0; i < 5; i++) hrefOf(visit({ proto: "https" }));
  hrefOf(visit({ proto: "https", from: "203.0.113.9" }));
  expect(trust).toHaveBeenCalledTimes(2);
});

test("a Host no address can be made of throws (the server answers 400)", () => {
  const hrefOf = requestHrefOf(trustOf(false));
  expect(() => hrefOf(visit({ host: "wijk example" }))).toThrow();
});
