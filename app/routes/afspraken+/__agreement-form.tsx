// The draft editor shared by "new" and "edit": a list of items with optional explanation and
// translations. Adding and removing items are Conform intent buttons, so they work without JS.
import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { ErrorList, Field, TextareaField } from "~/components/ui/field";
import { DEFAULT_QUORUM_PERCENT, translationOutdated } from "~/features/agreements/rules";
import { translationLocales, type ItemInput } from "~/features/agreements/schema";
import { localeNames } from "~/utils/i18n";

export type AgreementFormDefaults = {
  spaceId?: string;
  reviewDate?: string;
  quorumPercent?: string;
  items: Record<string, string | undefined>[];
};

export function AgreementForm({
  schema,
  lastResult,
  defaultValue,
  before,
  submitLabel,
  outdated = {},
}: {
  schema: z.ZodTypeAny;
  lastResult?: SubmissionResult<string[]>;
  defaultValue: AgreementFormDefaults;
  before?: (field: { name: string; errors?: string[]; initialValue?: unknown }) => ReactNode;
  submitLabel: string;
  /** Per item key and language: the older Dutch text an outdated translation was made for. */
  outdated?: Record<string, Partial<Record<string, string>>>;
}) {
  const { t } = useTranslation("agreements");
  const [form, fields] = useForm<{ spaceId?: string; reviewDate?: string; quorumPercent?: string; items: ItemInput[] }>({
    lastResult,
    defaultValue: { ...defaultValue, quorumPercent: defaultValue.quorumPercent ?? String(DEFAULT_QUORUM_PERCENT) },
    constraint: constraintOf(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const items = fields.items.getFieldList();
  return (
    <Form method="post" className="space-y-5" {...getFormProps(form)}>
      <ErrorList id={form.errorId} errors={form.errors} />
      {before ? before({ name: fields.spaceId.name, errors: fields.spaceId.errors, initialValue: fields.spaceId.initialValue }) : null}
      <ErrorList id={fields.items.errorId} errors={fields.items.errors} />
      <ol className="space-y-4">
        {items.map((item, index) => {
          const f = item.getFieldset();
          return (
            <li key={item.key} className="space-y-3 rounded-xl border border-ink/10 bg-white p-4 shadow-sm">
              <h2 className="text-xl font-bold">{t("form.item", { number: index + 1 })}</h2>
              <input {...getInputProps(f.key, { type: "hidden" })} />
              <TextareaField label={t("form.text")} errors={f.text.errors} {...getTextareaProps(f.text)} rows={2} />
              <TextareaField
                label={t("form.explanation")}
                hint={t("common:form.optional")}
                errors={f.explanation.errors}
                {...getTextareaProps(f.explanation)}
                rows={2}
              />
              <details
                className="rounded-lg border border-ink/10 p-3"
                // Open where a translation needs a look: it belongs to an older Dutch text.
                open={typeof f.key.initialValue === "string" && Object.keys(outdated[f.key.initialValue] ?? {}).length > 0}
              >
                <summary className="min-h-tap cursor-pointer py-2 font-semibold">{t("form.translations")}</summary>
                <div className="space-y-3 pt-2">
                  {translationLocales.map((locale) => {
                    const text = f[`${locale}Text`];
                    const explanation = f[`${locale}Explanation`];
                    const confirmed = f[`${locale}Confirmed`];
                    const olderText = typeof f.key.initialValue === "string" ? outdated[f.key.initialValue]?.[locale] : undefined;
                    return (
                      <div key={locale} lang={locale} dir={locale === "ar" ? "rtl" : undefined} className="space-y-2">
                        {olderText !== undefined ? (
                          // Written in Dutch for the author, whatever language the block is in.
                          <div lang="nl" dir="ltr" className="space-y-2 rounded-lg border-s-4 border-amber-700 bg-amber-50 p-3" data-testid="translation-outdated">
                            <p>{t("form.translationOutdated", { language: localeNames[locale], text: olderText })}</p>
                            <label className="flex min-h-tap items-center gap-3">
                              <input {...getInputProps(confirmed, { type: "checkbox" })} className="h-6 w-6 shrink-0 accent-brand" />
                              <span>{t("form.translationStillFits", { language: localeNames[locale] })}</span>
                            </label>
                          </div>
                        ) : null}
                        <Field
                          label={t("form.translationText", { language: localeNames[locale] })}
                          errors={text.errors}
                          {...getInputProps(text, { type: "text" })}
                        />
                        <Field
                          label={t("form.translationExplanation", { language: localeNames[locale] })}
                          errors={explanation.errors}
                          {...getInputProps(explanation, { type: "text" })}
                        />
                      </div>
                    );
                  })}
                </div>
              </details>
              {items.length > 1 ? (
                <Button variant="danger" className="w-full" {...form.remove.getButtonProps({ name: fields.items.name, index })}>
                  {t("form.removeItem", { number: index + 1 })}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" className="w-full" {...form.insert.getButtonProps({ name: fields.items.name, defaultValue: { text: "" } })}>
        {t("form.addItem")}
      </Button>
      <Field
        label={t("form.reviewDate")}
        hint={t("form.reviewDateHint")}
        errors={fields.reviewDate.errors}
        {...getInputProps(fields.reviewDate, { type: "date" })}
      />
      <Field
        label={t("form.quorum")}
        hint={t("form.quorumHint")}
        errors={fields.quorumPercent.errors}
        inputMode="numeric"
        {...getInputProps(fields.quorumPercent, { type: "number" })}
      />
      <Button className="w-full">{submitLabel}</Button>
    </Form>
  );
}

/** Translations made for an older Dutch text, per item key and language, for the warnings in the form. */
export function outdatedTranslations(
  items: { key: string; text: string; explanation: string | null; translations: { locale: string; sourceText: string; sourceExplanation: string | null }[] }[],
) {
  return Object.fromEntries(
    items.map((item) => [
      item.key,
      Object.fromEntries(item.translations.filter((t) => translationOutdated(item, t)).map((t) => [t.locale, t.sourceText])),
    ]),
  );
}

/** Database items (with translations) as form values. */
export function itemsToDefaults(
  items: { key: string; text: string; explanation: string | null; translations: { locale: string; text: string; explanation: string | null }[] }[],
) {
  return items.map((item) => {
    const row: Record<string, string | undefined> = { key: item.key, text: item.text, explanation: item.explanation ?? undefined };
    for (const translation of item.translations) {
      row[`${translation.locale}Text`] = translation.text;
      row[`${translation.locale}Explanation`] = translation.explanation ?? undefined;
    }
    return row;
  });
}
