// The survey's settings: whom it asks (a building or a whole neighbourhood, per household or per resident), its
// title and intro in Dutch with their translations, and its dates. Shared by "new" and "edit"; works without JS.
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { surveyPers } from "~/features/surveys/rules";
import { translationLocales, type NewSurveyInput } from "~/features/surveys/schema";
import { localeNames } from "~/utils/i18n";

export type SettingsDefaults = Record<string, string | boolean | undefined>;
export type TranslationMark = { locale: string; outdated: boolean; sourceTitle: string; sourceIntro: string | null };
type Targets = { id: string; name: string; buildings: { id: string; name: string }[] }[];

export function SettingsForm({
  schema,
  lastResult,
  defaultValue,
  targets,
  marks = [],
  submitLabel,
}: {
  schema: z.ZodTypeAny;
  lastResult?: SubmissionResult<string[]>;
  defaultValue: SettingsDefaults;
  /** Where it can ask; null when that is fixed (published). */
  targets: Targets | null;
  marks?: TranslationMark[];
  submitLabel: string;
}) {
  const { t } = useTranslation("surveys");
  const [form, fields] = useForm<NewSurveyInput>({
    lastResult,
    defaultValue,
    constraint: constraintOf(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="space-y-5" {...getFormProps(form)}>
      <ErrorList id={form.errorId} errors={form.errors} />
      {targets ? (
        <>
          <SelectField label={t("form.target")} hint={t("form.targetHint")} errors={fields.target.errors} {...getSelectProps(fields.target)}>
            <option value="">{t("form.chooseTarget")}</option>
            {targets.map((neighbourhood) => (
              <optgroup key={neighbourhood.id} label={neighbourhood.name}>
                <option value={`neighbourhood:${neighbourhood.id}`}>{t("form.wholeNeighbourhood", { name: neighbourhood.name })}</option>
                {neighbourhood.buildings.map((building) => (
                  <option key={building.id} value={`building:${building.id}`}>
                    {building.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <fieldset className="space-y-2">
            <legend className="text-lg font-semibold">{t("form.per")}</legend>
            {surveyPers.map((per) => (
              <label key={per} className="flex min-h-tap cursor-pointer items-start gap-3 rounded-lg border border-ink/15 bg-white px-3 py-2 text-lg">
                <input type="radio" name={fields.per.name} value={per} defaultChecked={fields.per.initialValue === per} className="mt-1 size-6 shrink-0 accent-brand" />
                <span>
                  <span className="block font-semibold">{t(`per.${per}`)}</span>
                  <span className="block text-base text-ink/70">{t(`per.${per}Hint`)}</span>
                </span>
              </label>
            ))}
            <ErrorList errors={fields.per.errors} />
          </fieldset>
        </>
      ) : null}
      <Field label={t("form.title")} hint={t("form.titleHint")} errors={fields.title.errors} {...getInputProps(fields.title, { type: "text" })} />
      <TextareaField label={t("form.intro")} hint={t("form.introHint")} errors={fields.intro.errors} {...getTextareaProps(fields.intro)} rows={3} />
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("form.opensOn")} errors={fields.opensOn.errors} {...getInputProps(fields.opensOn, { type: "date" })} />
        <Field label={t("form.closesOn")} errors={fields.closesOn.errors} {...getInputProps(fields.closesOn, { type: "date" })} />
      </div>
      <details className="rounded-lg border border-ink/10 bg-white p-3" open={marks.some((m) => m.outdated)}>
        <summary className="min-h-tap cursor-pointer py-2 font-semibold">{t("form.translations")}</summary>
        <div className="space-y-4 pt-2">
          {translationLocales.map((locale) => {
            const mark = marks.find((m) => m.locale === locale);
            return (
              <div key={locale} className="space-y-2 border-t border-ink/10 pt-3 first:border-0 first:pt-0">
                <div lang={locale} dir={locale === "ar" ? "rtl" : undefined} className="space-y-2">
                  <Field label={t("form.titleIn", { language: localeNames[locale] })} errors={fields[`${locale}Title`].errors} {...getInputProps(fields[`${locale}Title`], { type: "text" })} />
                  <TextareaField label={t("form.introIn", { language: localeNames[locale] })} errors={fields[`${locale}Intro`].errors} {...getTextareaProps(fields[`${locale}Intro`])} rows={2} />
                </div>
                {mark?.outdated ? <OutdatedMark name={fields[`${locale}Confirm`].name} dutch={[mark.sourceTitle, mark.sourceIntro ?? ""].filter(Boolean).join(" / ")} /> : null}
              </div>
            );
          })}
        </div>
      </details>
      <Button className="w-full">{submitLabel}</Button>
    </Form>
  );
}

/** A translation made for an older Dutch text: which one, and a box to say it is still right. */
export function OutdatedMark({ name, dutch }: { name: string; dutch: string }) {
  const { t } = useTranslation("surveys");
  return (
    <div className="space-y-1 rounded-lg border-s-4 border-amber-700 bg-amber-50 p-2 text-base" data-testid="outdated-mark">
      <p className="font-semibold">{t("form.outdated")}</p>
      <p>
        {t("form.madeFor")} <bdi lang="nl">{dutch}</bdi>
      </p>
      <label className="flex min-h-tap cursor-pointer items-center gap-2">
        <input type="checkbox" name={name} value="on" className="size-6 accent-brand" />
        {t("form.stillRight")}
      </label>
    </div>
  );
}
