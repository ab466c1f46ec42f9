import { getFormProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, SelectField, TextareaField } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { helpActor } from "~/features/help/access";
import { useFormatDay } from "~/features/help/components/request-card";
import { HelpNotFoundError, raiseConcern, updateConcernStatus } from "~/features/help/mutations.server";
import { listConcernableRequests, listConcerns } from "~/features/help/queries.server";
import { concernSchema, concernStatusSchema } from "~/features/help/schema";
import { concernStatuses } from "~/features/help/vocabulary";
import { requireViewer } from "~/utils/auth.server";
import { parseSubmission, readForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:concerns.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = helpActor(await requireViewer(request));
  const [concerns, requests] = await Promise.all([listConcerns(actor), actor.isStaff ? Promise.resolve([]) : listConcernableRequests(actor)]);
  return { isStaff: actor.isStaff, concerns, requests };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const actor = helpActor(viewer);
  const form = await readForm(request);
  if (form.get("intent") === "status") {
    if (!actor.isStaff) throw new Response("Forbidden", { status: 403 });
    const submission = parseSubmission(form, concernStatusSchema);
    if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
    await updateConcernStatus(actor.actorId, submission.value.concernId, submission.value.status).catch((error: unknown) => {
      throw error instanceof HelpNotFoundError ? new Response("Not found", { status: 404 }) : error;
    });
    return Response.json({ result: submission.reply(), updated: true });
  }
  const submission = parseSubmission(form, concernSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await raiseConcern(actor, submission.value);
  } catch (error) {
    if (error instanceof HelpNotFoundError) throw new Response("Not found", { status: 404 });
    throw error;
  }
  return Response.json({ result: submission.reply({ resetForm: true }), sent: true });
}

type ActionData = { result: SubmissionResult<string[]>; sent?: boolean; updated?: boolean };

export default function Concerns() {
  const { t } = useTranslation("help");
  const { isStaff, concerns, requests } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const formatDay = useFormatDay();
  const [form, fields] = useForm({
    lastResult: actionData?.updated ? undefined : actionData?.result,
    constraint: getZodConstraint(concernSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: concernSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <PageTitle intro={t("concerns.intro")}>{t("concerns.title")}</PageTitle>
      {actionData?.sent ? <Notice tone="success">{t("concerns.sent")}</Notice> : null}
      {!isStaff ? (
        <Form method="post" className="mb-8 space-y-4" {...getFormProps(form)}>
          <ErrorList id={form.errorId} errors={form.errors} />
          <TextareaField label={t("concerns.text")} hint={t("concerns.textHint")} errors={fields.text.errors} {...getTextareaProps(fields.text)} />
          {requests.length > 0 ? (
            <SelectField label={t("concerns.about")} errors={fields.requestId.errors} {...getSelectProps(fields.requestId)}>
              <option value="">{t("concerns.aboutNone")}</option>
              {requests.map((r) => (
                <option key={r.id} value={r.id}>
                  {t(`kinds.${r.kind}`)} · {r.residentFirstName} · {formatDay(r.createdAt.slice(0, 10))}
                </option>
              ))}
            </SelectField>
          ) : null}
          <Button className="w-full">{t("concerns.submit")}</Button>
        </Form>
      ) : null}
      <h2 className="mb-3 text-2xl font-bold">{t(isStaff ? "concerns.list" : "concerns.mine")}</h2>
      {concerns.length === 0 ? <p>{t("concerns.none")}</p> : null}
      <ul className="space-y-3">
        {concerns.map((concern) => (
          <li key={concern.id}>
            <Card className="space-y-2">
              <p className="text-base text-ink/70">
                {formatDay(concern.createdAt.slice(0, 10))} · {t("concerns.raisedBy", { name: concern.raisedBy })}
              </p>
              <p className="whitespace-pre-line">{concern.text}</p>
              {isStaff ? (
                <Form method="post" className="flex items-end gap-2">
                  <input type="hidden" name="intent" value="status" />
                  <input type="hidden" name="concernId" value={concern.id} />
                  <div className="flex-1">
                    <SelectField label={t("concerns.status")} name="status" defaultValue={concern.status}>
                      {concernStatuses.map((status) => (
                        <option key={status} value={status}>
                          {t(`concernStatus.${status}`)}
                        </option>
                      ))}
                    </SelectField>
                  </div>
                  <Button variant="secondary">{t("concerns.update")}</Button>
                </Form>
              ) : (
                <p className="font-semibold">{t(`concernStatus.${concern.status}`)}</p>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
