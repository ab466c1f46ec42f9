import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { Notice, PageTitle } from "~/components/ui/page";
import { EmailTakenError, registerResident } from "~/features/accounts/mutations.server";
import { listPlaces } from "~/features/accounts/queries.server";
import { assistedRegistrationSchema } from "~/features/accounts/schema";
import { requireStaff } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { localeNames, supportedLocales } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "desk.register");

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  return { places: await listPlaces(staff) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const submission = await parseForm(request, assistedRegistrationSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const resident = await registerResident(staff, submission.value);
    return Response.json({ result: submission.reply({ resetForm: true }), registered: resident });
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    return Response.json({ result: submission.reply({ fieldErrors: { email: ["common:desk.emailTaken"] } }) }, { status: 400 });
  }
}

type ActionData = {
  result: SubmissionResult<string[]>;
  registered?: { id: string; displayName: string };
};

export default function RegisterResident() {
  const { t } = useTranslation();
  const { places } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: constraintOf(assistedRegistrationSchema),
    defaultValue: { locale: "nl" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: assistedRegistrationSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <PageTitle intro={t("desk.registerIntro")}>{t("desk.register")}</PageTitle>
      {actionData?.registered ? (
        <Notice tone="success">
          <p>{t("desk.registered", { name: actionData.registered.displayName })}</p>
          <Form method="post" action="/namens" className="mt-2">
            <input type="hidden" name="residentId" value={actionData.registered.id} />
            <Button variant="secondary">{t("actingFor.start", { name: actionData.registered.displayName })}</Button>
          </Form>
        </Notice>
      ) : null}
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field label={t("me.name")} errors={fields.displayName.errors} {...getInputProps(fields.displayName, { type: "text" })} />
        <Field label={t("me.phone")} hint={t("form.optional")} errors={fields.phone.errors} {...getInputProps(fields.phone, { type: "tel" })} />
        <Field label={t("me.email")} hint={t("form.optional")} errors={fields.email.errors} {...getInputProps(fields.email, { type: "email" })} />
        <SelectField label={t("me.language")} errors={fields.locale.errors} {...getSelectProps(fields.locale)}>
          {supportedLocales.map((locale) => (
            <option key={locale} value={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("desk.building")} errors={fields.buildingId.errors} {...getSelectProps(fields.buildingId)}>
          <option value="">{t("desk.noBuilding")}</option>
          {places.map((neighbourhood) => (
            <optgroup key={neighbourhood.id} label={neighbourhood.name}>
              {neighbourhood.buildings.map((building) => (
                <option key={building.id} value={building.id}>
                  {building.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <Field label={t("desk.unit")} hint={t("form.optional")} errors={fields.unit.errors} {...getInputProps(fields.unit, { type: "text" })} />
        <SelectField label={t("desk.neighbourhood")} errors={fields.neighbourhoodId.errors} {...getSelectProps(fields.neighbourhoodId)}>
          <option value="">-</option>
          {places.map((neighbourhood) => (
            <option key={neighbourhood.id} value={neighbourhood.id}>
              {neighbourhood.name}
            </option>
          ))}
        </SelectField>
        <Field label={t("desk.address")} hint={t("form.optional")} errors={fields.address.errors} {...getInputProps(fields.address, { type: "text" })} autoComplete="off" />
        <Button className="w-full">{t("desk.register")}</Button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
