import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Notice, PageTitle } from "~/components/ui/page";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";
import { AnswerValue } from "~/features/surveys/components/answer-value";
import { useArrivedQueued, useKeepForOffline } from "~/features/surveys/components/keep-for-offline";
import { LocalisedText } from "~/features/surveys/components/localised-text";
import { sendAnswers } from "~/features/surveys/mutations.server";
import { can } from "~/features/surveys/permissions";
import { getSendScreen } from "~/features/surveys/queries.server";
import { sendSchema } from "~/features/surveys/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { getLocale } from "~/utils/i18n.server";
import { idempotencyKeyFrom, runOnce } from "~/utils/idempotency.server";
import { titleFrom } from "~/utils/meta";
import { isOfflineQueued } from "~/utils/pwa";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:send.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const screen = await getSendScreen(actor, params.surveyId ?? "", await getLocale(request));
  if (!screen) throw notFound();
  if (!can(actor, "answer", screen.found.subject) || screen.state.sentByMe || screen.state.householdAnswered) throw redirect(`/bevragingen/${screen.survey.id}`);
  const { found: _found, ...shown } = screen;
  return shown;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const surveyId = params.surveyId ?? "";
  const submission = await parseForm(request, sendSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await runOnce(idempotencyKeyFrom(submission.payload), actor.user.id, (tx) => sendAnswers(tx, actor, surveyId));
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect(`/bevragingen/${surveyId}?verstuurd=1`);
}

export default function SendAnswers() {
  const { t } = useTranslation("surveys");
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result?: SubmissionResult<string[]> }>();
  const navigation = useNavigation();
  useKeepForOffline(data.screens);
  const arrivedQueued = useArrivedQueued();
  const queued = isOfflineQueued(actionData);
  const answered = data.answers.filter((a) => a.values && a.values.length > 0).length;
  return (
    <>
      <p className="mb-2 text-base text-ink/80">
        <LocalisedText text={data.survey.title} />
      </p>
      <PageTitle intro={t("send.intro")}>{t("send.title")}</PageTitle>
      {arrivedQueued ? <Notice tone="info">{t("answer.savedOnPhone")}</Notice> : null}
      <ol className="mb-6 space-y-3">
        {data.answers.map((answer) => (
          <li key={answer.number} className="rounded-xl border border-ink/10 bg-white p-3">
            <p className="text-base text-ink/70">{t("answer.progress", { number: answer.number, total: data.total })}</p>
            <p className="font-semibold">
              <LocalisedText text={answer.question.text} />
            </p>
            <div className="mt-1">
              {answer.values && answer.values.length ? <AnswerValue question={answer.question} values={answer.values} /> : <p className="text-ink/70">{t("send.notAnswered")}</p>}
            </div>
            <Link to={`/bevragingen/${data.survey.id}/vraag/${answer.number}`} className="mt-1 inline-flex min-h-tap items-center">
              {t("send.change")}
            </Link>
          </li>
        ))}
      </ol>
      <p className="mb-4">{t("send.anonymous")}</p>
      {queued ? (
        <OfflineQueuedNotice />
      ) : (
        <Form method="post" className="space-y-3">
          <IdempotencyKeyInput />
          <ErrorList errors={actionData?.result?.error?.[""] ?? undefined} />
          {answered === 0 ? <p className="font-semibold">{t("send.nothingYet")}</p> : null}
          <Button className="w-full" disabled={navigation.state === "submitting"}>
            {t("send.button")}
          </Button>
        </Form>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
