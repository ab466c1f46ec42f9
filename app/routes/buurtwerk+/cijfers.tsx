// A neighbourhood's reach (issue 17): figures without names for its own staff and admins. Every number under 5 is
// shown as "< 5" (hidden on the server, never sent). The chart is an <svg> drawn on the server.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { formatDate } from "~/components/ui/format";
import { Card, PageTitle } from "~/components/ui/page";
import { PlacePicker } from "~/features/outreach/components/place-picker";
import { ReachChart } from "~/features/outreach/components/reach-chart";
import { can } from "~/features/outreach/permissions";
import { getReach, workPlaces } from "~/features/outreach/queries.server";
import type { Figure } from "~/features/outreach/rules";
import { referralStatuses } from "~/features/outreach/vocabulary";
import { forbidden, notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:reach.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const [reach, places] = await Promise.all([
    getReach(actor, new URL(request.url).searchParams.get("wijk")),
    workPlaces(actor),
  ]);
  if (!reach) throw notFound();
  return { ...reach, places: places.map((p) => ({ id: p.id, name: p.name })) };
}

export function useFigure() {
  const { t, i18n } = useTranslation("outreach");
  return (value: Figure) =>
    value === "few" ? t("reach.few") : new Intl.NumberFormat(i18n.language).format(value);
}

export default function Reach() {
  const { t, i18n } = useTranslation("outreach");
  const show = useFigure();
  const { place, weeks, summary, since, places } = useLoaderData<typeof loader>();
  const weekLabel = (monday: string) => formatDate(monday, i18n.language, "short").replace(/\/\d{4}$/, "");
  return (
    <>
      <PageTitle intro={t("reach.intro", { since: formatDate(since, i18n.language) })}>
        {t("reach.heading", { place: place.name })}
      </PageTitle>
      <PlacePicker places={places} current={place.id} />
      <div className="space-y-5">
        <Card>
          <dl className="grid grid-cols-2 gap-3" data-testid="reach-summary">
            <Stat label={t("reach.contacted")} value={show(summary.contacted)} />
            <Stat label={t("reach.talked")} value={show(summary.talked)} />
            <Stat label={t("reach.inFollowUpNow")} value={show(summary.inFollowUpNow)} />
            <Stat label={t("reach.firstTimeVisitors")} value={show(summary.firstTimeVisitors)} />
            <Stat
              label={t("reach.averageFollowUp")}
              value={
                summary.averageFollowUpDays === "few"
                  ? t("reach.tooFew")
                  : t("reach.days", { count: summary.averageFollowUpDays })
              }
            />
          </dl>
        </Card>
        <Card className="space-y-3">
          <h2 className="text-2xl font-bold">{t("reach.byWeek")}</h2>
          <ReachChart
            weeks={weeks}
            title={t("reach.byWeek")}
            description={t("reach.chartDescription")}
            labels={{
              contacted: t("reach.contacted"),
              talked: t("reach.talked"),
              inFollowUp: t("reach.inFollowUp"),
              week: weekLabel,
            }}
          />
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="reach-weeks">
              <caption className="sr-only">{t("reach.byWeek")}</caption>
              <thead>
                <tr className="border-b border-ink/20">
                  <th scope="col" className="py-1 pe-2">
                    {t("reach.week")}
                  </th>
                  <th scope="col" className="py-1 pe-2">
                    {t("reach.contacted")}
                  </th>
                  <th scope="col" className="py-1 pe-2">
                    {t("reach.talked")}
                  </th>
                  <th scope="col" className="py-1">
                    {t("reach.inFollowUp")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((week) => (
                  <tr key={week.week} className="border-b border-ink/10">
                    <th scope="row" className="py-1 pe-2 font-normal">
                      {weekLabel(week.week)}
                    </th>
                    <td className="py-1 pe-2">{show(week.contacted)}</td>
                    <td className="py-1 pe-2">{show(week.talked)}</td>
                    <td className="py-1">{show(week.inFollowUp)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        <Card className="space-y-2">
          <h2 className="text-2xl font-bold">{t("reach.referrals")}</h2>
          <dl className="grid grid-cols-2 gap-3" data-testid="reach-referrals">
            {referralStatuses.map((status) => (
              <Stat
                key={status}
                label={t(`referral.statuses.${status}`)}
                value={show(summary.referrals[status] ?? "few")}
              />
            ))}
          </dl>
        </Card>
        <p className="text-base text-ink/70">{t("reach.privacy")}</p>
        <Link
          to={`/buurtwerk/signalen?wijk=${place.id}`}
          className="inline-flex min-h-tap items-center font-semibold"
        >
          {t("signalsNote.link")}
        </Link>
      </div>
    </>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-base text-ink/80">{label}</dt>
      <dd className="text-2xl font-bold">{value}</dd>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
