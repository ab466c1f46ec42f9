import { crc32, gunzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { crc32Combine, stitchedGzip } from "./stitched-gzip";

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

test("the CRC of two pieces combined from their own CRCs is the CRC of the whole", () => {
  const pieces = ["", "a", "Warme Buurt", "ب".repeat(999), "x".repeat(65_537)].map((text) => Buffer.from(text));
  for (const a of pieces) {
    for (const b of pieces) expect(crc32Combine(crc32(a), crc32(b), b.length), `${a.length}+${b.length}`).toBe(crc32(Buffer.concat([a, b])));
  }
});
