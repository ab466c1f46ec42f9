// One form for a slot: residents book it, staff block it. Shown only to those the rules allow (the page asks).
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field } from "~/components/ui/field";
import { Card } from "~/components/ui/page";
import { bookingActionSchema } from "~/features/bookings/schema";
import { useIntentForm } from "~/utils/intent-form";

export function SlotForm({ intent, title }: { intent: "book" | "block"; title: string }) {
  const { t } = useTranslation("agreements");
  const [form, fields] = useIntentForm<{ date: string; start: string; end: string; purpose: string }>(intent, bookingActionSchema);
  return (
    <Card className="mb-6">
      <Form method="post" className="space-y-4" {...getFormProps(form)} aria-label={title}>
        <input type="hidden" name="intent" value={intent} />
        {intent === "block" ? <h2 className="text-xl font-bold">{title}</h2> : null}
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field label={t("booking.date")} errors={fields.date.errors} {...getInputProps(fields.date, { type: "date" })} />
        <div className="grid grid-cols-2 gap-3">
          <Field label={t("booking.start")} errors={fields.start.errors} {...getInputProps(fields.start, { type: "time" })} />
          <Field label={t("booking.end")} errors={fields.end.errors} {...getInputProps(fields.end, { type: "time" })} />
        </div>
        <Field
          label={t("booking.purpose")}
          hint={t("booking.purposeHint")}
          errors={fields.purpose.errors}
          {...getInputProps(fields.purpose, { type: "text" })}
        />
        <Button className="w-full" variant={intent === "block" ? "secondary" : "primary"}>
          {intent === "block" ? t("booking.block") : t("booking.submit")}
        </Button>
      </Form>
    </Card>
  );
}
