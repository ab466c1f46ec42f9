import { request, type IncomingHttpHeaders } from "node:http";

/**
 * An answer as it travels: headers and bytes as sent, nothing unpacked (fetch, a browser and Playwright's request
 * all decompress before a test sees the body).
 */
export function rawAnswer(url: string | URL, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request(url, { method: options.method ?? "GET", headers: options.headers ?? {} }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts) }));
    })
      .on("error", reject)
      .end();
  });
}
