import type { InputHTMLAttributes } from "react";
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import type { getZodConstraint } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import type { signUpSchema } from "~/features/activities/schema";
import { MAX_COMPANIONS } from "~/features/activities/vocabulary";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";

function Check({ label, ...props }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="flex min-h-tap items-center gap-3 text-lg">
      <input className="size-6 accent-brand" {...props} />
      <span>{label}</span>
    </label>
  );
}

/**
 * One tap when signed in; name and email or phone without an account. Works without JavaScript. Checked on the
 * server (see sign-up-form.server.ts), which also gives the `constraint` of the fields.
 */
export function SignUpForm({
  guest,
  full,
  constraint,
  lastResult,
  queued = false,
}: {
  guest: boolean;
  full: boolean;
  constraint: ReturnType<typeof getZodConstraint>;
  lastResult?: SubmissionResult<string[]>;
  queued?: boolean;
}) {
  const { t } = useTranslation("activities");
  const [form, fields] = useForm<z.input<typeof signUpSchema>>({
    id: "sign-up",
    lastResult,
    constraint,
    defaultValue: { guests: "0", children: "0" },
  });
  const detailsOpen = Boolean(
    fields.guests.errors || fields.children.errors || fields.interpreterLanguage.errors || (fields.guests.value && fields.guests.value !== "0") || (fields.children.value && fields.children.value !== "0"),
  );
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <IdempotencyKeyInput />
      <input type="hidden" name="intent" value="signUp" />
      <ErrorList id={form.errorId} errors={form.errors} />
      {guest ? (
        <>
          <Field label={t("signUp.name")} errors={fields.name.errors} {...getInputProps(fields.name, { type: "text" })} autoComplete="name" />
          <p className="text-base text-ink/80">{t("signUp.contactHint")}</p>
          <Field label={t("signUp.email")} errors={fields.email.errors} {...getInputProps(fields.email, { type: "email" })} autoComplete="email" />
          <Field label={t("signUp.phone")} errors={fields.phone.errors} {...getInputProps(fields.phone, { type: "tel" })} autoComplete="tel" />
        </>
      ) : null}
      <details className="rounded-lg border border-ink/10 p-3" open={detailsOpen || undefined}>
        <summary className="flex min-h-tap cursor-pointer items-center font-semibold">{t("signUp.more")}</summary>
        <div className="mt-3 space-y-4">
          <Field label={t("signUp.guests")} errors={fields.guests.errors} {...getInputProps(fields.guests, { type: "number" })} min={0} max={MAX_COMPANIONS} inputMode="numeric" />
          <Field label={t("signUp.children")} errors={fields.children.errors} {...getInputProps(fields.children, { type: "number" })} min={0} max={MAX_COMPANIONS} inputMode="numeric" />
          <fieldset className="space-y-1">
            <legend className="text-lg font-semibold">{t("signUp.needsTitle")}</legend>
            <p className="text-base text-ink/70">{t("signUp.needsHint")}</p>
            <Check label={t("signUp.interpreter")} {...getInputProps(fields.interpreter, { type: "checkbox" })} />
            <Field label={t("signUp.interpreterLanguage")} errors={fields.interpreterLanguage.errors} {...getInputProps(fields.interpreterLanguage, { type: "text" })} />
            <Check label={t("signUp.childcare")} {...getInputProps(fields.childcare, { type: "checkbox" })} />
            <Check label={t("signUp.wheelchair")} {...getInputProps(fields.wheelchair, { type: "checkbox" })} />
            <Check label={t("signUp.lift")} {...getInputProps(fields.lift, { type: "checkbox" })} />
          </fieldset>
        </div>
      </details>
      {queued ? <OfflineQueuedNotice /> : null}
      <Button className="w-full">{full ? t("signUp.joinWaitlist") : t("signUp.button")}</Button>
    </Form>
  );
}
