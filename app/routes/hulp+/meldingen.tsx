import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Notice, PageTitle } from "~/components/ui/page";
import { ChoiceGroup } from "~/features/help/components/choice-group";
import { saveHelpAlerts } from "~/features/help/mutations.server";
import { can } from "~/features/help/permissions";
import { getHelpAlerts } from "~/features/help/queries.server";
import { helpAlertsSchema } from "~/features/help/schema";
import { alertChoices } from "~/features/help/vocabulary";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import type { IntentActionData } from "~/utils/intent-form";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:alerts.title");

/** A buurtwerker chooses how they hear of new help requests in their neighbourhoods (issue 16). */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "coordinate")) throw forbidden();
  return { newRequests: await getHelpAlerts(actor) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "coordinate")) throw forbidden();
  const submission = await parseForm(request, helpAlertsSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await saveHelpAlerts(actor, submission.value);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect("/hulp/meldingen?bewaard=1");
}

export default function HelpAlerts() {
  const { t } = useTranslation("help");
  const { newRequests } = useLoaderData<typeof loader>();
  const actionData = useActionData<IntentActionData>();
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageTitle intro={t("alerts.intro")}>{t("alerts.title")}</PageTitle>
      {searchParams.get("bewaard") ? <Notice tone="success">{t("alerts.saved")}</Notice> : null}
      <Form method="post" className="space-y-4">
        <ChoiceGroup
          legend={t("alerts.legend")}
          name="newRequests"
          type="radio"
          selected={[newRequests]}
          errors={actionData?.result.error?.newRequests ?? undefined}
          options={alertChoices.map((choice) => ({
            value: choice,
            label: (
              <span className="flex flex-col">
                <span className="font-semibold">{t(`alerts.${choice}`)}</span>
                <span className="text-base text-ink/70">{t(`alerts.${choice}Hint`)}</span>
              </span>
            ),
          }))}
        />
        <Button className="w-full">{t("alerts.save")}</Button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
