import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { QuestionForm } from "~/features/surveys/components/question-form";
import { saveQuestion } from "~/features/surveys/mutations.server";
import { getQuestionForm } from "~/features/surveys/queries.server";
import { MAX_OPTIONS } from "~/features/surveys/rules";
import { questionSchema } from "~/features/surveys/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:form.editQuestion");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const form = await getQuestionForm(actor, params.surveyId ?? "", params.questionId ?? "");
  if (!form?.question) throw notFound();
  if (form.survey.phase !== "draft") throw redirect(`/bevragingen/${form.survey.id}`);
  const q = form.question;
  const withTranslations = (row: { text: string; translations: { locale: string; text: string }[] }) =>
    Object.fromEntries([["text", row.text], ...row.translations.map((tr) => [`${tr.locale}Text`, tr.text])]);
  const options = [...q.options.map((o) => ({ id: o.id, icon: o.icon ?? "", ...withTranslations(o) }))];
  while (options.length < MAX_OPTIONS) options.push({ id: "", icon: "", text: "" });
  return {
    id: form.survey.id,
    defaults: { kind: q.kind, ...withTranslations(q), options },
    marks: q.translations,
    optionMarks: Object.fromEntries(q.options.map((o) => [o.id, o.translations])),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const surveyId = params.surveyId ?? "";
  const submission = await parseForm(request, questionSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await saveQuestion(actor, surveyId, params.questionId ?? "", submission.value);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect(`/bevragingen/${surveyId}?klaar=question`);
}

export default function EditQuestion() {
  const { t } = useTranslation("surveys");
  const { id, defaults, marks, optionMarks } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  return (
    <>
      <p className="mb-2">
        <Link to={`/bevragingen/${id}`}>{t("form.backToSurvey")}</Link>
      </p>
      <PageTitle>{t("form.editQuestion")}</PageTitle>
      <QuestionForm lastResult={actionData?.result} defaultValue={defaults} marks={marks} optionMarks={optionMarks} submitLabel={t("form.save")} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
