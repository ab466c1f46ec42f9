import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, test } from "vitest";
import { sendWebResponse } from "./node-http";

let server: Server | undefined;
afterEach(() => server?.close());

/** A server that answers every request with `body` through sendWebResponse, and reports how that ended. */
async function serve(body: () => ReadableStream<Uint8Array>) {
  const finished: Promise<string>[] = [];
  server = createServer((_req, res) => {
    finished.push(sendWebResponse(res, new Response(body(), { headers: { "Content-Type": "text/plain" } })).then(() => "sent", () => "failed"));
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
