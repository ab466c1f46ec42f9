import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, expect, test, vi } from "vitest";
import { logAccess } from "./access-log";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Answers one request and returns what the access log wrote for it. */
function answered(method: string, url: string, status: number, rewrite?: string) {
  vi.useFakeTimers();
  const written: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => written.push(String(chunk)) > 0);
  const req = { method, url } as IncomingMessage;
  const res = Object.assign(new EventEmitter(), { statusCode: status }) as unknown as ServerResponse;
  logAccess(req, res);
  // A router below may cut the address (express.static under /build does): the log keeps the one asked for.
  if (rewrite) req.url = rewrite;
  res.emit("finish");
  vi.advanceTimersByTime(300);
  return written.join("");
}

test("one line per request: method, path, status and time, after the answer", () => {
  expect(answered("GET", "/activiteiten", 200)).toMatch(/^GET \/activiteiten 200 \d+\.\d ms\n$/);
  expect(answered("GET", "/build/entry.client-ABC.js", 200, "/entry.client-ABC.js")).toMatch(/^GET \/build\/entry\.client-ABC\.js 200/);
});

test("no query strings and no long path segments: the log is not a list of who did what", () => {
  const line = answered("GET", "/kalender/k7Yp2QxZ9wLm4nR8sT1vB3cD.ics?naam=Fatima&wijk=noord", 200);
  expect(line).toMatch(/^GET \/kalender\/… 200/);
  expect(line).not.toContain("Fatima");
  expect(line).not.toContain("k7Yp2QxZ9wLm4nR8sT1vB3cD");
});
