// Shared problems (issue 17): damp, a broken lift, lighting... counted per building and street month by month, as a
// one-page note for partners. Places and counts only: no household, no name, no note.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { formatDate } from "~/components/ui/format";
import { PageTitle } from "~/components/ui/page";
import { IconLabel } from "~/features/outreach/components/knock-form";
import { PlacePicker } from "~/features/outreach/components/place-picker";
import { useOutreachLabels } from "~/features/outreach/components/labels";
import { can } from "~/features/outreach/permissions";
import { getSignals, workPlaces } from "~/features/outreach/queries.server";
import { forbidden, notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { isLocale, localeTags } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:signalsNote.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const [signals, places] = await Promise.all([
    getSignals(actor, new URL(request.url).searchParams.get("wijk")),
    workPlaces(actor),
  ]);
  if (!signals) throw notFound();
  return {
    ...signals,
    places: places.map((p) => ({ id: p.id, name: p.name })),
    today: new Date().toISOString(),
  };
}

export default function Signals() {
  const { t, i18n } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const { place, months, rows, places, today } = useLoaderData<typeof loader>();
  const tag = isLocale(i18n.language) ? localeTags[i18n.language] : "nl-BE";
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(tag, { month: "short", timeZone: "UTC" }).format(
      new Date(`${month}-15T12:00:00Z`),
    );
  return (
    <>
      <PageTitle intro={t("signalsNote.intro", { date: formatDate(today, i18n.language) })}>
        {t("signalsNote.heading", { place: place.name })}
      </PageTitle>
      <PlacePicker places={places} current={place.id} />
      {rows.length === 0 ? <p>{t("signalsNote.none")}</p> : null}
      {rows.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-base" data-testid="signals">
            <caption className="sr-only">{t("signalsNote.heading", { place: place.name })}</caption>
            <thead>
              <tr className="border-b border-ink/20">
                <th scope="col" className="py-1 pe-2">
                  {t("signalsNote.place")}
                </th>
                <th scope="col" className="py-1 pe-2">
                  {t("signalsNote.kind")}
                </th>
                {months.map((month) => (
                  <th key={month} scope="col" className="hidden py-1 pe-2 text-end sm:table-cell print:table-cell">
                    {monthName(month)}
                  </th>
                ))}
                <th scope="col" className="py-1 text-end">
                  {t("signalsNote.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.place}-${row.kind}`} className="border-b border-ink/10 align-top">
                  <th scope="row" className="py-1 pe-2 font-semibold">
                    {row.place}
                  </th>
                  <td className="py-1 pe-2">
                    <IconLabel icon={row.kind} text={labels.signal(row.kind)} />
                  </td>
                  {months.map((month) => (
                    <td key={month} className="hidden py-1 pe-2 text-end sm:table-cell print:table-cell">
                      {row.byMonth[month] || ""}
                    </td>
                  ))}
                  <td className="py-1 text-end font-bold">{row.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="mt-4 text-base text-ink/70">{t("signalsNote.howCounted")}</p>
      <button
        type="button"
        className={buttonClass("secondary", "mt-4 w-full print:hidden")}
        onClick={() => window.print()}
      >
        {t("signalsNote.print")}
      </button>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
