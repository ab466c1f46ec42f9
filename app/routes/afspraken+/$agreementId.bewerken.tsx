import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { Notice, PageTitle } from "~/components/ui/page";
import { AgreementError, updateDraft } from "~/features/agreements/mutations.server";
import { getDraftForEditing, toAsker } from "~/features/agreements/queries.server";
import { localDate } from "~/features/agreements/rules";
import { draftSchema } from "~/features/agreements/schema";
import { requireActor } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";
import { AgreementForm, itemsToDefaults } from "./__agreement-form";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:form.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const asker = toAsker(await requireActor(request));
  const draft = await getDraftForEditing(asker, params.agreementId ?? "");
  if (!draft) throw new Response("Not found", { status: 404 });
  return {
    draft: { ...draft, reviewDate: draft.reviewDate ? localDate(draft.reviewDate) : undefined, items: itemsToDefaults(draft.items) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const asker = toAsker(await requireActor(request));
  const id = params.agreementId ?? "";
  const submission = await parseForm(request, draftSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: submission.status ? 400 : 200 });
  try {
    await updateDraft(asker, id, submission.value);
    return redirect(`/afspraken/${id}?bewaard=1`);
  } catch (error) {
    if (!(error instanceof AgreementError)) throw error;
    return Response.json({ result: submission.reply({ formErrors: [error.message] }) }, { status: error.status });
  }
}

export default function EditAgreement() {
  const { t } = useTranslation("agreements");
  const { draft } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  return (
    <>
      <PageTitle intro={`${draft.building.name} · ${draft.space.name} · ${t("version", { number: draft.number })}`}>{t("form.editTitle")}</PageTitle>
      {draft.status !== "draft" ? <Notice tone="error">{t("errors.notAllowedNow")}</Notice> : null}
      <AgreementForm
        schema={draftSchema}
        lastResult={actionData?.result}
        defaultValue={{ reviewDate: draft.reviewDate, items: draft.items }}
        submitLabel={t("form.save")}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
