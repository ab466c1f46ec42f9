import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildCalendar } from "~/features/activities/calendar.server";
import { getOccurrenceForCalendar } from "~/features/activities/queries.server";
import { getActor } from "~/utils/auth.server";
import { personal } from "~/utils/cache-headers.server";

/** One occurrence as an .ics file; the UID is stable, so importing it again updates the event. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const occurrence = await getOccurrenceForCalendar(params.occurrenceId ?? "", await getActor(request));
  if (!occurrence) throw new Response("Not found", { status: 404 });
  return new Response(buildCalendar(occurrence.activity.title, [occurrence], { method: "publish" }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="activiteit-${occurrence.id}.ics"`,
      // A building-only date is for its residents: no shared cache may keep it.
      "Cache-Control": occurrence.audienceBuildingId ? personal : "no-cache",
    },
  });
}
