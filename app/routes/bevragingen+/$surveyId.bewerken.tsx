import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { SettingsForm } from "~/features/surveys/components/settings-form";
import { localDate } from "~/features/surveys/dates";
import { updateSurveySettings } from "~/features/surveys/mutations.server";
import { getSettingsForm, listTargets } from "~/features/surveys/queries.server";
import { surveySettingsSchema } from "~/features/surveys/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:form.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const form = await getSettingsForm(actor, params.surveyId ?? "");
  if (!form) throw notFound();
  const defaults: Record<string, string> = {
    target: form.target,
    per: form.per,
    title: form.title,
    intro: form.intro ?? "",
    opensOn: localDate(form.opensAt),
    closesOn: localDate(form.closesAt),
  };
  for (const translation of form.translations) {
    defaults[`${translation.locale}Title`] = translation.title;
    defaults[`${translation.locale}Intro`] = translation.intro ?? "";
  }
  // Whom it asks is fixed once published: residents may have answered already.
  return { id: form.id, defaults, marks: form.translations, targets: form.phase === "draft" ? await listTargets(actor) : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const surveyId = params.surveyId ?? "";
  const submission = await parseForm(request, surveySettingsSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await updateSurveySettings(actor, surveyId, submission.value);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect(`/bevragingen/${surveyId}?klaar=settings`);
}

export default function EditSurvey() {
  const { t } = useTranslation("surveys");
  const { id, defaults, marks, targets } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  return (
    <>
      <p className="mb-2">
        <Link to={`/bevragingen/${id}`}>{t("form.backToSurvey")}</Link>
      </p>
      <PageTitle>{t("form.editTitle")}</PageTitle>
      <SettingsForm schema={surveySettingsSchema} lastResult={actionData?.result} defaultValue={defaults} targets={targets} marks={marks} submitLabel={t("form.save")} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
