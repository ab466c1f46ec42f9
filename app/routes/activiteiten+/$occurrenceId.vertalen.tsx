import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field, TextareaField } from "~/components/ui/field";
import { Outcome, outcomeAnchor } from "~/components/ui/outcome";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { saveActivityTranslation } from "~/features/activities/mutations.server";
import { getTranslationsForEdit } from "~/features/activities/queries.server";
import { activityTranslationLocales, activityTranslationSchema } from "~/features/activities/schema";
import { notFound } from "~/utils/app-error";
import { requireStaff } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { directionOf, localeNames } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:translate.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  // Only an activity in a neighbourhood the organiser works in; elsewhere it is not found.
  const activity = await getTranslationsForEdit(actor, params.occurrenceId ?? "");
  if (!activity) throw notFound();
  return { activity };
}

type ActionData = { locale?: string; result?: SubmissionResult<string[]> };

/** One language per form: saved, it counts as made for today's Dutch text (post/redirect/get). */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const id = params.occurrenceId ?? "";
  const submission = await parseForm(request, activityTranslationSchema);
  const locale = typeof submission.payload.locale === "string" ? submission.payload.locale : undefined;
  if (submission.status !== "success") return Response.json({ locale, result: submission.reply() }, { status: 400 });
  // Outside the organiser's neighbourhoods the feature answers 404, as the page does.
  await saveActivityTranslation(actor, id, submission.value);
  return redirect(`/activiteiten/${encodeURIComponent(id)}/vertalen?klaar=${submission.value.locale}#${outcomeAnchor}`);
}

export default function TranslateActivity() {
  const { t } = useTranslation("activities");
  const { activity } = useLoaderData<typeof loader>();
  const done = useSearchParams()[0].get("klaar");
  return (
    <>
      <PageTitle intro={t("translate.intro")}>{t("translate.title")}</PageTitle>
      {done ? (
        <Outcome key={done}>
          <Notice tone="success">{t("translate.saved", { language: localeNames[done as keyof typeof localeNames] ?? done })}</Notice>
        </Outcome>
      ) : null}
      <Card className="mb-6 space-y-2">
        <h2 className="text-base font-semibold text-ink/70">{t("translate.dutch")}</h2>
        <p className="text-xl font-bold" lang="nl" dir="ltr">
          <Link to={`/activiteiten/${activity.id}`}>{activity.title}</Link>
        </p>
        <p className="whitespace-pre-line" lang="nl" dir="ltr">
          {activity.description}
        </p>
      </Card>
      <div className="space-y-6">
        {activityTranslationLocales.map((locale) => (
          <LanguageForm key={locale} locale={locale} translation={activity.translations.find((tr) => tr.locale === locale) ?? null} />
        ))}
      </div>
    </>
  );
}

function LanguageForm({
  locale,
  translation,
}: {
  locale: (typeof activityTranslationLocales)[number];
  translation: { title: string; description: string; outdated: boolean } | null;
}) {
  const { t } = useTranslation("activities");
  const actionData = useActionData<ActionData>();
  const [form, fields] = useForm({
    id: `translation-${locale}`,
    lastResult: actionData?.locale === locale ? actionData.result : undefined,
    constraint: constraintOf(activityTranslationSchema),
    defaultValue: { locale, title: translation?.title ?? "", description: translation?.description ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: activityTranslationSchema }),
    shouldValidate: "onBlur",
  });
  const dir = directionOf(locale);
  return (
    <Card className="space-y-3">
      <h2 className="text-xl font-bold" lang={locale}>
        {localeNames[locale]}
      </h2>
      {translation?.outdated ? (
        <p className="rounded-lg border-s-4 border-amber-700 bg-amber-50 p-2 font-semibold" data-testid={`outdated-${locale}`}>
          {t("translate.outdated")}
        </p>
      ) : null}
      {!translation ? <p className="text-base text-ink/80">{t("translate.none")}</p> : null}
      <Form method="post" className="space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="locale" value={locale} />
        <ErrorList id={form.errorId} errors={form.errors} />
        {/* The labels are in the page's language; only what is typed is in the translation's language and direction. */}
        <Field
          label={t("translate.titleIn", { language: localeNames[locale] })}
          errors={fields.title.errors}
          {...getInputProps(fields.title, { type: "text" })}
          lang={locale}
          dir={dir}
        />
        <TextareaField
          label={t("translate.descriptionIn", { language: localeNames[locale] })}
          errors={fields.description.errors}
          {...getTextareaProps(fields.description)}
          lang={locale}
          dir={dir}
        />
        <Button variant="secondary" className="w-full">
          {t("translate.save", { language: localeNames[locale] })}
        </Button>
      </Form>
    </Card>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
