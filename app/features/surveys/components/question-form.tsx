// One question: its kind (chosen before, on the "new question" page), the Dutch text with translations, and for
// choice questions up to 8 choices, each with an optional pictogram. The choice rows are always there (empty ones
// are left out), so the form needs no JavaScript to add one.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field, TextareaField } from "~/components/ui/field";
import { choiceKinds, isQuestionKind, optionIcons } from "~/features/surveys/rules";
import { questionSchema, translationLocales, type QuestionInput } from "~/features/surveys/schema";
import { localeNames } from "~/utils/i18n";
import { OutdatedMark } from "./settings-form";
import { ChoiceIcon } from "./survey-icons";
import { KindIcon } from "./kind-icon";

type Mark = { locale: string; outdated: boolean; sourceText: string };
export type QuestionDefaults = Record<string, unknown> & { kind: string; options?: Record<string, unknown>[] };

export function QuestionForm({
  lastResult,
  defaultValue,
  marks,
  optionMarks,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]>;
  defaultValue: QuestionDefaults;
  /** The question's translations made for an older Dutch text. */
  marks: Mark[];
  /** The same per choice, by choice id. */
  optionMarks: Record<string, Mark[]>;
  submitLabel: string;
}) {
  const { t } = useTranslation("surveys");
  const [form, fields] = useForm<QuestionInput>({
    lastResult,
    defaultValue,
    constraint: constraintOf(questionSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: questionSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const kind = isQuestionKind(defaultValue.kind) ? defaultValue.kind : "single";
  const hasChoices = choiceKinds.includes(kind);
  const options = fields.options.getFieldList();
  return (
    <Form method="post" className="space-y-5" {...getFormProps(form)}>
      <ErrorList id={form.errorId} errors={form.errors} />
      <input type="hidden" name="kind" value={kind} />
      <p className="flex items-center gap-2 text-lg font-semibold">
        <KindIcon kind={kind} /> {t(`kinds.${kind}`)}
      </p>
      <TextareaField label={t("form.questionText")} errors={fields.text.errors} name={fields.text.name} defaultValue={fields.text.initialValue ?? ""} rows={2} required />
      <Translations marks={marks} field={(locale, part) => fields[`${locale}${part}`]} label={(language) => t("form.questionIn", { language })} />
      {hasChoices ? (
        <fieldset className="space-y-3">
          <legend className="text-xl font-bold">{t("form.options")}</legend>
          <p className="text-base text-ink/70">{t("form.optionsHint")}</p>
          <ErrorList id={fields.options.errorId} errors={fields.options.errors} />
          <ol className="space-y-3">
            {options.map((option, index) => {
              const o = option.getFieldset();
              const id = o.id.initialValue ?? "";
              return (
                <li key={option.key} className="space-y-2 rounded-xl border border-ink/10 bg-white p-3">
                  <input type="hidden" name={o.id.name} defaultValue={id} />
                  <Field label={t("form.option", { number: index + 1 })} errors={o.text.errors} {...getInputProps(o.text, { type: "text" })} />
                  <fieldset>
                    <legend className="text-base font-semibold">{t("form.icon")}</legend>
                    <div className="mt-1 grid grid-cols-6 gap-1">
                      <label className="flex min-h-tap cursor-pointer items-center justify-center rounded-lg border border-ink/15 text-sm has-[:checked]:border-brand has-[:checked]:bg-brand-light">
                        <input type="radio" name={o.icon.name} value="" defaultChecked={!o.icon.initialValue} className="sr-only" />
                        {t("form.noIcon")}
                      </label>
                      {optionIcons.map((icon) => (
                        <label key={icon} className="flex min-h-tap cursor-pointer items-center justify-center rounded-lg border border-ink/15 has-[:checked]:border-brand has-[:checked]:bg-brand-light has-[:focus-visible]:outline has-[:focus-visible]:outline-2">
                          <input type="radio" name={o.icon.name} value={icon} defaultChecked={o.icon.initialValue === icon} className="sr-only" aria-label={t(`icons.${icon}`)} />
                          <ChoiceIcon icon={icon} className="size-7" />
                        </label>
                      ))}
                    </div>
                  </fieldset>
                  <Translations marks={optionMarks[id] ?? []} field={(locale, part) => o[`${locale}${part}`]} label={(language) => t("form.optionIn", { language })} compact />
                </li>
              );
            })}
          </ol>
        </fieldset>
      ) : (
        <p className="rounded-lg bg-white p-3 text-base">{t(`kindHelp.${kind}`)}</p>
      )}
      <Button className="w-full">{submitLabel}</Button>
    </Form>
  );
}

type AnyField = { name: string; initialValue?: unknown; errors?: string[] };
type Locale = (typeof translationLocales)[number];

function Translations({
  marks,
  field,
  label,
  compact = false,
}: {
  marks: Mark[];
  field: (locale: Locale, part: "Text" | "Confirm") => AnyField;
  label: (language: string) => string;
  compact?: boolean;
}) {
  const { t } = useTranslation("surveys");
  return (
    <details className="rounded-lg border border-ink/10 bg-paper p-2" open={marks.some((m) => m.outdated)}>
      <summary className="min-h-tap cursor-pointer py-2 font-semibold">
        {compact ? t("form.translationsShort") : t("form.translations")}
        {marks.some((m) => m.outdated) ? <span className="ms-2 rounded bg-amber-100 px-2 text-base text-amber-900">{t("form.outdatedBadge")}</span> : null}
      </summary>
      <div className="space-y-3 pt-2">
        {translationLocales.map((locale) => {
          const text = field(locale, "Text");
          const mark = marks.find((m) => m.locale === locale);
          return (
            <div key={locale} className="space-y-1">
              <div lang={locale} dir={locale === "ar" ? "rtl" : undefined}>
                <Field label={label(localeNames[locale])} errors={text.errors} name={text.name} defaultValue={typeof text.initialValue === "string" ? text.initialValue : ""} type="text" />
              </div>
              {mark?.outdated ? <OutdatedMark name={field(locale, "Confirm").name} dutch={mark.sourceText} /> : null}
            </div>
          );
        })}
      </div>
    </details>
  );
}
