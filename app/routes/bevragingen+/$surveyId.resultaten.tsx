import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkButton, buttonClass } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { LocalisedText } from "~/features/surveys/components/localised-text";
import { PhaseBadge } from "~/features/surveys/components/phase-badge";
import { ResultsView } from "~/features/surveys/components/results-view";
import { getResults } from "~/features/surveys/queries.server";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:results.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const locale = await getLocale(request);
  const results = await getResults(actor, params.surveyId ?? "", locale);
  if (!results) throw notFound();
  return { results, locale };
}

export default function Results() {
  const { t } = useTranslation("surveys");
  const { results, locale } = useLoaderData<typeof loader>();
  const base = `/bevragingen/${results.survey.id}`;
  return (
    <>
      <p className="mb-2">
        <Link to={base}>{t("form.backToSurvey")}</Link>
      </p>
      <PageTitle intro={<PhaseBadge phase={results.survey.phase} />}>
        <LocalisedText text={results.survey.title} />
      </PageTitle>
      <div className="no-print mb-6 grid gap-2">
        <LinkButton to={`${base}/afdrukken`} variant="secondary" className="w-full">
          {t("results.print")}
        </LinkButton>
        <a href={`${base}/export?soort=totalen`} className={buttonClass("secondary", "w-full")} download>
          {t("results.csvTotals")}
        </a>
        <a href={`${base}/export?soort=rijen`} className={buttonClass("secondary", "w-full")} download>
          {t("results.csvRows")}
        </a>
      </div>
      <ResultsView results={results} locale={locale} mode="screen" />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
