// Links as the production server renders them, with patches/react-router+6.30.4.patch and
// patches/@remix-run+router+1.23.3.patch: each link's address is still what React Router makes of it, without turning
// the route's paths into JSON and back for every link. (Production builds: Vitest would load the development ones.)
process.env.NODE_ENV = "production";
import { afterEach, expect, test, vi } from "vitest";

const { createElement: h } = await import("react");
const { renderToString } = await import("react-dom/server");
const { Link, Route, Routes } = await import("react-router-dom");
const { StaticRouter } = await import("react-router-dom/server");

afterEach(() => vi.restoreAllMocks());

/** The addresses of the links a page at `location` renders: some relative to its route, some absolute. */
function hrefsAt(location: string) {
  const links = h(
    "nav",
    null,
    h(Link, { to: "." }, "hier"),
    h(Link, { to: "deelnemers" }, "deelnemers"),
    h(Link, { to: "../nieuw" }, "nieuw"),
    h(Link, { to: "..", relative: "path" }, "terug"),
    h(Link, { to: "/hulp?wijk=noord#vragen" }, "hulp"),
    ...Array.from({ length: 20 }, (_, i) => h(Link, { key: i, to: `/activiteiten/o${i}` }, `kaart ${i}`)),
  );
  const page = h(
    StaticRouter,
    { location },
    h(Routes, null, h(Route, { path: "activiteiten" }, h(Route, { path: ":occurrenceId", element: links }), h(Route, { path: "nieuw", element: links }))),
  );
  return [...renderToString(page).matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
}

test("links resolve as React Router resolves them, page after page", () => {
  for (const id of ["o1", "o2", "o1"]) {
    const hrefs = hrefsAt(`/activiteiten/${id}`);
    expect(hrefs.slice(0, 5)).toEqual([`/activiteiten/${id}`, `/activiteiten/${id}/deelnemers`, "/activiteiten/nieuw", "/activiteiten", "/hulp?wijk=noord#vragen"]);
    expect(hrefs.slice(5)).toEqual(Array.from({ length: 20 }, (_, i) => `/activiteiten/o${i}`));
  }
  expect(hrefsAt("/activiteiten/nieuw").slice(0, 2)).toEqual(["/activiteiten/nieuw", "/activiteiten/nieuw/deelnemers"]);
});

test("a relative link on a page with a very long address still resolves from it", () => {
  const long = `/activiteiten/${"x".repeat(5_000)}`;
  expect(hrefsAt(long).slice(0, 2)).toEqual([long, `${long}/deelnemers`]);
});

test("a page's links do not turn the route's paths into JSON and back, link by link", () => {
  const parse = vi.spyOn(JSON, "parse");
  hrefsAt("/activiteiten/o1");
  // React Router's own useResolvedPath parsed its JSON twice per link (50 times for this page).
  expect(parse).not.toHaveBeenCalled();
});
