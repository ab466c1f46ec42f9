// One question's results: a table whose rows carry the answer (with its pictogram or face), a bar drawn in SVG on
// the server (no chart library, works without JavaScript and on paper), the count and the percentage. A group with
// fewer than 5 answers shows only that it is hidden; open answers are listed without names.
import type { SerializeFrom } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import type { SurveyResults } from "~/features/surveys/queries.server";
import { MIN_GROUP, isOptionIcon, type QuestionTally } from "~/features/surveys/rules";
import { LocalisedText } from "./localised-text";
import { ChoiceIcon, Face, YesNoIcon } from "./survey-icons";

type Question = SerializeFrom<SurveyResults["questions"][number]>;

export function ValueLabel({ question, value }: { question: Question; value: string }) {
  const { t } = useTranslation("surveys");
  if (question.kind === "scale") {
    return (
      <span className="flex items-center gap-2">
        <Face value={Number(value)} label={t(`scale.${value}`)} className="size-7 shrink-0" />
        <span aria-hidden="true">{t(`scale.${value}`)}</span>
      </span>
    );
  }
  if (question.kind === "yesno") {
    const yesNo = value === "no" ? "no" : "yes";
    return (
      <span className="flex items-center gap-2">
        <YesNoIcon value={yesNo} label={t(`yesNo.${yesNo}`)} className="size-7 shrink-0" />
        <span aria-hidden="true">{t(`yesNo.${yesNo}`)}</span>
      </span>
    );
  }
  const option = question.options.find((o) => o.id === value);
  if (!option) return <span>{value}</span>;
  return (
    <span className="flex items-center gap-2">
      {isOptionIcon(option.icon) ? <ChoiceIcon icon={option.icon} className="size-6 shrink-0 text-brand-dark" /> : null}
      <LocalisedText text={option.text} />
    </span>
  );
}

export function ResultChart({ question, tally, caption }: { question: Question; tally: QuestionTally; caption?: string }) {
  const { t } = useTranslation("surveys");
  if (tally.hidden) {
    return (
      <p className="rounded-lg border-s-4 border-ink/40 bg-ink/5 p-3 text-base" data-testid="suppressed">
        {t("results.hidden", { count: tally.answered, min: MIN_GROUP })}
      </p>
    );
  }
  if (question.kind === "text") {
    return (
      <div className="space-y-2">
        <p className="text-base text-ink/80">{t("results.answered", { count: tally.answered })}</p>
        <ul className="space-y-2" aria-label={caption ?? t("results.openAnswers")}>
          {tally.texts.map((text, index) => (
            <li key={index} className="rounded-lg border border-ink/10 bg-paper p-2 text-base print:break-inside-avoid">
              <bdi dir="auto">“{text}”</bdi>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <table className="w-full border-collapse text-base">
      <caption className="mb-1 text-start text-base text-ink/80">{caption ?? t("results.answered", { count: tally.answered })}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("results.answer")}</th>
          <th scope="col">{t("results.bar")}</th>
          <th scope="col">{t("results.count")}</th>
          <th scope="col">{t("results.percent")}</th>
        </tr>
      </thead>
      <tbody>
        {tally.rows.map((row) => (
          <tr key={row.value} className="border-t border-ink/10 print:break-inside-avoid">
            <th scope="row" className="py-1 pe-2 text-start font-normal">
              <ValueLabel question={question} value={row.value} />
            </th>
            <td className="w-1/3 py-1">
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" className="block h-4 w-full rtl:-scale-x-100">
                <rect x="0" y="0" width="100" height="10" className="fill-ink/5" />
                <rect x="0" y="0" width={row.percent} height="10" className="fill-brand print:fill-ink" />
              </svg>
            </td>
            <td className="py-1 ps-2 text-end tabular-nums">{row.count}</td>
            <td className="py-1 ps-2 text-end font-semibold tabular-nums">{row.percent}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
