import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Outcome, outcomeAnchor } from "~/components/ui/outcome";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { ActivityForm } from "~/features/activities/components/activity-form";
import { toFormValues } from "~/features/activities/form-values";
import { performEditAction } from "~/features/activities/mutations.server";
import { countPeopleToTell, getActivityForEdit, listPlacesWithSpaces } from "~/features/activities/queries.server";
import { editActivitySchema } from "~/features/activities/activity-schema";
import { notFound } from "~/utils/app-error";
import { requireStaff } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:form.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  // Only an activity in a neighbourhood the organiser works in; elsewhere it is not found.
  const occurrence = await getActivityForEdit(actor, params.occurrenceId ?? "");
  if (!occurrence) throw notFound();
  const cancelled = occurrence.activity.cancelledAt !== null;
  // Cancelling asks first: how many people will get an email.
  const asking = new URL(request.url).searchParams.has("annuleren") && !cancelled;
  return {
    confirmCancel: asking ? { people: await countPeopleToTell(actor, occurrence.id, { wholeActivity: true }) } : null,
    places: await listPlacesWithSpaces(actor),
    defaultValue: toFormValues(occurrence, { copy: false }),
    isSeries: occurrence.activity.recurrence !== "none",
    cancelled,
  };
}

type ActionData = { result?: SubmissionResult<string[]> };

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const id = params.occurrenceId ?? "";
  const submission = await parseForm(request, editActivitySchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  if (submission.value.intent === "cancelActivity" && !submission.value.confirmed) {
    return redirect(`/activiteiten/${encodeURIComponent(id)}/bewerken?annuleren=1#${outcomeAnchor}`);
  }
  try {
    const done = await performEditAction(actor, id, submission.value);
    if (done.cancelled) return redirect(`/activiteiten/${encodeURIComponent(id)}`);
    return redirect(`/activiteiten/${encodeURIComponent(id)}/bewerken?klaar=${done.notified > 0 ? "bericht" : "bewaard"}`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function EditActivity() {
  const { t } = useTranslation("activities");
  const { places, defaultValue, isSeries, cancelled, confirmCancel } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const done = useSearchParams()[0].get("klaar");
  return (
    <>
      <PageTitle>{t("form.editTitle")}</PageTitle>
      {done === "bewaard" || done === "bericht" ? <Notice tone="success">{done === "bericht" ? t("form.savedNotified") : t("form.saved")}</Notice> : null}
      {cancelled ? <Notice tone="error">{t("form.activityCancelled")}</Notice> : null}
      <ActivityForm places={places} defaultValue={defaultValue} lastResult={actionData?.result} mode="edit" isSeries={isSeries} />
      {cancelled ? null : confirmCancel ? (
        <Outcome>
          <Form method="post" className="mt-8 space-y-3 rounded-xl border-2 border-red-800 bg-red-50 p-4">
            <h2 className="text-xl font-bold">{t("form.confirmCancelTitle")}</h2>
            <p>{t("form.confirmCancelText", { count: confirmCancel.people })}</p>
            <input type="hidden" name="confirmed" value="on" />
            <Button variant="danger" className="w-full" name="intent" value="cancelActivity">
              {t("form.confirmCancel")}
            </Button>
            <Link to="?" className="flex min-h-tap items-center justify-center font-semibold">
              {t("occurrence.keep")}
            </Link>
          </Form>
        </Outcome>
      ) : (
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
