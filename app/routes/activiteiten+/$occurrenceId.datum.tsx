import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { ErrorList, Field } from "~/components/ui/field";
import { Outcome, outcomeAnchor } from "~/components/ui/outcome";
import { Notice, PageTitle } from "~/components/ui/page";
import { ErrorMessage } from "~/components/ui/error-message";
import { formatLongDay } from "~/features/activities/format";
import { toFormDate, toFormTime } from "~/features/activities/format";
import { performDateAction } from "~/features/activities/mutations.server";
import { countPeopleToTell, getActivityForEdit } from "~/features/activities/queries.server";
import { occurrenceActionSchema, occurrenceSchema, type OccurrenceAction, type OccurrenceInput } from "~/features/activities/activity-schema";
import { notFound } from "~/utils/app-error";
import { requireStaff } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { isLocale } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:occurrence.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  // Only a date in a neighbourhood the organiser works in; elsewhere it is not found.
  const occurrence = await getActivityForEdit(actor, params.occurrenceId ?? "");
  if (!occurrence) throw notFound();
  // Cancelling asks first: how many people will get an email.
  const asking = new URL(request.url).searchParams.has("annuleren") && occurrence.status !== "cancelled";
  return {
    confirmCancel: asking ? { people: await countPeopleToTell(actor, occurrence.id) } : null,
    id: occurrence.id,
    title: occurrence.activity.title,
    startsAt: occurrence.startsAt,
    status: occurrence.status,
    defaultValue: {
      date: toFormDate(occurrence.startsAt),
      startTime: toFormTime(occurrence.startsAt),
      endTime: toFormTime(occurrence.endsAt),
      placeNote: occurrence.placeNote ?? "",
      capacity: occurrence.capacity === null ? "" : String(occurrence.capacity),
    },
  };
}

type ActionData = { result?: SubmissionResult<string[]> };

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const id = params.occurrenceId ?? "";
  const submission = await parseForm(request, occurrenceActionSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  // Everyone signed up gets an email: the organiser first sees how many, and confirms.
  if (submission.value.intent === "cancel" && !submission.value.confirmed) return redirect(`/activiteiten/${encodeURIComponent(id)}/datum?annuleren=1#${outcomeAnchor}`);
  try {
    const done = await performDateAction(actor, id, submission.value);
    return redirect(`/activiteiten/${encodeURIComponent(id)}/datum${done.cancelled ? "" : "?klaar=bewaard"}`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function ChangeOccurrence() {
  const { t, i18n } = useTranslation("activities");
  const locale = isLocale(i18n.language) ? i18n.language : "nl";
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const saved = useSearchParams()[0].get("klaar") === "bewaard";
  const [form, fields] = useForm<z.input<typeof occurrenceSchema>, OccurrenceInput | OccurrenceAction>({
    id: "occurrence",
    lastResult: actionData?.result,
    constraint: constraintOf(occurrenceSchema),
    defaultValue: data.defaultValue,
    // Cancelling needs none of the fields; while typing there is no button yet, so the fields are checked.
    onValidate: ({ formData }) => parseWithZod(formData, { schema: formData.get("intent") === "cancel" ? occurrenceActionSchema : occurrenceSchema }),
    shouldValidate: "onBlur",
  });
  const cancelled = data.status === "cancelled";
  return (
    <>
      <PageTitle intro={t("occurrence.intro")}>{t("occurrence.title")}</PageTitle>
      <p className="mb-4 text-xl font-semibold">
        <Link to={`/activiteiten/${data.id}`}>{data.title}</Link>
        <span className="block first-letter:uppercase">{formatLongDay(data.startsAt, locale)}</span>
      </p>
      {saved ? <Notice tone="success">{t("occurrence.saved")}</Notice> : null}
      {cancelled ? <Notice tone="error">{t("occurrence.cancelled")}</Notice> : null}
      {data.confirmCancel ? (
        <Outcome>
          <Form method="post" className="mb-6 space-y-3 rounded-xl border-2 border-red-800 bg-red-50 p-4">
            <h2 className="text-xl font-bold">{t("occurrence.confirmTitle")}</h2>
            <p>{t("occurrence.confirmText", { count: data.confirmCancel.people })}</p>
            <input type="hidden" name="intent" value="cancel" />
            <input type="hidden" name="confirmed" value="on" />
            <Button variant="danger" className="w-full">
              {t("occurrence.confirmCancel")}
            </Button>
            <Link to={`/activiteiten/${data.id}/datum`} className="flex min-h-tap items-center justify-center font-semibold">
              {t("occurrence.keep")}
            </Link>
          </Form>
        </Outcome>
      ) : null}
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field label={t("form.date")} errors={fields.date.errors} {...getInputProps(fields.date, { type: "date" })} />
        <div className="grid grid-cols-2 gap-3">
          <Field label={t("form.startTime")} errors={fields.startTime.errors} {...getInputProps(fields.startTime, { type: "time" })} />
          <Field label={t("form.endTime")} errors={fields.endTime.errors} {...getInputProps(fields.endTime, { type: "time" })} />
        </div>
        <Field label={t("occurrence.placeNote")} hint={t("common:form.optional")} errors={fields.placeNote.errors} {...getInputProps(fields.placeNote, { type: "text" })} />
        <Field label={t("form.capacity")} hint={t("form.capacityHint")} errors={fields.capacity.errors} {...getInputProps(fields.capacity, { type: "number" })} min={1} />
        <Button className="w-full" name="intent" value="change">
          {t("occurrence.save")}
        </Button>
        {cancelled ? null : (
          <Button variant="danger" className="w-full" name="intent" value="cancel" formNoValidate>
            {t("occurrence.cancel")}
          </Button>
        )}
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
