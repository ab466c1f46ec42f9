import type { LoaderFunctionArgs } from "@remix-run/node";
import { attendeesCsv } from "~/features/activities/export.server";
import { requireStaff } from "~/utils/auth.server";
import { personal } from "~/utils/cache-headers.server";
import { getRequestT } from "~/utils/i18n.server";

/** The attendee list as CSV for a spreadsheet (UTF-8 with BOM so Excel shows é and Arabic right). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const csv = await attendeesCsv(actor, params.occurrenceId ?? "", await getRequestT(request, "activities"));
  if (csv === null) throw new Response("Not found", { status: 404 });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="deelnemers-${params.occurrenceId}.csv"`,
      "Cache-Control": personal,
    },
  });
}
