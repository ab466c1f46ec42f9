import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { LocalisedText } from "~/features/surveys/components/localised-text";
import { ResultsView } from "~/features/surveys/components/results-view";
import { getResults } from "~/features/surveys/queries.server";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";
import summaryHref from "~/styles/survey-print.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: summaryHref }];
export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:results.summaryTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const locale = await getLocale(request);
  const results = await getResults(actor, params.surveyId ?? "", locale);
  if (!results) throw notFound();
  return { results, locale };
}

/** The summary for the bewonersbijeenkomst on A4: print it from the browser menu (header and menu are left off). */
export default function PrintSummary() {
  const { t } = useTranslation("surveys");
  const { results, locale } = useLoaderData<typeof loader>();
  return (
    <article className="survey-summary space-y-4 bg-white p-2" aria-label={t("results.summaryTitle")}>
      <p className="no-print">
        <Link to={`/bevragingen/${results.survey.id}/resultaten`}>{t("results.backToResults")}</Link>
      </p>
      <p className="no-print text-base text-ink/70">{t("results.printHint")}</p>
      <header className="border-b-4 border-brand pb-2">
        <p className="text-lg font-semibold text-brand-dark">{t("results.summaryTitle")}</p>
        <h1 className="text-3xl font-bold leading-tight">
          <LocalisedText text={results.survey.title} />
        </h1>
      </header>
      <ResultsView results={results} locale={locale} mode="print" />
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
