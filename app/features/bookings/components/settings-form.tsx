// Staff set a space's opening hours per weekday and the longest booking; the space's page shows it to them only.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { ErrorList, Field } from "~/components/ui/field";
import { Card, Notice } from "~/components/ui/page";
import { useWeekdayName } from "~/features/bookings/components/opening-hours";
import { parseWeekHours, weekdays } from "~/features/bookings/rules";
import { bookingSettingsSchema } from "~/features/bookings/schema";

type Settings = { active: boolean; hours: string; maxMinutes: number };

/** New spaces start open every day 09:00-22:00, as the database default. */
const defaultHours = weekdays.map((day) => `${day}=09:00-22:00`).join(",");

export function SettingsForm({ defaults, lastResult, saved }: { defaults: Settings | null; lastResult?: SubmissionResult<string[]>; saved: boolean }) {
  const { t } = useTranslation("agreements");
  const dayName = useWeekdayName();
  const week = parseWeekHours(defaults?.hours ?? defaultHours);
  const [form, fields] = useForm<z.input<typeof bookingSettingsSchema>, z.output<typeof bookingSettingsSchema>>({
    lastResult,
    constraint: constraintOf(bookingSettingsSchema),
    defaultValue: {
      // A closed day keeps sensible times in its fields, ready for when it opens.
      hours: weekdays.map((day) => ({ open: week[day] ? "on" : undefined, opensAt: week[day]?.opensAt ?? "09:00", closesAt: week[day]?.closesAt ?? "22:00" })),
      maxMinutes: String(defaults?.maxMinutes ?? 240),
      active: defaults?.active ? "on" : undefined,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: bookingSettingsSchema }),
    shouldValidate: "onBlur",
  });
  const rows = fields.hours.getFieldList();
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
        <fieldset className="space-y-3">
          <legend className="text-xl font-bold">{t("booking.hoursPerDay")}</legend>
          <p className="text-base text-ink/70">{t("booking.hoursPerDayHint")}</p>
          <ErrorList id={fields.hours.errorId} errors={fields.hours.errors} />
          {rows.map((row, index) => {
            const day = row.getFieldset();
            const name = dayName(weekdays[index] ?? "mon");
            return (
              <div key={row.key} className="space-y-2 border-t border-ink/10 pt-3" data-testid={`hours-${weekdays[index]}`}>
                <label className="flex min-h-tap items-center gap-3">
                  <input {...getInputProps(day.open, { type: "checkbox" })} className="h-6 w-6 accent-brand" />
                  <span className="font-semibold">{t("booking.openOnDay", { day: name })}</span>
                </label>
                <div className="grid grid-cols-2 gap-3">
                  {/* "Van" on screen; "Van (maandag)" for a screen reader, which hears the fields one by one. */}
                  <Field
                    label={t("booking.start")}
                    aria-label={t("booking.opensAtDay", { day: name })}
                    errors={day.opensAt.errors}
                    {...getInputProps(day.opensAt, { type: "time" })}
                  />
                  <Field
                    label={t("booking.end")}
                    aria-label={t("booking.closesAtDay", { day: name })}
                    errors={day.closesAt.errors}
                    {...getInputProps(day.closesAt, { type: "time" })}
                  />
                </div>
              </div>
            );
          })}
        </fieldset>
        <Field label={t("booking.maxMinutes")} errors={fields.maxMinutes.errors} {...getInputProps(fields.maxMinutes, { type: "number" })} />
        <Button variant="secondary" className="w-full">
          {t("common:actions.save")}
        </Button>
      </Form>
    </Card>
  );
}
