import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Field, TextareaField } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Card } from "~/components/ui/page";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";

/** The volunteer notes a visit: date, minutes, a short note. Plain form, works without JavaScript. */
export function VisitForm({ errors, values, queued = false }: { errors?: Record<string, string[] | null>; values?: Record<string, string>; queued?: boolean }) {
  const { t } = useTranslation("help");
  return (
    <Card>
      <Form method="post" className="space-y-4">
        <h3 className="text-xl font-semibold">{t("visits.add")}</h3>
        <IdempotencyKeyInput />
        <input type="hidden" name="intent" value="visit" />
        <Field label={t("visits.date")} name="date" type="date" required defaultValue={values?.date} errors={errors?.date ?? undefined} />
        <Field label={t("visits.minutes")} name="minutes" defaultValue={values?.minutes} type="number" inputMode="numeric" min={5} max={480} required errors={errors?.minutes ?? undefined} />
        <TextareaField label={t("visits.note")} hint={t("visits.noteHint")} name="note" defaultValue={values?.note} maxLength={300} errors={errors?.note ?? undefined} />
        {queued ? <OfflineQueuedNotice /> : null}
        <Button className="w-full">{t("visits.save")}</Button>
      </Form>
    </Card>
  );
}
