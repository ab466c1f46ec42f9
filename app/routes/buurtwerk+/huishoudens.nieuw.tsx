import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field } from "~/components/ui/field";
import { PageTitle } from "~/components/ui/page";
import { AddressFields } from "~/features/outreach/components/address-fields";
import { Choices } from "~/features/outreach/components/choices";
import { useOutreachLabels } from "~/features/outreach/components/labels";
import { createHousehold } from "~/features/outreach/mutations.server";
import { can } from "~/features/outreach/permissions";
import { workPlaces } from "~/features/outreach/queries.server";
import { newHouseholdSchema } from "~/features/outreach/schema";
import { householdLanguages } from "~/features/outreach/vocabulary";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:newHousehold.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  return { places: await workPlaces(actor) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const submission = await parseForm(request, newHouseholdSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const household = await createHousehold(actor, submission.value);
    return redirect(`/buurtwerk/huishoudens/${household.id}${household.existed ? "?gekend=1" : ""}`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function NewHousehold() {
  const { t } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const { places } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { neighbourhoodId: places.length === 1 ? places[0]?.id : undefined },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newHouseholdSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <PageTitle intro={t("newHousehold.intro")}>{t("newHousehold.title")}</PageTitle>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        <AddressFields fields={fields} places={places} />
        <Choices
          legend={t("newHousehold.languages")}
          name={fields.languages.name}
          columns={2}
          options={householdLanguages.map((code) => ({ value: code, label: labels.language(code) }))}
        />
        <Field
          label={t("newHousehold.memberName")}
          hint={t("common:form.optional")}
          errors={fields.memberName.errors}
          {...getInputProps(fields.memberName, { type: "text" })}
          autoComplete="off"
        />
        <Field
          label={t("newHousehold.memberPhone")}
          hint={t("common:form.optional")}
          errors={fields.memberPhone.errors}
          {...getInputProps(fields.memberPhone, { type: "tel" })}
          autoComplete="off"
        />
        <Button className="w-full">{t("newHousehold.save")}</Button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
