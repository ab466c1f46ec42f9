import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { SettingsForm } from "~/features/surveys/components/settings-form";
import { localDate } from "~/features/surveys/dates";
import { createSurvey } from "~/features/surveys/mutations.server";
import { can } from "~/features/surveys/permissions";
import { listTargets } from "~/features/surveys/queries.server";
import { newSurveySchema } from "~/features/surveys/schema";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "surveys:form.newTitle");

/** Staff working as themselves; the form and the mutation keep to their own neighbourhoods and buildings. */
async function requireStarter(request: Request) {
  const actor = await requireActor(request);
  if (!can(actor, "startSurveys")) throw forbidden();
  return actor;
}

/** Three weeks: long enough to knock on every door twice, short enough to bring the results to the next meeting. */
const DEFAULT_DAYS = 21;

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStarter(request);
  const now = new Date();
  return {
    targets: await listTargets(actor),
    defaults: { per: "household", opensOn: localDate(now), closesOn: localDate(new Date(now.getTime() + DEFAULT_DAYS * 86_400_000)) },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStarter(request);
  const submission = await parseForm(request, newSurveySchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const survey = await createSurvey(actor, submission.value);
    return redirect(`/bevragingen/${survey.id}?klaar=created`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function NewSurvey() {
  const { t } = useTranslation("surveys");
  const { targets, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  return (
    <>
      <PageTitle intro={t("form.newIntro")}>{t("form.newTitle")}</PageTitle>
      <SettingsForm schema={newSurveySchema} lastResult={actionData?.result} defaultValue={defaults} targets={targets} submitLabel={t("form.create")} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
