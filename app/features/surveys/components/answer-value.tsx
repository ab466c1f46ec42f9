// An answer read back: the chosen choices with their pictograms, the face, yes or no, or the text.
import { useTranslation } from "react-i18next";
import type { ShownQuestion } from "~/features/surveys/queries.server";
import { isOptionIcon } from "~/features/surveys/rules";
import { LocalisedText } from "./localised-text";
import { ChoiceIcon, Face, YesNoIcon } from "./survey-icons";

export function AnswerValue({ question, values }: { question: Pick<ShownQuestion, "kind" | "options">; values: string[] }) {
  const { t } = useTranslation("surveys");
  if (question.kind === "text") return <p className="whitespace-pre-line">{values[0]}</p>;
  if (question.kind === "scale") {
    const value = values[0] ?? "3";
    return (
      <p className="flex items-center gap-2">
        <Face value={Number(value)} label={t(`scale.${value}`)} className="size-8" />
        <span aria-hidden="true">{t(`scale.${value}`)}</span>
      </p>
    );
  }
  if (question.kind === "yesno") {
    const value = values[0] === "no" ? "no" : "yes";
    return (
      <p className="flex items-center gap-2">
        <YesNoIcon value={value} label={t(`yesNo.${value}`)} className="size-8" />
        <span aria-hidden="true">{t(`yesNo.${value}`)}</span>
      </p>
    );
  }
  return (
    <ul className="space-y-1">
      {question.options
        .filter((option) => values.includes(option.id))
        .map((option) => (
          <li key={option.id} className="flex items-center gap-2">
            {isOptionIcon(option.icon) ? <ChoiceIcon icon={option.icon} className="size-6 shrink-0 text-brand-dark" /> : null}
            <LocalisedText text={option.text} />
          </li>
        ))}
    </ul>
  );
}
