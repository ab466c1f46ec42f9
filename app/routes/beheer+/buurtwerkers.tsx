import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { staffAssignmentSchema } from "~/features/accounts/schema";
import { assignStaff, endAssignment, listStaffAssignments } from "~/features/accounts/staff.server";
import { requireAdmin } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { useIntentForm } from "~/utils/intent-form";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "staff.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const { staff, neighbourhoods } = await listStaffAssignments(admin);
  return {
    neighbourhoods,
    staff: staff.map((person) => ({
      ...person,
      staffAssignments: person.staffAssignments.map((a) => ({ ...a, endsAt: a.endsAt?.toISOString().slice(0, 10) ?? null })),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const submission = await parseForm(request, staffAssignmentSchema);
  if (submission.status !== "success") {
    return Response.json({ intent: submission.payload.intent, subject: submission.payload.userId, result: submission.reply() }, { status: 400 });
  }
  const value = submission.value;
  if (value.intent === "assign") await assignStaff(admin, value);
  else await endAssignment(admin, value.assignmentId);
  return redirect("/beheer/buurtwerkers?opgeslagen=1", 303);
}

export default function StaffAssignments() {
  const { t } = useTranslation();
  const { staff, neighbourhoods } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageTitle intro={t("staff.intro")}>{t("staff.title")}</PageTitle>
      {searchParams.get("opgeslagen") ? <Notice tone="success">{t("staff.saved")}</Notice> : null}
      <ul className="space-y-4">
        {staff.map((person) => (
          <li key={person.id}>
            <Card className="space-y-3">
              <h2 className="text-2xl font-bold">{person.displayName}</h2>
              {person.staffAssignments.length === 0 ? <p>{t("staff.none")}</p> : null}
              <ul className="space-y-2">
                {person.staffAssignments.map((assignment) => (
                  <li key={assignment.id} className="flex items-center justify-between gap-3">
                    <span className="font-semibold">
                      {assignment.neighbourhood.name}
                      {assignment.endsAt ? ` (${t("staff.until", { date: assignment.endsAt })})` : ""}
                    </span>
                    <Form method="post">
                      <input type="hidden" name="intent" value="end" />
                      <input type="hidden" name="assignmentId" value={assignment.id} />
                      <Button variant="secondary" aria-label={`${t("staff.end")}: ${person.displayName}, ${assignment.neighbourhood.name}`}>
                        {t("staff.end")}
                      </Button>
                    </Form>
                  </li>
                ))}
              </ul>
              <AssignForm userId={person.id} neighbourhoods={neighbourhoods} />
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

function AssignForm({ userId, neighbourhoods }: { userId: string; neighbourhoods: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [form, fields] = useIntentForm<{ neighbourhoodId: string; until: string }>("assign", staffAssignmentSchema, { subject: userId });
  return (
    <Form method="post" className="space-y-3 border-t border-ink/10 pt-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="assign" />
      <input type="hidden" name="userId" value={userId} />
      <ErrorList id={form.errorId} errors={form.errors} />
      <SelectField label={t("staff.neighbourhood")} errors={fields.neighbourhoodId.errors} {...getSelectProps(fields.neighbourhoodId)}>
        <option value="">—</option>
        {neighbourhoods.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
          </option>
        ))}
      </SelectField>
      <Field label={t("staff.temporary")} errors={fields.until.errors} {...getInputProps(fields.until, { type: "date" })} />
      <Button className="w-full">{t("staff.assign")}</Button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
