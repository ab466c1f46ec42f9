import type { SubmissionResult } from "@conform-to/react";
import type { InputHTMLAttributes } from "react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { MAX_COMPANIONS } from "~/features/activities/vocabulary";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";
import type { FormConstraint } from "~/utils/form-constraint";
import { useServerCheckedForm } from "~/utils/server-checked-form";

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
  placesLeft = null,
  seriesDates = 0,
  constraint,
  lastResult,
  queued = false,
}: {
  guest: boolean;
  full: boolean;
  /** Places still free (null: no limit), for the question when a group does not fit. */
  placesLeft?: number | null;
  /** Coming dates of the series after this one: more than none offers "every date at once". */
  seriesDates?: number;
  constraint: FormConstraint;
  lastResult?: SubmissionResult<string[]>;
  queued?: boolean;
}) {
  const { t } = useTranslation("activities");
  const { form, errorsOf, valueOf, input } = useServerCheckedForm({ id: "sign-up", lastResult, constraint, defaultValue: { guests: "0", children: "0" } });
  // A group bigger than the places left: come with fewer, or all of them on the waitlist (rules.ts decidePlace).
  const notAllFit = form.errors?.includes("activities:refused.notAllFit") ?? false;
  const detailsOpen =
    notAllFit ||
    ["guests", "children", "interpreterLanguage"].some((name) => errorsOf(name)) ||
    ["guests", "children"].some((name) => (valueOf(name) ?? "0") !== "0");
  return (
    <Form method="post" className="space-y-4" {...form.props}>
      <IdempotencyKeyInput />
      <input type="hidden" name="intent" value="signUp" />
      <ErrorList id={form.errorId} errors={form.errors} />
      {guest ? (
        <>
          <Field label={t("signUp.name")} errors={errorsOf("name")} {...input("name", "text")} autoComplete="name" />
          <p className="text-base text-ink/80">{t("signUp.contactHint")}</p>
          <Field label={t("signUp.email")} errors={errorsOf("email")} {...input("email", "email")} autoComplete="email" />
          <Field label={t("signUp.phone")} errors={errorsOf("phone")} {...input("phone", "tel")} autoComplete="tel" />
        </>
      ) : null}
      <details className="rounded-lg border border-ink/10 p-3" open={detailsOpen || undefined}>
        <summary className="flex min-h-tap cursor-pointer items-center font-semibold">{t("signUp.more")}</summary>
        <div className="mt-3 space-y-4">
          <Field label={t("signUp.guests")} errors={errorsOf("guests")} {...input("guests", "number")} min={0} max={MAX_COMPANIONS} inputMode="numeric" />
          <Field label={t("signUp.children")} errors={errorsOf("children")} {...input("children", "number")} min={0} max={MAX_COMPANIONS} inputMode="numeric" />
          <fieldset className="space-y-1">
            <legend className="text-lg font-semibold">{t("signUp.needsTitle")}</legend>
            <p className="text-base text-ink/70">{t("signUp.needsHint")}</p>
            <Check label={t("signUp.interpreter")} {...input("interpreter", "checkbox")} />
            <Field label={t("signUp.interpreterLanguage")} errors={errorsOf("interpreterLanguage")} {...input("interpreterLanguage", "text")} />
            <Check label={t("signUp.childcare")} {...input("childcare", "checkbox")} />
            <Check label={t("signUp.wheelchair")} {...input("wheelchair", "checkbox")} />
            <Check label={t("signUp.lift")} {...input("lift", "checkbox")} />
          </fieldset>
        </div>
      </details>
      {seriesDates > 0 ? <Check label={t("signUp.series", { count: seriesDates + 1 })} {...input("series", "checkbox")} /> : null}
      {queued ? <OfflineQueuedNotice /> : null}
      {notAllFit ? (
        <div className="space-y-3 rounded-lg border-2 border-sky-700 bg-sky-50 p-3">
          <p className="font-semibold">{t("signUp.notAllFit", { count: placesLeft ?? 0 })}</p>
          <Button variant="secondary" className="w-full" name="waitlist" value="on">
            {t("signUp.allOnWaitlist")}
          </Button>
        </div>
      ) : null}
      <Button className="w-full">{full ? t("signUp.joinWaitlist") : t("signUp.button")}</Button>
    </Form>
  );
}
