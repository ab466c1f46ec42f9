import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, expect, test } from "vitest";
import { rawAnswer } from "#tests/setup/raw-answer";
import { sendWebResponse } from "./node-http";

let server: Server | undefined;
afterEach(() => server?.close());

/** A server that answers every request with `body` through sendWebResponse, and reports how that ended. */
async function serve(body: () => ReadableStream<Uint8Array>, headers: Record<string, string> = { "Content-Type": "text/plain" }) {
  const finished: Promise<string>[] = [];
  server = createServer((_req, res) => {
    finished.push(sendWebResponse(res, new Response(body(), { headers })).then(() => "sent", () => "failed"));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, finished };
}

function chunks(count: number, size: number) {
  let made = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (made++ < count) controller.enqueue(Buffer.alloc(size, 97));
      else controller.close();
    },
  });
}

test("a body made of many small chunks arrives whole", async () => {
  const { url } = await serve(() => chunks(500, 1_000));
  const text = await (await fetch(url)).text();
  expect(text).toHaveLength(500_000);
});

test("a visitor who goes away mid-answer does not leave the answer waiting forever", async () => {
  // 64 MB in 64 KB pieces: far more than the socket buffers hold, so the writer waits for the visitor.
  const { url, finished } = await serve(() => chunks(1_024, 65_536));
  await new Promise<void>((resolve) => {
    const request = get(url, (response) => {
      response.once("data", () => {
        request.destroy();
        resolve();
      });
    });
  });
  await expect.poll(() => finished.length).toBe(1);
  const outcome = await Promise.race([finished[0], new Promise((resolve) => setTimeout(() => resolve("still waiting"), 5_000))]);
  expect(outcome).not.toBe("still waiting");
});

/** The answer as sent to a request that accepts `encodings`. */
function answerAccepting(url: string, encodings?: string) {
  return rawAnswer(url, { headers: encodings === undefined ? {} : { "Accept-Encoding": encodings } });
}

test("an answer that is one piece goes out compressed as the browser asks, with its length", async () => {
  const page = `<p>${"Koffie in de wijk, قهوة في الحي. ".repeat(200)}</p>`;
  const { url } = await serve(() => new Response(page).body!, { "Content-Type": "text/html; charset=utf-8" });
  const phone = await answerAccepting(url, "gzip, deflate, br");
  expect(phone.headers["content-encoding"]).toBe("br");
  expect(Number(phone.headers["content-length"])).toBe(phone.body.length);
  expect(brotliDecompressSync(phone.body).toString()).toBe(page);
  expect(phone.body.length).toBeLessThan(Buffer.byteLength(page) / 10);
  const older = await answerAccepting(url, "gzip");
  expect(older.headers["content-encoding"]).toBe("gzip");
  expect(gunzipSync(older.body).toString()).toBe(page);
  // A preference the browser states wins over ours.
  expect((await answerAccepting(url, "br;q=0.5, gzip")).headers["content-encoding"]).toBe("gzip");
  const plain = await answerAccepting(url);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body.toString()).toBe(page);
  // A cache in between keeps the versions apart.
  for (const answer of [phone, older, plain]) expect(answer.headers.vary).toBe("Accept-Encoding");
});

test("small answers, images and answers marked no-transform go out as they are", async () => {
  const cases: [string, Record<string, string>][] = [
    ["x".repeat(500), { "Content-Type": "text/html" }],
    ["x".repeat(5_000), { "Content-Type": "image/png" }],
    ["x".repeat(5_000), { "Content-Type": "text/html", "Cache-Control": "no-transform" }],
  ];
  for (const [text, headers] of cases) {
    const { url } = await serve(() => new Response(text).body!, headers);
    const answer = await answerAccepting(url, "gzip, br");
    expect(answer.headers["content-encoding"], JSON.stringify(headers)).toBeUndefined();
    expect(answer.body.toString()).toBe(text);
    server?.close();
  }
});
