import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildCalendar } from "~/features/activities/calendar.server";
import { getOccurrenceForCalendar } from "~/features/activities/queries.server";

/** One occurrence as an .ics file; the UID is stable, so importing it again updates the event. */
export async function loader({ params }: LoaderFunctionArgs) {
  const occurrence = await getOccurrenceForCalendar(params.occurrenceId ?? "");
  if (!occurrence) throw new Response("Not found", { status: 404 });
  return new Response(buildCalendar(occurrence.activity.title, [occurrence], { method: "publish" }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="activiteit-${occurrence.id}.ics"`,
      "Cache-Control": "no-cache",
    },
  });
}
