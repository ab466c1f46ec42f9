import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { Notice, PageTitle } from "~/components/ui/page";
import { updateDraft } from "~/features/agreements/mutations.server";
import { can } from "~/features/agreements/permissions";
import { getDraftForEditing } from "~/features/agreements/queries.server";
import { draftSchema } from "~/features/agreements/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { localDate } from "~/utils/dates";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";
import { AgreementForm, itemsToDefaults, outdatedTranslations } from "./__agreement-form";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:form.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const found = await getDraftForEditing(actor, params.agreementId ?? "");
  if (!found || !can(actor, "edit", found.access)) throw notFound();
  const { access: _access, ...draft } = found;
  return {
    draft: { ...draft, reviewDate: draft.reviewDate ? localDate(draft.reviewDate) : undefined, items: itemsToDefaults(draft.items) },
    outdated: outdatedTranslations(draft.items),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const id = params.agreementId ?? "";
  const submission = await parseForm(request, draftSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: submission.status ? 400 : 200 });
  try {
    await updateDraft(actor, id, submission.value);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect(`/afspraken/${id}?bewaard=1`);
}

export default function EditAgreement() {
  const { t } = useTranslation("agreements");
  const { draft, outdated } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  return (
    <>
      <PageTitle intro={`${draft.building.name} · ${draft.space.name} · ${t("version", { number: draft.number })}`}>{t("form.editTitle")}</PageTitle>
      {draft.status !== "draft" ? <Notice tone="error">{t("errors.notAllowedNow")}</Notice> : null}
      <AgreementForm
        schema={draftSchema}
        lastResult={actionData?.result}
        defaultValue={{ reviewDate: draft.reviewDate, quorumPercent: String(draft.quorumPercent), items: draft.items }}
        submitLabel={t("form.save")}
        outdated={outdated}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
