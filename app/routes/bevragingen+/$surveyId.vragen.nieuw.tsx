import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { KindIcon } from "~/features/surveys/components/kind-icon";
import { QuestionForm } from "~/features/surveys/components/question-form";
import { saveQuestion } from "~/features/surveys/mutations.server";
import { getQuestionForm } from "~/features/surveys/queries.server";
import { MAX_OPTIONS, isQuestionKind, questionKinds } from "~/features/surveys/rules";
import { questionSchema } from "~/features/surveys/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:form.newQuestion");

/** First the kind (a link per kind, no JavaScript needed), then the form for that kind. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const form = await getQuestionForm(actor, params.surveyId ?? "", null);
  if (!form) throw notFound();
  if (form.survey.phase !== "draft") throw redirect(`/bevragingen/${form.survey.id}`);
  const kind = new URL(request.url).searchParams.get("soort");
  return { id: form.survey.id, kind: isQuestionKind(kind) ? kind : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const surveyId = params.surveyId ?? "";
  const submission = await parseForm(request, questionSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await saveQuestion(actor, surveyId, null, submission.value);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect(`/bevragingen/${surveyId}?klaar=question`);
}

export default function NewQuestion() {
  const { t } = useTranslation("surveys");
  const { id, kind } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  return (
    <>
      <p className="mb-2">
        <Link to={`/bevragingen/${id}`}>{t("form.backToSurvey")}</Link>
      </p>
      <PageTitle intro={kind ? undefined : t("form.chooseKind")}>{t("form.newQuestion")}</PageTitle>
      {kind ? (
        <QuestionForm
          lastResult={actionData?.result}
          defaultValue={{ kind, text: "", options: Array.from({ length: MAX_OPTIONS }, () => ({ text: "" })) }}
          marks={[]}
          optionMarks={{}}
          submitLabel={t("form.addQuestion")}
        />
      ) : (
        <ul className="space-y-2">
          {questionKinds.map((k) => (
            <li key={k}>
              <Link to={`?soort=${k}`} className="flex min-h-tap items-center gap-3 rounded-xl border-2 border-ink/15 bg-white p-3 no-underline">
                <KindIcon kind={k} className="size-8 shrink-0 text-brand-dark" />
                <span>
                  <span className="block text-lg font-semibold">{t(`kinds.${k}`)}</span>
                  <span className="block text-base text-ink/70">{t(`kindHelp.${k}`)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
