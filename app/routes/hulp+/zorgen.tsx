import { getFormProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, SelectField, TextareaField } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { useFormatDay } from "~/features/help/components/request-card";
import { performConcernAction } from "~/features/help/mutations.server";
import { can } from "~/features/help/permissions";
import { listConcernableRequests, listConcerns } from "~/features/help/queries.server";
import { concernActionSchema } from "~/features/help/schema";
import { concernStatuses } from "~/features/help/vocabulary";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { useIntentForm } from "~/utils/intent-form";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:concerns.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  // Staff read and handle concerns; everyone else raises them (and reads their own).
  const isStaff = can(actor, "coordinate");
  const [concerns, requests] = await Promise.all([listConcerns(actor), isStaff ? Promise.resolve([]) : listConcernableRequests(actor)]);
  return { isStaff, concerns, requests };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const submission = await parseForm(request, concernActionSchema);
  const intent = submission.payload.intent;
  const subject = typeof submission.payload.concernId === "string" ? submission.payload.concernId : undefined;
  if (submission.status !== "success") return Response.json({ intent, subject, result: submission.reply() }, { status: 400 });
  try {
    await performConcernAction(actor, submission.value);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect(`/hulp/zorgen?klaar=${submission.value.intent}`);
}

export default function Concerns() {
  const { t } = useTranslation("help");
  const { isStaff, concerns, requests } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const formatDay = useFormatDay();
  return (
    <>
      <PageTitle intro={t("concerns.intro")}>{t("concerns.title")}</PageTitle>
      {searchParams.get("klaar") === "raise" ? <Notice tone="success">{t("concerns.sent")}</Notice> : null}
      {!isStaff ? <RaiseConcern requests={requests} /> : null}
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
              {concern.mayHandle ? (
                <ConcernStatus concernId={concern.id} status={concern.status} />
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

type Requests = ReturnType<typeof useLoaderData<typeof loader>>["requests"];

function RaiseConcern({ requests }: { requests: Requests }) {
  const { t } = useTranslation("help");
  const formatDay = useFormatDay();
  const [form, fields] = useIntentForm<{ text: string; requestId: string }>("raise", concernActionSchema);
  return (
    <Form method="post" className="mb-8 space-y-4" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="raise" />
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
  );
}

function ConcernStatus({ concernId, status }: { concernId: string; status: string }) {
  const { t } = useTranslation("help");
  const [form, fields] = useIntentForm<{ status: string }>("status", concernActionSchema, { subject: concernId });
  return (
    <Form method="post" className="flex items-end gap-2" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="concernId" value={concernId} />
      <div className="flex-1">
        <SelectField label={t("concerns.status")} name={fields.status.name} id={fields.status.id} defaultValue={status} errors={fields.status.errors}>
          {concernStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`concernStatus.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Button variant="secondary">{t("concerns.update")}</Button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
