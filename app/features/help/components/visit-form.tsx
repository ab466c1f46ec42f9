import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field, TextareaField } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Card } from "~/components/ui/page";
import { requestActionSchema } from "~/features/help/schema";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";
import { useIntentForm } from "~/utils/intent-form";

/** The volunteer notes a visit: date, minutes, a short note. A real form: works without JavaScript, and offline. */
export function VisitForm({ queued = false }: { queued?: boolean }) {
  const { t } = useTranslation("help");
  const [form, fields] = useIntentForm<{ date: string; minutes: string; note: string }>("visit", requestActionSchema);
  return (
    <Card>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <h3 className="text-xl font-semibold">{t("visits.add")}</h3>
        <IdempotencyKeyInput />
        <input type="hidden" name="intent" value="visit" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field label={t("visits.date")} id={fields.date.id} name={fields.date.name} type="date" required defaultValue={fields.date.initialValue} errors={fields.date.errors} />
        <Field
          label={t("visits.minutes")}
          id={fields.minutes.id}
          name={fields.minutes.name}
          defaultValue={fields.minutes.initialValue}
          type="number"
          inputMode="numeric"
          min={5}
          max={480}
          required
          errors={fields.minutes.errors}
        />
        <TextareaField
          label={t("visits.note")}
          hint={t("visits.noteHint")}
          id={fields.note.id}
          name={fields.note.name}
          defaultValue={fields.note.initialValue}
          maxLength={300}
          errors={fields.note.errors}
        />
        {queued ? <OfflineQueuedNotice /> : null}
        <Button className="w-full">{t("visits.save")}</Button>
      </Form>
    </Card>
  );
}
