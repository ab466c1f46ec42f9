// React's server renderer as production runs it, with patches/react-dom+18.3.1.patch: the pieces of a page are joined
// as text and written to the stream in large writes. (Production builds: Vitest would load the development ones.)
process.env.NODE_ENV = "production";
import { Writable } from "node:stream";
import type { ReactElement } from "react";
import { expect, test } from "vitest";

const { createElement, Suspense } = await import("react");
const { renderToPipeableStream, renderToString } = await import("react-dom/server");

/** The writes React makes for `element`: from when all of it is rendered, or (`shell`) before a part that waits. */
function writesOf(element: ReactElement, from: "onAllReady" | "onShellReady" = "onAllReady") {
  return new Promise<Buffer[]>((resolve, reject) => {
    const writes: Buffer[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        writes.push(chunk);
        done();
      },
    });
    destination.on("finish", () => resolve(writes));
    const { pipe } = renderToPipeableStream(element, {
      [from]: () => pipe(destination),
      onShellError: reject,
    });
  });
}

const words = [
  "Koffie in de wijk",
  "Café du quartier, à 14 h",
  "قهوة في الحي",
  'Buren 👋🏽 "samen" <en> & meer',
];
const page = (extra: ReactElement | null = null) =>
  createElement(
    "main",
    { title: 'Wijk "Noord" & <Zuid>', dir: "auto" },
    Array.from({ length: 500 }, (_, i) =>
      createElement("p", { key: i, className: `item-${i % 7}` }, words[i % words.length], " ", i),
    ),
    extra,
  );

// React 18.3.1's own writer put a NUL byte into the page where a letter of more than one byte did not fit its 2 KB
// buffer (facebook/react#31134), as Arabic text can be.
test("a page comes out as the same UTF-8 as React's string renderer makes, every write whole characters", async () => {
  const writes = await writesOf(page());
  const whole = Buffer.concat(writes);
  expect(whole.toString("utf8")).toBe(renderToString(page()));
  expect(whole.length).toBeGreaterThan(30_000);
  // Each write decodes on its own: no character (Arabic letters, an emoji with its skin tone) is cut in two.
  for (const write of writes)
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(write)).not.toThrow();
});

test("a page reaches the stream in a few large writes, not one per 2 KB", async () => {
  const writes = await writesOf(page());
  const sizes = writes.map((write) => write.length);
  // React's own writer wrote 2,048 bytes at a time (some 20 writes for this page).
  expect(sizes.slice(0, -1).every((size) => size > 8_192)).toBe(true);
  expect(writes.length).toBeLessThanOrEqual(Math.ceil(Buffer.concat(writes).length / 8_192));
});

test("a part that waits (Suspense) arrives after the rest, whole and in order", async () => {
  let show: () => void = () => {};
  const ready = new Promise<void>((resolve) => (show = resolve));
  let done = false;
  function Later(): ReactElement {
    if (!done) throw ready.then(() => (done = true));
    return createElement("p", { id: "later" }, "Nu: قهوة 👋🏽");
  }
  const writing = writesOf(
    page(
      createElement(Suspense, { fallback: createElement("p", null, "Even wachten") }, createElement(Later)),
    ),
    "onShellReady",
  );
  setTimeout(show, 10);
  const html = Buffer.concat(await writing).toString("utf8");
  expect(html.indexOf("Even wachten")).toBeLessThan(html.indexOf('<p id="later">Nu: قهوة 👋🏽</p>'));
  expect(html).toContain("$RC(");
  expect(html.startsWith(renderToString(page()).slice(0, 5_000))).toBe(true);
});
