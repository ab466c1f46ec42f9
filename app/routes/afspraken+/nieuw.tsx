import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/ui/field";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { createAgreement } from "~/features/agreements/mutations.server";
import { can } from "~/features/agreements/permissions";
import { listFreeSpaces } from "~/features/agreements/queries.server";
import { newAgreementSchema } from "~/features/agreements/schema";
import { SurveyNote } from "~/features/surveys/components/survey-note";
import { surveyNote } from "~/features/surveys/queries.server";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";
import { AgreementForm } from "./__agreement-form";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:form.newTitle");

/** Staff working as themselves; the form and the mutation keep to the spaces of their own neighbourhoods. */
async function requireStarter(request: Request) {
  const actor = await requireActor(request);
  if (!can(actor, "startAgreements")) throw forbidden();
  return actor;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStarter(request);
  const search = new URL(request.url).searchParams;
  const spaceId = search.get("ruimte") ?? undefined;
  // Proposed as a follow-up of a survey's results (?bevraging=): the page says so.
  const fromSurvey = await surveyNote(actor, search.get("bevraging"), search.get("vraag"));
  return { buildings: await listFreeSpaces(actor), spaceId, fromSurvey };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStarter(request);
  const submission = await parseForm(request, newAgreementSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: submission.status ? 400 : 200 });
  try {
    const agreement = await createAgreement(actor, submission.value);
    return redirect(`/afspraken/${agreement.id}?bewaard=1`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function NewAgreement() {
  const { t } = useTranslation("agreements");
  const { buildings, spaceId, fromSurvey } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  return (
    <>
      <PageTitle intro={t("form.newIntro")}>{t("form.newTitle")}</PageTitle>
      {fromSurvey ? <SurveyNote note={fromSurvey} /> : null}
      <AgreementForm
        schema={newAgreementSchema}
        lastResult={actionData?.result}
        defaultValue={{ spaceId, items: [{ text: "" }] }}
        submitLabel={t("form.save")}
        before={(field) => (
          <SelectField
            label={t("form.space")}
            name={field.name}
            errors={field.errors}
            defaultValue={typeof field.initialValue === "string" ? field.initialValue : ""}
            required
          >
            <option value="">{t("form.chooseSpace")}</option>
            {buildings.map((building) =>
              building.spaces.length ? (
                <optgroup key={building.id} label={building.name}>
                  {building.spaces.map((space) => (
                    <option key={space.id} value={space.id}>
                      {building.name}: {space.name}
                    </option>
                  ))}
                </optgroup>
              ) : null,
            )}
          </SelectField>
        )}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
