import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Notice, PageTitle } from "~/components/ui/page";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";
import { AnswerInput } from "~/features/surveys/components/answer-input";
import { LocalisedText, TranslationNote } from "~/features/surveys/components/localised-text";
import { collectAnswers } from "~/features/surveys/mutations.server";
import { getCollectPage } from "~/features/surveys/queries.server";
import { collectSchema } from "~/features/surveys/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { getLocale } from "~/utils/i18n.server";
import { idempotencyKeyFrom, runOnce } from "~/utils/idempotency.server";
import { titleFrom } from "~/utils/meta";
import { isOfflineQueued } from "~/utils/pwa";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:collect.title");

/**
 * Door to door on the buurtwerker's phone (works offline once opened: the form is queued and sent once), at the
 * desk, or typing in paper forms afterwards. The questions show in the page's language: switch it for the household.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const page = await getCollectPage(actor, params.surveyId ?? "", await getLocale(request));
  if (!page) throw notFound();
  return page;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const surveyId = params.surveyId ?? "";
  const submission = await parseForm(request, collectSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const { outcome } = await runOnce(idempotencyKeyFrom(submission.payload), actor.user.id, (tx) => collectAnswers(tx, actor, surveyId, submission.value));
    const next = new URLSearchParams({ bewaard: outcome.unit || "-", ...(outcome.method === "paper" ? { manier: "papier" } : {}) });
    return redirect(`/bevragingen/${surveyId}/afnemen?${next}`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function Collect() {
  const { t } = useTranslation("surveys");
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result?: SubmissionResult<string[]> }>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const queued = isOfflineQueued(actionData);
  // A fresh form for the next household after one was stored on the phone.
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (queued) setRound((r) => r + 1);
  }, [queued, actionData]);
  const result = actionData?.result;
  const errors = (name: string) => result?.error?.[name] ?? undefined;
  const typed = (name: string) => {
    const value = result?.initialValue?.[name];
    return typeof value === "string" ? value : undefined;
  };
  const typedAnswer = (index: number) => {
    const answers = result?.initialValue?.answers;
    const row: unknown = Array.isArray(answers) ? answers[index] : undefined;
    const value = typeof row === "object" && row !== null && "value" in row ? row.value : undefined;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" ? [value] : [];
  };
  const paper = page.may.enterPaper && (!page.may.collect || searchParams.get("manier") === "papier" || typed("method") === "paper");
  const saved = searchParams.get("bewaard");
  const household = page.survey.per === "household";
  return (
    <>
      <p className="mb-2">
        <Link to={`/bevragingen/${page.survey.id}`}>{t("form.backToSurvey")}</Link>
      </p>
      <PageTitle intro={<LocalisedText text={page.survey.title} />}>{t("collect.title")}</PageTitle>
      {saved && !result && !queued ? <Notice tone="success">{saved === "-" ? t("collect.savedSheet") : t("collect.saved", { unit: saved })}</Notice> : null}
      {queued ? <OfflineQueuedNotice /> : null}
      <p className="mb-4">{t("collect.intro")}</p>
      <Form method="post" className="space-y-6" key={round}>
        <IdempotencyKeyInput />
        <ErrorList errors={errors("")} />
        <fieldset className="space-y-2">
          <legend className="text-lg font-semibold">{t("collect.method")}</legend>
          {page.may.collect ? (
            <label className="flex min-h-tap cursor-pointer items-center gap-3 rounded-lg border border-ink/15 bg-white px-3 py-2 text-lg">
              <input type="radio" name="method" value="assisted" defaultChecked={!paper} className="size-6 accent-brand" />
              {t("collect.assisted")}
            </label>
          ) : null}
          {page.may.enterPaper ? (
            <label className="flex min-h-tap cursor-pointer items-center gap-3 rounded-lg border border-ink/15 bg-white px-3 py-2 text-lg">
              <input type="radio" name="method" value="paper" defaultChecked={paper} className="size-6 accent-brand" />
              {t("collect.paper")}
            </label>
          ) : null}
        </fieldset>
        {page.buildings.length > 1 ? (
          <SelectField label={t("collect.building")} name="buildingId" defaultValue={typed("buildingId") ?? ""} errors={errors("buildingId")} required={household}>
            <option value="">{t("collect.chooseBuilding")}</option>
            {page.buildings.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Field
          label={household ? t("collect.unit") : t("collect.unitOptional")}
          hint={t("collect.unitHint")}
          name="unit"
          list="known-units"
          autoComplete="off"
          defaultValue={typed("unit") ?? ""}
          errors={errors("unit")}
          required={household}
        />
        <datalist id="known-units">
          {page.buildings.flatMap((b) =>
            b.units.filter((u) => !u.answered).map((u) => <option key={`${b.id}-${u.unit}`} value={u.unit} label={page.buildings.length > 1 ? b.name : undefined} />),
          )}
        </datalist>
        {household ? (
          <details className="rounded-lg border border-ink/10 bg-white p-3">
            <summary className="min-h-tap cursor-pointer py-2 font-semibold">{t("collect.whoAnswered")}</summary>
            {page.buildings.map((b) => (
              <div key={b.id} className="mt-2">
                {page.buildings.length > 1 ? <p className="font-semibold">{b.name}</p> : null}
                <ul className="flex flex-wrap gap-1 text-base">
                  {b.units.map((u) => (
                    <li key={u.unit} className={`rounded px-2 py-0.5 ${u.answered ? "bg-green-100 text-green-900" : "bg-ink/5"}`}>
                      {u.unit} {u.answered ? `✓ ${t("collect.done")}` : ""}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
        ) : null}
        <ol className="space-y-5">
          {page.questions.map((question, index) => (
            <li key={question.id} className="space-y-2 rounded-xl border border-ink/10 bg-white p-3">
              <input type="hidden" name={`answers[${index}].questionId`} value={question.id} />
              <h2 id={`q-${index}`} className="text-lg font-bold">
                {index + 1}. <LocalisedText text={question.text} />
              </h2>
              <TranslationNote text={question.text} />
              <AnswerInput question={question} name={`answers[${index}].value`} selected={typedAnswer(index)} idPrefix={`q${index}`} labelledBy={`q-${index}`} errors={errors(`answers[${index}].value`)} size="compact" />
            </li>
          ))}
        </ol>
        <p className="text-base text-ink/70">{t("collect.skipHint")}</p>
        <Button className="w-full" disabled={navigation.state === "submitting"}>
          {t("collect.save")}
        </Button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
