import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { languageName } from "~/features/help/components/reason-list";
import { approveVolunteer } from "~/features/help/mutations.server";
import { can } from "~/features/help/permissions";
import { listVolunteersForStaff } from "~/features/help/queries.server";
import { approveSchema } from "~/features/help/schema";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:volunteers.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "coordinate")) throw forbidden();
  const volunteers = await listVolunteersForStaff(actor);
  return { volunteers: volunteers.map((v) => ({ ...v, mayApprove: v.hasProfile && !v.approvedAt && can(actor, "approveVolunteer", { neighbourhoodIds: v.serves }) })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "coordinate")) throw forbidden();
  const submission = await parseForm(request, approveSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await approveVolunteer(actor, submission.value.volunteerId);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect(`/hulp/vrijwilligers?goedgekeurd=${encodeURIComponent(submission.value.volunteerId)}`);
}

export default function Volunteers() {
  const { t, i18n } = useTranslation("help");
  const { volunteers } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const approvedName = volunteers.find((v) => v.id === searchParams.get("goedgekeurd"))?.name;
  return (
    <>
      <PageTitle intro={t("volunteers.intro")}>{t("volunteers.title")}</PageTitle>
      {approvedName ? <Notice tone="success">{t("volunteers.approvedNotice", { name: approvedName })}</Notice> : null}
      <ul className="space-y-3">
        {volunteers.map((v) => (
          <li key={v.id}>
            <Card className="space-y-2">
              <h2 className="text-xl font-semibold">{v.name}</h2>
              {v.hasProfile ? (
                <p className="text-base">
                  {v.skills.map((kind) => t(`kinds.${kind}`)).join(", ")}
                  {v.languages.length > 0 ? ` · ${v.languages.map((code) => languageName(code, i18n.language)).join(", ")}` : ""}
                </p>
              ) : (
                <p className="text-base">{t("volunteers.noProfile")}</p>
              )}
              {v.approvedAt ? (
                <p className="text-base text-green-900">{t("volunteers.approvedBy", { name: v.approvedBy ?? "" })}</p>
              ) : v.mayApprove ? (
                <Form method="post" className="flex items-center justify-between gap-2">
                  <span className="text-base font-semibold text-amber-900">{t("volunteers.waiting")}</span>
                  <input type="hidden" name="volunteerId" value={v.id} />
                  <Button aria-label={`${t("volunteers.approve")}: ${v.name}`}>{t("volunteers.approve")}</Button>
                </Form>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
