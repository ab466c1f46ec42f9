import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { ActivityForm } from "~/features/activities/components/activity-form";
import { toFormValues } from "~/features/activities/form-values";
import { createActivity } from "~/features/activities/mutations.server";
import { can } from "~/features/activities/permissions";
import { getActivityForEdit, listPlacesWithSpaces } from "~/features/activities/queries.server";
import { activitySchema } from "~/features/activities/activity-schema";
import { SurveyNote } from "~/features/surveys/components/survey-note";
import { surveyNote } from "~/features/surveys/queries.server";
import { forbidden } from "~/utils/app-error";
import { requireStaff } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:form.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  if (!can(actor, "startActivity")) throw forbidden();
  const search = new URL(request.url).searchParams;
  const copyOf = search.get("van");
  // A copy only of an activity the organiser may edit; the form offers only the places where they work.
  const source = copyOf ? await getActivityForEdit(actor, copyOf) : null;
  // Planned as a follow-up of a survey's results (?bevraging=): the page says so.
  const fromSurvey = await surveyNote(actor, search.get("bevraging"), search.get("vraag"));
  return { places: await listPlacesWithSpaces(actor), defaultValue: source ? toFormValues(source, { copy: true }) : undefined, isCopy: Boolean(source), fromSurvey };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  if (!can(actor, "startActivity")) throw forbidden();
  const submission = await parseForm(request, activitySchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const created = await createActivity(actor, submission.value);
    return redirect(`/activiteiten/${created.occurrenceId}?gemaakt=${created.count}`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function NewActivity() {
  const { t } = useTranslation("activities");
  const { places, defaultValue, isCopy, fromSurvey } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  return (
    <>
      <PageTitle intro={isCopy ? t("form.duplicateIntro") : undefined}>{t("form.newTitle")}</PageTitle>
      {fromSurvey ? <SurveyNote note={fromSurvey} /> : null}
      <ActivityForm places={places} defaultValue={defaultValue} lastResult={actionData?.result} mode="new" />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
