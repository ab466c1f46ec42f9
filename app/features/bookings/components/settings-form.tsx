// Staff set a space's opening hours and the longest booking; the space's page shows it to them only.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field } from "~/components/ui/field";
import { Card, Notice } from "~/components/ui/page";
import { bookingSettingsSchema } from "~/features/bookings/schema";

type Settings = { active: boolean; opensAt: string; closesAt: string; maxMinutes: number };

export function SettingsForm({ defaults, lastResult, saved }: { defaults: Settings | null; lastResult?: SubmissionResult<string[]>; saved: boolean }) {
  const { t } = useTranslation("agreements");
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(bookingSettingsSchema),
    defaultValue: {
      opensAt: defaults?.opensAt ?? "09:00",
      closesAt: defaults?.closesAt ?? "22:00",
      maxMinutes: String(defaults?.maxMinutes ?? 240),
      active: defaults?.active ? "on" : undefined,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bookingSettingsSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <Card className="space-y-3">
      <h2 className="text-2xl font-bold">{t("booking.settingsTitle")}</h2>
      {saved ? <Notice tone="success">{t("booking.settingsSaved")}</Notice> : null}
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        <label className="flex min-h-tap items-center gap-3">
          <input {...getInputProps(fields.active, { type: "checkbox" })} className="h-6 w-6 accent-brand" />
          <span className="font-semibold">{t("booking.active")}</span>
        </label>
        <Field label={t("booking.opensAt")} errors={fields.opensAt.errors} {...getInputProps(fields.opensAt, { type: "time" })} />
        <Field label={t("booking.closesAt")} errors={fields.closesAt.errors} {...getInputProps(fields.closesAt, { type: "time" })} />
        <Field label={t("booking.maxMinutes")} errors={fields.maxMinutes.errors} {...getInputProps(fields.maxMinutes, { type: "number" })} />
        <Button variant="secondary" className="w-full">
          {t("common:actions.save")}
        </Button>
      </Form>
    </Card>
  );
}
