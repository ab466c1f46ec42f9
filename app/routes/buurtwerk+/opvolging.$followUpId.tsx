import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, SelectField, TextareaField } from "~/components/ui/field";
import { formatDate } from "~/components/ui/format";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { Choices } from "~/features/outreach/components/choices";
import { FollowUpFields } from "~/features/outreach/components/follow-up-fields";
import { IconLabel } from "~/features/outreach/components/knock-form";
import { useOutreachLabels } from "~/features/outreach/components/labels";
import { performFollowUpAction } from "~/features/outreach/mutations.server";
import { can, householdAbilities } from "~/features/outreach/permissions";
import { getFollowUp } from "~/features/outreach/queries.server";
import { followUpActionSchema } from "~/features/outreach/schema";
import { signalKinds } from "~/features/outreach/vocabulary";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";
import { forbidden, notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { idempotencyKeyFrom } from "~/utils/idempotency.server";
import { useIntentForm, type IntentActionData } from "~/utils/intent-form";
import { localDate } from "~/utils/dates";
import { titleFrom } from "~/utils/meta";
import { isOfflineQueued, type OfflineQueuedResult } from "~/utils/pwa";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:followUp.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const data = await getFollowUp(actor, params.followUpId ?? "");
  if (!data) throw notFound();
  return { ...data, allowed: householdAbilities(actor, data.household), today: localDate(new Date()) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const followUpId = params.followUpId ?? "";
  const submission = await parseForm(request, followUpActionSchema);
  const intent = submission.payload.intent;
  if (submission.status !== "success")
    return Response.json({ intent, result: submission.reply() }, { status: 400 });
  try {
    const done = await performFollowUpAction(actor, followUpId, submission.value, {
      idempotencyKey: idempotencyKeyFrom(submission.payload),
    });
    return redirect(`/buurtwerk/opvolging/${followUpId}?klaar=${done}`);
  } catch (error) {
    return replyWithError(submission, error, { intent });
  }
}

export default function FollowUp() {
  const { t, i18n } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const { followUp, household, notes, colleagues, allowed, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<IntentActionData | OfflineQueuedResult>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("klaar");
  const running = followUp.status !== "ended";
  const pageErrors =
    actionData && "result" in actionData && actionData.intent === "end"
      ? actionData.result.error?.[""]
      : undefined;
  return (
    <>
      <PageTitle
        intro={`${household.neighbourhood} · ${t("followUp.since", { date: formatDate(followUp.startedAt, i18n.language), name: followUp.owner?.displayName ?? "" })}`}
      >
        {t("followUp.heading", { address: household.address })}
      </PageTitle>
      {done && ["updated", "noted", "ended"].includes(done) ? (
        <Notice tone="success">{t(`followUp.done.${done}`)}</Notice>
      ) : null}
      {isOfflineQueued(actionData) ? <OfflineQueuedNotice /> : null}
      <ErrorList errors={pageErrors} />
      <div className="space-y-5">
        <Card className="space-y-3">
          <p className="text-lg font-semibold">{t(`followUp.statuses.${followUp.status}`)}</p>
          {followUp.endedAt ? (
            <p>{t("followUp.endedOn", { date: formatDate(followUp.endedAt, i18n.language) })}</p>
          ) : null}
          <div>
            <h2 className="text-xl font-bold">{t("followUp.wishes")}</h2>
            {followUp.wishes.length ? (
              <ul className="mt-1 space-y-1">
                {followUp.wishes.map((wish) => (
                  <li key={wish}>
                    <IconLabel icon={wish} text={labels.wish(wish)} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("followUp.noWishes")}</p>
            )}
          </div>
          <div>
            <h2 className="text-xl font-bold">{t("followUp.nextStep")}</h2>
            <p>{followUp.nextStep}</p>
            {followUp.nextStepDue ? (
              <p className={followUp.nextStepDue < today && running ? "font-semibold text-red-800" : ""}>
                {t(followUp.nextStepDue < today && running ? "followUp.overdue" : "followUp.dueOn", {
                  date: formatDate(followUp.nextStepDue, i18n.language),
                })}
              </p>
            ) : null}
          </div>
          <p className="text-base">
            {household.members.length
              ? household.members.map((m) => m.name).join(", ")
              : t("household.noMembers")}{" "}
            · <Link to={`/buurtwerk/huishoudens/${household.id}`}>{t("followUp.household")}</Link>
          </p>
        </Card>

        {running && allowed.followUp ? <UpdateFollowUp followUp={followUp} colleagues={colleagues} /> : null}

        <section className="space-y-3">
          <h2 className="text-2xl font-bold">{t("followUp.notes")}</h2>
          <p className="text-base text-ink/70">{t("followUp.notesLogged")}</p>
          {running && allowed.followUp ? <NoteForm /> : null}
          {notes.length === 0 ? <p>{t("followUp.noNotes")}</p> : null}
          <ul className="space-y-2" data-testid="follow-up-notes">
            {notes.map((note) => (
              <li key={note.id} className="rounded-lg border border-ink/10 bg-white p-3">
                <p className="text-base text-ink/80">
                  {formatDate(note.createdAt, i18n.language, "short")} · {note.author?.displayName ?? ""}
                </p>
                <p className="whitespace-pre-line">{note.body}</p>
              </li>
            ))}
          </ul>
        </section>

        {running && allowed.followUp ? (
          <Form method="post">
            <input type="hidden" name="intent" value="end" />
            <Button variant="danger" className="w-full">
              {t("followUp.end")}
            </Button>
          </Form>
        ) : null}
      </div>
    </>
  );
}

type FollowUpData = ReturnType<typeof useLoaderData<typeof loader>>["followUp"];

function UpdateFollowUp({
  followUp,
  colleagues,
}: {
  followUp: FollowUpData;
  colleagues: { id: string; displayName: string }[];
}) {
  const { t } = useTranslation("outreach");
  const [form, fields] = useIntentForm<{
    wishes: string[];
    nextStep: string;
    nextStepDue: string;
    status: string;
    ownerId: string;
  }>("update", followUpActionSchema);
  const failed = Boolean(
    form.errors?.length || fields.nextStep.errors?.length || fields.nextStepDue.errors?.length,
  );
  return (
    <details className="rounded-xl border border-ink/10 bg-white p-4 shadow-sm" open={failed}>
      <summary className="flex min-h-tap cursor-pointer items-center text-xl font-bold">
        {t("followUp.update")}
      </summary>
      <Form method="post" className="space-y-4 pt-3" {...getFormProps(form)}>
        <IdempotencyKeyInput />
        <input type="hidden" name="intent" value="update" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <FollowUpFields
          values={followUp}
          errors={{ nextStep: fields.nextStep.errors, nextStepDue: fields.nextStepDue.errors }}
        />
        <SelectField
          label={t("followUp.status")}
          name="status"
          defaultValue={followUp.status === "paused" ? "paused" : "active"}
        >
          <option value="active">{t("followUp.statuses.active")}</option>
          <option value="paused">{t("followUp.statuses.paused")}</option>
        </SelectField>
        <SelectField label={t("followUp.owner")} name="ownerId" defaultValue={followUp.ownerId ?? ""} errors={fields.ownerId.errors}>
          {followUp.ownerId && !colleagues.some((c) => c.id === followUp.ownerId) ? (
            <option value="">{followUp.owner?.displayName ?? "-"}</option>
          ) : null}
          {colleagues.map((colleague) => (
            <option key={colleague.id} value={colleague.id}>
              {colleague.displayName}
            </option>
          ))}
        </SelectField>
        <Button className="w-full">{t("followUp.save")}</Button>
      </Form>
    </details>
  );
}

function NoteForm() {
  const { t } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const [form, fields] = useIntentForm<{ body: string; signals: string[] }>("note", followUpActionSchema);
  return (
    <Card>
      <Form method="post" className="space-y-3" {...getFormProps(form)}>
        <IdempotencyKeyInput />
        <input type="hidden" name="intent" value="note" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <TextareaField
          label={t("followUp.newNote")}
          hint={t("knock.noteHint")}
          name={fields.body.name}
          id={fields.body.id}
          maxLength={1000}
          errors={fields.body.errors}
        />
        <details className="rounded-lg border border-ink/15 p-2">
          <summary className="flex min-h-tap cursor-pointer items-center font-semibold">
            {t("signals.title")}
          </summary>
          <div className="pt-2">
            <Choices
              legend={t("signals.title")}
              hint={t("signals.hint")}
              name="signals"
              options={signalKinds.map((kind) => ({
                value: kind,
                label: <IconLabel icon={kind} text={labels.signal(kind)} />,
              }))}
            />
          </div>
        </details>
        <Button className="w-full">{t("followUp.saveNote")}</Button>
      </Form>
    </Card>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
