import { gunzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { stitchedGzip } from "./stitched-gzip";

test("the stitched body is valid gzip of the parts with the holes in between", () => {
  const html = "<html><script nonce=\"".repeat(200);
  const parts = [Buffer.from(html), Buffer.from(`"></script><p>${"buurt ".repeat(3000)}</p><input value="`), Buffer.from('-r1"></html>')];
  const gzip = stitchedGzip(parts);
  for (const [nonce, seed] of [
    ["abc123==", "seed-1"],
    ["ZZZ", "a-much-longer-seed-0f9e8d7c-6b5a-4321-8765-43210fedcba9"],
  ] as const) {
    const body = gzip([Buffer.from(nonce), Buffer.from(seed)]);
    expect(gunzipSync(body).toString()).toBe(`${parts[0]}${nonce}${parts[1]}${seed}${parts[2]}`);
  }
});

test("compressing once still makes the page small: the parts are compressed, only the secrets are stored", () => {
  const parts = [Buffer.from("a".repeat(50_000)), Buffer.from("b".repeat(50_000))];
  const body = stitchedGzip(parts)([Buffer.from("x".repeat(24))]);
  expect(body.length).toBeLessThan(1_000);
  expect(gunzipSync(body).length).toBe(100_024);
});

test("a page with no holes is one compressed part", () => {
  const body = stitchedGzip([Buffer.from("<p>hallo</p>")])([]);
  expect(gunzipSync(body).toString()).toBe("<p>hallo</p>");
});
