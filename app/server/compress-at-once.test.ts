import type { IncomingHttpHeaders, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, expect, test } from "vitest";
import { rawAnswer } from "#tests/setup/raw-answer";
import { compressAtOnce, compressionSettings } from "./compress-at-once";

// One server with the compression middleware as the app has it: /middleware leaves the choice to the middleware (the
// whole answer in one write, as before), /at-once makes it with compressAtOnce. Both must answer every request alike.
let server: Server;
let base = "";
beforeAll(async () => {
  const app = express();
  app.use(compression(compressionSettings));
  app.all("/:how", (req, res) => {
    const body = Buffer.from(`<p>${"Koffie in de wijk. ".repeat(Number(req.query.repeat ?? 300))}</p>`);
    res.setHeader("Content-Type", String(req.query.type ?? "text/html; charset=utf-8"));
    if (req.query.cache) res.setHeader("Cache-Control", String(req.query.cache));
    res.end(req.params.how === "at-once" ? (compressAtOnce(res, body) ?? body) : body);
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

function ask(path: string, method: string, acceptEncoding: string | null) {
  return rawAnswer(`${base}${path}`, { method, headers: acceptEncoding === null ? {} : { "Accept-Encoding": acceptEncoding } });
}

function unpacked(answer: { headers: IncomingHttpHeaders; body: Buffer }) {
  const encoding = answer.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(answer.body).toString();
  if (encoding === "gzip") return gunzipSync(answer.body).toString();
  if (encoding === "deflate") return inflateSync(answer.body).toString();
  return answer.body.toString();
}

const encodings = [null, "", "gzip, deflate, br, zstd", "gzip, deflate", "gzip", "deflate", "br", "br;q=0.5, gzip", "gzip;q=0, br;q=0", "identity", "*", "zstd"];
const answers = [
  "",
  "?type=application/json",
  "?type=image/png",
  "?type=text/calendar",
  "?repeat=10",
  "?cache=no-transform",
  "?cache=private,%20No-Transform",
  "?cache=private,%20max-age=0",
];

test("compressing at once chooses as the compression middleware does, with the same headers", async () => {
  for (const query of answers) {
    for (const acceptEncoding of encodings) {
      for (const method of ["GET", "HEAD"]) {
        const [middleware, atOnce] = await Promise.all([ask(`/middleware${query}`, method, acceptEncoding), ask(`/at-once${query}`, method, acceptEncoding)]);
        const what = `${method} ${query || "(html)"} with Accept-Encoding ${JSON.stringify(acceptEncoding)}`;
        expect(atOnce.headers["content-encoding"], what).toBe(middleware.headers["content-encoding"]);
        expect(atOnce.headers.vary, what).toBe(middleware.headers.vary);
        expect(unpacked(atOnce), what).toBe(unpacked(middleware));
      }
    }
  }
});

test("an answer compressed at once says its length", async () => {
  const answer = await ask("/at-once", "GET", "gzip, deflate, br");
  expect(answer.headers["content-encoding"]).toBe("br");
  expect(answer.headers["content-length"]).toBe(String(answer.body.length));
  expect(answer.headers["transfer-encoding"]).toBeUndefined();
});
