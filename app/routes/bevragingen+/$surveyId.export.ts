import type { LoaderFunctionArgs } from "@remix-run/node";
import { rowsCsv, totalsCsv } from "~/features/surveys/export.server";
import { requireActor } from "~/utils/auth.server";
import { personal } from "~/utils/cache-headers.server";
import { getLocale, getFixedT } from "~/utils/i18n.server";

/** ?soort=totalen: counts per question and building; ?soort=rijen: one anonymous row per response. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const surveyId = params.surveyId ?? "";
  const locale = await getLocale(request);
  const t = getFixedT(locale, "surveys");
  const rows = new URL(request.url).searchParams.get("soort") === "rijen";
  const csv = rows ? await rowsCsv(actor, surveyId, locale, t) : await totalsCsv(actor, surveyId, locale, t);
  if (csv === null) throw new Response("Not found", { status: 404 });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bevraging-${surveyId}-${rows ? "rijen" : "totalen"}.csv"`,
      "Cache-Control": personal,
    },
  });
}
