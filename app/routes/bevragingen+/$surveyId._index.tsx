import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorMessage } from "~/components/ui/error-message";
import { ManageSurvey } from "~/features/surveys/components/manage-survey";
import { SurveyIntro } from "~/features/surveys/components/survey-intro";
import { manageSurvey } from "~/features/surveys/mutations.server";
import { getIntro, getManagePage } from "~/features/surveys/queries.server";
import { manageSurveySchema } from "~/features/surveys/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:title");

/** Staff who manage the survey get its page for composing and collecting; residents get its start page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const surveyId = params.surveyId ?? "";
  const locale = await getLocale(request);
  const manage = await getManagePage(actor, surveyId);
  if (manage) return { view: "manage" as const, manage, intro: null, locale };
  const intro = await getIntro(actor, surveyId, locale);
  if (!intro) throw notFound();
  return { view: "intro" as const, manage: null, intro, locale };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const surveyId = params.surveyId ?? "";
  const submission = await parseForm(request, manageSurveySchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await manageSurvey(actor, surveyId, submission.value);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect(`/bevragingen/${surveyId}?klaar=${submission.value.intent}`);
}

export default function SurveyPage() {
  const data = useLoaderData<typeof loader>();
  if (data.manage) return <ManageSurvey survey={data.manage} locale={data.locale} />;
  if (data.intro) return <SurveyIntro survey={data.intro} locale={data.locale} />;
  return null;
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
