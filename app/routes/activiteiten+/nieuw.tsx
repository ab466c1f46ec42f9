import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { ActivityForm } from "~/features/activities/components/activity-form";
import { toFormValues } from "~/features/activities/form-values";
import { ActivityInputError, createActivity } from "~/features/activities/mutations.server";
import { getActivityForEdit, listPlacesWithSpaces } from "~/features/activities/queries.server";
import { activitySchema } from "~/features/activities/activity-schema";
import { requireStaff } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:form.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const copyOf = new URL(request.url).searchParams.get("van");
  const source = copyOf ? await getActivityForEdit(copyOf) : null;
  return { places: await listPlacesWithSpaces(), defaultValue: source ? toFormValues(source, { copy: true }) : undefined, isCopy: Boolean(source) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const submission = await parseForm(request, activitySchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const created = await createActivity(staff.signedIn.id, submission.value);
    return redirect(`/activiteiten/${created.occurrenceId}?gemaakt=${created.count}`);
  } catch (error) {
    if (!(error instanceof ActivityInputError)) throw error;
    return Response.json({ result: submission.reply({ fieldErrors: { [error.field]: [error.key] } }) }, { status: 400 });
  }
}

export default function NewActivity() {
  const { t } = useTranslation("activities");
  const { places, defaultValue, isCopy } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  return (
    <>
      <PageTitle intro={isCopy ? t("form.duplicateIntro") : undefined}>{t("form.newTitle")}</PageTitle>
      <ActivityForm places={places} defaultValue={defaultValue} lastResult={actionData?.result} mode="new" />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
