// The results of a survey, on screen (with follow-ups and downloads) and as the A4 summary for the
// bewonersbijeenkomst: how many households answered per building, then each question with its chart, overall and
// per building. Everything comes from the anonymous responses: counts, never who.
import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/ui/format";
import type { SurveyResults } from "~/features/surveys/queries.server";
import { KindIcon } from "./kind-icon";
import { LocalisedText } from "./localised-text";
import { ResultChart } from "./result-chart";

type Results = SerializeFrom<SurveyResults>;

export function ResultsView({ results, locale, mode }: { results: Results; locale: string; mode: "screen" | "print" }) {
  const { t } = useTranslation("surveys");
  const { survey } = results;
  const perBuilding = results.byBuilding.length > 1;
  return (
    <div className="space-y-6">
      <section aria-labelledby="rate-title" className="space-y-2 print:break-inside-avoid">
        <h2 id="rate-title" className="text-2xl font-bold">
          {t("results.rateTitle")}
        </h2>
        <p className="text-lg">
          {t(survey.per === "household" ? "results.rateHouseholds" : "results.rateResidents", { answered: results.rate.answered, of: results.rate.of, percent: results.rate.percent })}
        </p>
        <table className="w-full border-collapse text-base">
          <thead>
            <tr className="text-start text-sm">
              <th scope="col" className="py-1 text-start">
                {t("results.building")}
              </th>
              <th scope="col" className="py-1 ps-2 text-end">
                {t("results.answeredShort")}
              </th>
              <th scope="col" className="py-1 ps-2 text-end">
                {t(survey.per === "household" ? "results.households" : "results.residents")}
              </th>
              <th scope="col" className="py-1 ps-2 text-end">
                {t("results.rate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.rates.map((rate) => (
              <tr key={rate.buildingId} className="border-t border-ink/10">
                <th scope="row" className="py-1 text-start font-normal [overflow-wrap:anywhere]">
                  {rate.name}
                </th>
                <td className="py-1 ps-2 text-end tabular-nums">{rate.answered}</td>
                <td className="py-1 ps-2 text-end tabular-nums">{rate.of}</td>
                <td className="py-1 ps-2 text-end font-semibold tabular-nums">{rate.percent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-base text-ink/80">
          {t("results.methods", { online: results.methods.online, assisted: results.methods.assisted, paper: results.methods.paper })}
        </p>
        <p className="text-base text-ink/70">{t("results.privacy")}</p>
      </section>

      {results.questions.map((question, index) => {
        const overall = results.overall.questions[index];
        return (
          <section key={question.id} aria-labelledby={`r-${question.id}`} className="space-y-3 rounded-xl border border-ink/10 bg-white p-4 print:break-inside-avoid print:border-ink/30 print:p-2">
            <h2 id={`r-${question.id}`} className="flex items-start gap-2 text-xl font-bold">
              <KindIcon kind={question.kind} className="mt-1 size-6 shrink-0 text-brand-dark no-print" />
              <span>
                {index + 1}. <LocalisedText text={question.text} />
              </span>
            </h2>
            {overall ? <ResultChart question={question} tally={overall} /> : null}
            {perBuilding && question.kind !== "text" ? (
              <details className="rounded-lg border border-ink/10 p-2 print:block" open={mode === "print"}>
                <summary className="min-h-tap cursor-pointer py-2 font-semibold print:hidden">{t("results.perBuilding")}</summary>
                <div className="space-y-3 pt-2">
                  {results.byBuilding.map((group) => {
                    const tally = group.questions[index];
                    return tally ? (
                      <div key={group.key}>
                        <h3 className="font-semibold">{group.name ?? t("results.noBuilding")}</h3>
                        <ResultChart question={question} tally={tally} caption={t("results.answered", { count: tally.answered })} />
                      </div>
                    ) : null;
                  })}
                </div>
              </details>
            ) : null}
            {mode === "screen" ? (
              <p className="no-print flex flex-wrap gap-x-4 text-base">
                <Link to={`/afspraken/nieuw?bevraging=${survey.id}&vraag=${question.id}`} className="inline-flex min-h-tap items-center">
                  {t("results.followAgreement")}
                </Link>
                <Link to={`/activiteiten/nieuw?bevraging=${survey.id}&vraag=${question.id}`} className="inline-flex min-h-tap items-center">
                  {t("results.followActivity")}
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
      <p className="text-base text-ink/70">{t("results.period", { from: formatDate(survey.opensAt, locale), until: formatDate(survey.closesAt, locale) })}</p>
    </div>
  );
}
