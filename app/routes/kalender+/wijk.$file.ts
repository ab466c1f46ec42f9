import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildCalendar, cachedCalendar } from "~/features/activities/calendar.server";
import { neighbourhoodFeed } from "~/features/activities/queries.server";

/** /kalender/wijk/<slug>.ics: the public activities of a neighbourhood, for anyone to subscribe to. */
export async function loader({ params }: LoaderFunctionArgs) {
  const slug = /^([a-z0-9-]{1,60})\.ics$/.exec(params.file ?? "")?.[1];
  const body = slug
    ? await cachedCalendar(`wijk:${slug}`, async () => {
        const feed = await neighbourhoodFeed(slug);
        return feed ? buildCalendar(`Warme Buurt · ${feed.name}`, feed.occurrences) : null;
      })
    : null;
  if (body === null) throw new Response("Not found", { status: 404 });
  return new Response(body, {
    // Calendar apps poll every few hours; five minutes in caches spares the server without hiding a change for long.
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
