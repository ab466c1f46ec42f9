// The answer controls of one question, as real form fields (radios, checkboxes, a text box) so they work without
// JavaScript: cards with a pictogram for choices, five faces for the scale, a tick and a cross for yes and no.
// Used on the resident's screen (one question, big) and on the buurtwerker's door-to-door page (every question).
import { useTranslation } from "react-i18next";
import { ErrorList } from "~/components/ui/field";
import type { ShownQuestion } from "~/features/surveys/queries.server";
import { MAX_TEXT, isOptionIcon, scaleValues, yesNoValues } from "~/features/surveys/rules";
import { ChoiceIcon, Face, YesNoIcon } from "./survey-icons";
import { LocalisedText, TranslationNote } from "./localised-text";

const card =
  "flex min-h-tap cursor-pointer items-center gap-3 rounded-xl border-2 border-ink/20 bg-white px-3 py-2 text-lg has-[:checked]:border-brand has-[:checked]:bg-brand-light has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-dark";

type Props = {
  question: Pick<ShownQuestion, "kind" | "options">;
  /** The form field's name: "value" on the resident's screen, "answers[3].value" on the door-to-door page. */
  name: string;
  selected: string[];
  /** Each input's id starts with this (two questions on one page). */
  idPrefix: string;
  errors?: string[];
  /** The id of the element that names the group (the question's heading). */
  labelledBy: string;
  size?: "large" | "compact";
};

export function AnswerInput({ question, name, selected, idPrefix, errors, labelledBy, size = "large" }: Props) {
  const { t } = useTranslation("surveys");
  const errorId = errors?.length ? `${idPrefix}-error` : undefined;
  const face = size === "large" ? "size-14" : "size-11";
  if (question.kind === "text") {
    return (
      <div className="space-y-1">
        <textarea
          id={`${idPrefix}-text`}
          name={name}
          aria-labelledby={labelledBy}
          aria-describedby={errorId}
          aria-invalid={errorId ? true : undefined}
          defaultValue={selected[0] ?? ""}
          maxLength={MAX_TEXT}
          rows={size === "large" ? 5 : 3}
          className="block w-full rounded-lg border-2 border-ink/30 bg-white px-3 py-2 text-lg aria-[invalid=true]:border-red-800"
        />
        <p className="text-base text-ink/70">{t("answer.textHint", { max: MAX_TEXT })}</p>
        <ErrorList id={errorId} errors={errors} />
      </div>
    );
  }
  return (
    <fieldset aria-labelledby={labelledBy} aria-describedby={errorId} className="space-y-2">
      {question.kind === "scale" ? (
        <div className="grid grid-cols-5 gap-1" data-testid="faces">
          {scaleValues.map((value) => (
            <label key={value} className={`${card} flex-col justify-center gap-1 px-1 text-center text-sm`}>
              <input type="radio" name={name} value={value} defaultChecked={selected.includes(value)} className="sr-only" />
              <Face value={Number(value)} label={t(`scale.${value}`)} className={face} />
              <span aria-hidden="true" className="leading-tight">
                {t(`scale.${value}`)}
              </span>
            </label>
          ))}
        </div>
      ) : question.kind === "yesno" ? (
        <div className="grid grid-cols-2 gap-2">
          {yesNoValues.map((value) => (
            <label key={value} className={`${card} flex-col justify-center py-3 text-center text-xl font-semibold`}>
              <input type="radio" name={name} value={value} defaultChecked={selected.includes(value)} className="sr-only" />
              <YesNoIcon value={value} label={t(`yesNo.${value}`)} className={face} />
              <span aria-hidden="true">{t(`yesNo.${value}`)}</span>
            </label>
          ))}
        </div>
      ) : (
        <div className="space-y-2">
          {question.kind === "multiple" ? <p className="text-base text-ink/80">{t("answer.chooseSeveral")}</p> : null}
          {question.options.map((option) => (
            <div key={option.id}>
              <label className={card}>
                <input
                  type={question.kind === "multiple" ? "checkbox" : "radio"}
                  name={name}
                  value={option.id}
                  defaultChecked={selected.includes(option.id)}
                  className="size-6 shrink-0 accent-brand"
                />
                {isOptionIcon(option.icon) ? <ChoiceIcon icon={option.icon} className="size-8 shrink-0 text-brand-dark" /> : null}
                <LocalisedText text={option.text} />
              </label>
              <TranslationNote text={option.text} className="ps-3 pt-1" />
            </div>
          ))}
        </div>
      )}
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}
