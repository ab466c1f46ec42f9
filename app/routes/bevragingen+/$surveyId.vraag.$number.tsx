import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Notice } from "~/components/ui/page";
import { AnswerInput } from "~/features/surveys/components/answer-input";
import { useArrivedQueued, useGoOnWhenQueued, useKeepForOffline } from "~/features/surveys/components/keep-for-offline";
import { LocalisedText, TranslationNote } from "~/features/surveys/components/localised-text";
import { ProgressBar } from "~/features/surveys/components/progress-bar";
import { saveDraftAnswer } from "~/features/surveys/mutations.server";
import { can } from "~/features/surveys/permissions";
import { getQuestionScreen } from "~/features/surveys/queries.server";
import { answerSchema } from "~/features/surveys/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { getLocale } from "~/utils/i18n.server";
import { idempotencyKeyFrom, runOnce } from "~/utils/idempotency.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:answer.title");

function numberOf(params: { number?: string }) {
  const number = Number(params.number);
  if (!Number.isInteger(number) || number < 1) throw notFound();
  return number;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const screen = await getQuestionScreen(actor, params.surveyId ?? "", numberOf(params), await getLocale(request));
  if (!screen || !screen.question) throw notFound();
  // Sent already, closed, or not theirs to answer (staff): the survey's own page says what is going on.
  if (!can(actor, "answer", screen.found.subject) || screen.state.sentByMe || screen.state.householdAnswered) throw redirect(`/bevragingen/${screen.survey.id}`);
  const { found: _found, ...shown } = screen;
  return shown;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const surveyId = params.surveyId ?? "";
  const number = numberOf(params);
  const submission = await parseForm(request, answerSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const { outcome } = await runOnce(idempotencyKeyFrom(submission.payload), actor.user.id, (tx) => saveDraftAnswer(tx, actor, surveyId, number, submission.value));
    return redirect(outcome.next);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function QuestionScreen() {
  const { t } = useTranslation("surveys");
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result?: SubmissionResult<string[]> }>();
  const navigation = useNavigation();
  useKeepForOffline(data.screens);
  const queued = useGoOnWhenQueued(data.next);
  const arrivedQueued = useArrivedQueued();
  const question = data.question;
  if (!question) return null;
  const result = actionData?.result;
  const last = data.number === data.total;
  return (
    <>
      <p className="mb-2 text-base text-ink/80">
        <LocalisedText text={data.survey.title} />
      </p>
      <div className="mb-5">
        <ProgressBar percent={Math.round(((data.number - 1) / data.total) * 100)} label={t("answer.progress", { number: data.number, total: data.total })} />
      </div>
      {arrivedQueued || queued ? <Notice tone="info">{t("answer.savedOnPhone")}</Notice> : null}
      <Form method="post" className="space-y-5" key={data.number}>
        <IdempotencyKeyInput />
        <h1 id="question" className="text-2xl font-bold leading-snug">
          <LocalisedText text={question.text} />
        </h1>
        <TranslationNote text={question.text} />
        {data.skipped ? <p className="text-base text-ink/70">{t("answer.skippedBefore")}</p> : null}
        <ErrorList errors={result?.error?.[""] ?? undefined} />
        <AnswerInput question={question} name="value" selected={data.answer} idPrefix="q" labelledBy="question" errors={result?.error?.value ?? undefined} />
        <div className="space-y-3">
          <Button className="w-full" disabled={navigation.state === "submitting"}>
            {last ? t("answer.toSend") : t("answer.next")}
          </Button>
          <div className="grid grid-cols-2 gap-3">
            <Link to={data.previous} className="flex min-h-tap items-center justify-center rounded-lg border-2 border-ink/20 bg-white px-3 text-lg font-semibold no-underline">
              {t("answer.previous")}
            </Link>
            <Button variant="secondary" name="skip" value="on" formNoValidate>
              {t("answer.skip")}
            </Button>
          </div>
        </div>
      </Form>
      <p className="mt-6">
        <Link to={`/bevragingen/${data.survey.id}`} className="inline-flex min-h-tap items-center">
          {t("answer.stop")}
        </Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
