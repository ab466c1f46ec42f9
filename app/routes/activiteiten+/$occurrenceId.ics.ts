import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildCalendar } from "~/features/activities/calendar.server";
import { getOccurrenceForCalendar } from "~/features/activities/queries.server";
import { getViewer } from "~/utils/auth.server";
import { personal } from "~/utils/cache-headers.server";
import { isStaff } from "~/utils/roles";

/** One occurrence as an .ics file; the UID is stable, so importing it again updates the event. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getViewer(request);
  const audience = viewer ? { userId: viewer.user.id, isStaff: isStaff(viewer.actor.roles) && !viewer.actingFor } : null;
  const occurrence = await getOccurrenceForCalendar(params.occurrenceId ?? "", audience);
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
