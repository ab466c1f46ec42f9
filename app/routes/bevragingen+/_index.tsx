import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { formatDate } from "~/components/ui/format";
import { Card, PageTitle } from "~/components/ui/page";
import { LocalisedText } from "~/features/surveys/components/localised-text";
import { PhaseBadge } from "~/features/surveys/components/phase-badge";
import { ProgressBar } from "~/features/surveys/components/progress-bar";
import { listSurveys } from "~/features/surveys/queries.server";
import { getActor } from "~/utils/auth.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:title");

export async function loader({ request }: LoaderFunctionArgs) {
  const [actor, locale] = await Promise.all([getActor(request), getLocale(request)]);
  if (!actor) return { list: null, locale };
  return { list: await listSurveys(actor, locale), locale };
}

export default function Surveys() {
  const { t } = useTranslation("surveys");
  const { list, locale } = useLoaderData<typeof loader>();
  if (!list) {
    return (
      <>
        <PageTitle intro={t("intro")}>{t("title")}</PageTitle>
        <p className="mb-4">{t("signedOut")}</p>
        <LinkButton to="/inloggen?redirectTo=/bevragingen" className="w-full">
          {t("common:actions.signIn")}
        </LinkButton>
      </>
    );
  }
  return (
    <>
      <PageTitle intro={t("intro")}>{t("title")}</PageTitle>
      {list.asked.length ? (
        <section aria-labelledby="asked-title" className="mb-8 space-y-3">
          <h2 id="asked-title" className="text-2xl font-bold">
            {t("list.forYou")}
          </h2>
          <ul className="space-y-3">
            {list.asked.map((survey) => (
              <li key={survey.id}>
                <Card className="space-y-2">
                  <Link to={`/bevragingen/${survey.id}`} className="block text-xl font-semibold">
                    <LocalisedText text={survey.title} />
                  </Link>
                  {survey.phase === "open" ? (
                    <>
                      <p className="text-base">{t("list.openUntil", { date: formatDate(survey.closesAt, locale) })}</p>
                      {survey.state === "sent" ? (
                        <p className="font-semibold text-green-800">{t("list.sent")}</p>
                      ) : survey.state === "started" ? (
                        <ProgressBar percent={survey.progress.percent} label={t("list.progress", { seen: survey.progress.seen, total: survey.progress.total })} />
                      ) : (
                        <p className="text-base">{t("list.questions", { count: survey.progress.total })}</p>
                      )}
                    </>
                  ) : (
                    <p className="text-base">{survey.state === "sent" ? t("list.closedThanks") : t("list.closed")}</p>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : list.managed.length === 0 ? (
        <p className="mb-6">{t("list.none")}</p>
      ) : null}
      {list.mayStart ? (
        <section aria-labelledby="managed-title" className="space-y-3">
          <h2 id="managed-title" className="text-2xl font-bold">
            {t("list.managed")}
          </h2>
          <LinkButton to="/bevragingen/nieuw" className="w-full">
            {t("list.new")}
          </LinkButton>
          {list.managed.length === 0 ? <p>{t("list.noneManaged")}</p> : null}
          <ul className="space-y-3">
            {list.managed.map((survey) => (
              <li key={survey.id}>
                <Card className="space-y-1">
                  <Link to={`/bevragingen/${survey.id}`} className="block text-xl font-semibold">
                    {survey.title}
                  </Link>
                  <p className="flex flex-wrap items-center gap-2 text-base">
                    <PhaseBadge phase={survey.phase} />
                    <span>{survey.place}</span>
                  </p>
                  <p className="text-base">
                    {t("list.dates", { from: formatDate(survey.opensAt, locale), until: formatDate(survey.closesAt, locale) })} ·{" "}
                    {t("list.answers", { count: survey.responses })}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
