import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildCalendar } from "~/features/activities/calendar.server";
import { personalFeed } from "~/features/activities/queries.server";
import { personal } from "~/utils/cache-headers.server";

/** /kalender/<secret token>.ics: a person's own sign-ups, for a calendar app to subscribe to. */
export async function loader({ params }: LoaderFunctionArgs) {
  const token = /^([\w-]{20,64})\.ics$/.exec(params.file ?? "")?.[1];
  const feed = token ? await personalFeed(token) : null;
  if (!feed) throw new Response("Not found", { status: 404 });
  return new Response(buildCalendar(`Warme Buurt · ${feed.name}`, feed.occurrences), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": personal, "X-Robots-Tag": "noindex" },
  });
}
