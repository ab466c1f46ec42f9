import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { formatDate } from "~/components/ui/format";
import { PhaseBadge } from "~/features/agreements/components/phase-badge";
import { can } from "~/features/agreements/permissions";
import { getOverview } from "~/features/agreements/queries.server";
import { getActor } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";
import { getLocale } from "~/utils/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  if (!actor) return { overview: null, mayStart: false, locale: "nl" };
  return { overview: await getOverview(actor), mayStart: can(actor, "startAgreements"), locale: await getLocale(request) };
}

export default function Agreements() {
  const { t } = useTranslation("agreements");
  const { overview, mayStart, locale } = useLoaderData<typeof loader>();
  if (!overview) {
    return (
      <>
        <PageTitle intro={t("intro")}>{t("title")}</PageTitle>
        <p className="mb-4">{t("signedOut")}</p>
        <LinkButton to="/inloggen?redirectTo=/afspraken" className="w-full">
          {t("common:actions.signIn")}
        </LinkButton>
      </>
    );
  }
  return (
    <>
      <PageTitle intro={t("intro")}>{t("title")}</PageTitle>
      {overview.notices.length ? (
        <section aria-labelledby="notices-title" className="mb-6 space-y-3">
          <h2 id="notices-title" className="text-2xl font-bold">
            {t("notices.title")}
          </h2>
          {overview.notices.map((notice) => (
            <Notice key={`${notice.kind}-${notice.agreementId}`} tone="info">
              <p>{t(`notices.${notice.kind}`, { space: notice.spaceName, building: notice.buildingName })}</p>
              {notice.closesAt ? <p className="text-base">{t("openUntil", { date: formatDate(notice.closesAt, locale) })}</p> : null}
              <Link to={`/afspraken/${notice.agreementId}`} className="mt-1 inline-flex min-h-tap items-center font-semibold">
                {t("notices.go")}
              </Link>
            </Notice>
          ))}
        </section>
      ) : null}
      {mayStart ? (
        <LinkButton to="/afspraken/nieuw" className="mb-6 w-full">
          {t("newAgreement")}
        </LinkButton>
      ) : null}
      {overview.buildings.length === 0 ? <p>{t("noBuildings")}</p> : null}
      <div className="space-y-6">
        {overview.buildings.map((building) => (
          <section key={building.id} aria-labelledby={`b-${building.id}`}>
            <h2 id={`b-${building.id}`} className="mb-2 text-2xl font-bold">
              <Link to={`/afspraken/gebouw/${building.slug}`}>{building.name}</Link>
            </h2>
            <ul className="space-y-2">
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
                    {space.bookable ? <p className="text-base">{t("bookable")}</p> : null}
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
