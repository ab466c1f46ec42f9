import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import type { SubmissionResult } from "@conform-to/react";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, SelectField } from "~/components/ui/field";
import { Card, PageTitle } from "~/components/ui/page";
import { ErasureSteps } from "~/features/privacy/components/erasure-steps";
import { eraseAccount } from "~/features/privacy/erase.server";
import { personForRights } from "~/features/privacy/queries.server";
import { deletionReasons } from "~/features/privacy/rules";
import { notFound } from "~/utils/app-error";
import { requireStaff } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "privacy:erase.title");

const staffEraseSchema = z.object({
  reason: z.enum(deletionReasons, { errorMap: () => ({ message: "common:form.invalidChoice" }) }),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const person = await personForRights(staff, params.residentId ?? "", "eraseFor");
  if (!person) throw notFound();
  return { name: person.displayName };
}

/** A buurtwerker deletes the account of someone registered at the desk, with a reason code for the admins' log. */
export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const submission = await parseForm(request, staffEraseSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  await eraseAccount(staff, params.residentId ?? "", { by: "staff", reason: submission.value.reason });
  return redirect("/onthaal?verwijderd=1", 303);
}

export default function EraseDeskPerson() {
  const { t } = useTranslation("privacy");
  const { name } = useLoaderData<typeof loader>();
  const lastResult = useActionData<{ result: SubmissionResult<string[]> }>()?.result;
  const [form, fields] = useForm<{ reason: string }>({ lastResult, shouldValidate: "onSubmit" });
  return (
    <>
      <PageTitle intro={t("erase.staffIntro")}>{t("erase.staffTitle", { name })}</PageTitle>
      <Card className="space-y-4">
        <ErasureSteps />
        <Form method="post" className="space-y-4" {...getFormProps(form)}>
          <ErrorList id={form.errorId} errors={form.errors} />
          <SelectField label={t("erase.reason")} errors={fields.reason.errors} {...getSelectProps(fields.reason)} required>
            <option value="">—</option>
            {deletionReasons.map((reason) => (
              <option key={reason} value={reason}>
                {t(`erase.reasons.${reason}`)}
              </option>
            ))}
          </SelectField>
          <Button variant="danger" className="w-full">
            {t("erase.button")}
          </Button>
        </Form>
      </Card>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
