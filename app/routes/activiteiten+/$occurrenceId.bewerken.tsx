import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { ActivityForm } from "~/features/activities/components/activity-form";
import { toFormValues } from "~/features/activities/form-values";
import { ActivityInputError, cancelActivity, updateActivity } from "~/features/activities/mutations.server";
import { getActivityForEdit, listPlacesWithSpaces } from "~/features/activities/queries.server";
import { activitySchema } from "~/features/activities/activity-schema";
import { requireStaff } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:form.editTitle");

async function load(id: string) {
  const occurrence = await getActivityForEdit(id);
  if (!occurrence) throw new Response("Not found", { status: 404 });
  return occurrence;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const occurrence = await load(params.occurrenceId ?? "");
  return {
    places: await listPlacesWithSpaces(),
    defaultValue: toFormValues(occurrence, { copy: false }),
    isSeries: occurrence.activity.recurrence !== "none",
    cancelled: occurrence.activity.cancelledAt !== null,
  };
}

type ActionData = { result?: SubmissionResult<string[]>; notified?: number };

export async function action({ request, params }: ActionFunctionArgs) {
  await requireStaff(request);
  const occurrence = await load(params.occurrenceId ?? "");
  const submission = await parseForm(request, activitySchema);
  if (submission.payload.intent === "cancelActivity") {
    await cancelActivity(occurrence.activity.id);
    return redirect(`/activiteiten/${occurrence.id}`);
  }
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const { notified } = await updateActivity(occurrence.activity.id, submission.value);
    return { result: submission.reply(), notified };
  } catch (error) {
    if (!(error instanceof ActivityInputError)) throw error;
    return Response.json({ result: submission.reply({ fieldErrors: { [error.field]: [error.key] } }) }, { status: 400 });
  }
}

export default function EditActivity() {
  const { t } = useTranslation("activities");
  const { places, defaultValue, isSeries, cancelled } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  return (
    <>
      <PageTitle>{t("form.editTitle")}</PageTitle>
      {actionData?.notified !== undefined ? <Notice tone="success">{actionData.notified > 0 ? t("form.savedNotified") : t("form.saved")}</Notice> : null}
      {cancelled ? <Notice tone="error">{t("form.activityCancelled")}</Notice> : null}
      <ActivityForm places={places} defaultValue={defaultValue} lastResult={actionData?.result} mode="edit" isSeries={isSeries} />
      {cancelled ? null : (
        <Card className="mt-8 space-y-3">
          <p>{t("form.cancelActivityHint")}</p>
          <Form method="post">
            <Button variant="danger" className="w-full" name="intent" value="cancelActivity">
              {t("form.cancelActivity")}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
