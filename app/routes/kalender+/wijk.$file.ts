import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildCalendar } from "~/features/activities/calendar.server";
import { neighbourhoodFeed } from "~/features/activities/queries.server";

/** /kalender/wijk/<slug>.ics: the public activities of a neighbourhood, for anyone to subscribe to. */
export async function loader({ params }: LoaderFunctionArgs) {
  const slug = /^([a-z0-9-]{1,60})\.ics$/.exec(params.file ?? "")?.[1];
  const feed = slug ? await neighbourhoodFeed(slug) : null;
  if (!feed) throw new Response("Not found", { status: 404 });
  return new Response(buildCalendar(`Warme Buurt · ${feed.name}`, feed.occurrences), {
    // Calendar apps poll every few hours; a five-minute cache spares the database without hiding a change for long.
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
