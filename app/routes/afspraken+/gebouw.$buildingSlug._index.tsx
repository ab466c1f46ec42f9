import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, PageTitle } from "~/components/ui/page";
import { formatDate } from "~/components/ui/format";
import { PhaseBadge } from "~/features/agreements/components/phase-badge";
import { OpeningHours } from "~/features/bookings/components/opening-hours";
import { can } from "~/features/agreements/permissions";
import { getBuildingPage } from "~/features/agreements/queries.server";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";
import { getLocale } from "~/utils/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const found = await getBuildingPage(actor, params.buildingSlug ?? "");
  if (!found || !can(actor, "read", found.access)) throw notFound();
  const { access: _access, ...building } = found;
  return { building, locale: await getLocale(request) };
}

export default function BuildingPage() {
  const { t } = useTranslation("agreements");
  const { building, locale } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="mb-2 text-base">
        <Link to="/afspraken">{t("title")}</Link>
      </p>
      <PageTitle intro={building.address}>{building.name}</PageTitle>
      <h2 className="mb-2 text-2xl font-bold">{t("spaces")}</h2>
      <ul className="space-y-3">
        {building.spaces.map((space) => (
          <li key={space.slug}>
            <Card className="space-y-1">
              <Link to={`/afspraken/gebouw/${building.slug}/${space.slug}`} className="text-xl font-semibold">
                {space.name}
              </Link>
              {space.agreement ? (
                <p className="flex flex-wrap items-center gap-2 text-base">
                  <PhaseBadge phase={space.agreement.phase} />
                  <span>{t("version", { number: space.agreement.currentVersion })}</span>
                </p>
              ) : (
                <p className="text-base text-ink/70">{t("noAgreement")}</p>
              )}
              {space.agreement?.adopted ? (
                <p className="text-base">{t("adoptedOn", { date: formatDate(space.agreement.adopted.adoptedAt, locale), number: space.agreement.adopted.number })}</p>
              ) : null}
              {space.bookable?.active ? <OpeningHours hours={space.bookable.hours} compact /> : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
