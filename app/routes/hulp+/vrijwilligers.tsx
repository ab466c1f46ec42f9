import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { languageName } from "~/features/help/components/reason-list";
import { approveVolunteer } from "~/features/help/mutations.server";
import { listVolunteersForStaff } from "~/features/help/queries.server";
import { requireStaff } from "~/utils/auth.server";
import { readForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:volunteers.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return { volunteers: await listVolunteersForStaff() };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const form = await readForm(request);
  const volunteerId = String(form.get("volunteerId") ?? "");
  if (!(await approveVolunteer(staff.signedIn.id, volunteerId))) throw new Response("Not found", { status: 404 });
  return { approvedId: volunteerId };
}

export default function Volunteers() {
  const { t, i18n } = useTranslation("help");
  const { volunteers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const approvedName = volunteers.find((v) => v.id === actionData?.approvedId)?.name;
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
              ) : v.hasProfile ? (
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
