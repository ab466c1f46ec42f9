// One intake at the desk (issue 17): the person tells their story once. The household and the person are registered
// (or found), the question is written down in their words, and it goes where it should: koffie en papieren, a buddy,
// follow-up, or a partner. The household's page shows it to whoever sees them next.
import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Card, PageTitle } from "~/components/ui/page";
import { helpKinds } from "~/features/help/vocabulary";
import { AddressFields } from "~/features/outreach/components/address-fields";
import { Choices } from "~/features/outreach/components/choices";
import { useOutreachLabels } from "~/features/outreach/components/labels";
import { takeIntake } from "~/features/outreach/mutations.server";
import { can } from "~/features/outreach/permissions";
import { intakeFormData } from "~/features/outreach/queries.server";
import { intakeSchema } from "~/features/outreach/schema";
import {
  consentItems,
  consentMethods,
  householdLanguages,
  intakeRoutes,
} from "~/features/outreach/vocabulary";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { idempotencyKeyFrom } from "~/utils/idempotency.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:intake.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const search = new URL(request.url).searchParams;
  return intakeFormData(actor, { householdId: search.get("huishouden"), residentId: search.get("bewoner") });
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const submission = await parseForm(request, intakeSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const { householdId } = await takeIntake(actor, submission.value, {
      idempotencyKey: idempotencyKeyFrom(submission.payload),
    });
    return redirect(`/buurtwerk/huishoudens/${householdId}?klaar=intake`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function Intake() {
  const { t } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const { places, partners, household, resident } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: {
      neighbourhoodId: resident?.neighbourhoodId ?? (places.length === 1 ? places[0]?.id : undefined),
      buildingId: resident?.buildingId ?? undefined,
      unit: resident?.unit || undefined,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: intakeSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <PageTitle intro={t("intake.intro")}>{t("intake.title")}</PageTitle>
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <IdempotencyKeyInput />
        <ErrorList id={form.errorId} errors={form.errors} />
        {resident ? <input type="hidden" name="residentId" value={resident.id} /> : null}

        <Card className="space-y-4">
          <h2 className="text-2xl font-bold">{t("intake.who")}</h2>
          {resident ? <p className="text-xl font-semibold">{resident.name}</p> : null}
          {household ? (
            <>
              <input type="hidden" name="householdId" value={household.id} />
              <p className="text-lg">{household.address}</p>
              {!resident && household.members.length ? (
                <Choices
                  type="radio"
                  legend={t("intake.whichMember")}
                  name="memberId"
                  errors={fields.memberId.errors}
                  options={household.members.map((m) => ({ value: m.id, label: m.name }))}
                />
              ) : null}
            </>
          ) : (
            <>
              <AddressFields fields={fields} places={places} />
            </>
          )}
          {!resident ? (
            <>
              <Field
                label={household?.members.length ? t("intake.someoneElse") : t("intake.name")}
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
            </>
          ) : null}
          <Choices
            legend={t("newHousehold.languages")}
            name={fields.languages.name}
            columns={2}
            options={householdLanguages.map((code) => ({ value: code, label: labels.language(code) }))}
          />
        </Card>

        <Card className="space-y-4">
          <TextareaField
            label={t("intake.question")}
            hint={t("intake.questionHint")}
            maxLength={1000}
            errors={fields.question.errors}
            {...getTextareaProps(fields.question)}
          />
          <Choices
            legend={t("household.consent")}
            name="consent"
            errors={fields.consent.errors}
            options={consentItems.map((item) => ({ value: item, label: t(`consent.items.${item}`) }))}
          />
          <Choices
            type="radio"
            legend={t("household.consentMethod")}
            name="consentMethod"
            columns={2}
            errors={fields.consentMethod.errors}
            options={consentMethods.map((method) => ({
              value: method,
              label: t(`consent.methods.${method}`),
            }))}
          />
        </Card>

        <Card className="space-y-4">
          <Choices
            type="radio"
            legend={t("intake.route")}
            hint={t("intake.routeHint")}
            name="route"
            errors={fields.route.errors}
            options={intakeRoutes.map((route) => ({
              value: route,
              label: (
                <>
                  <span className="block font-semibold">{t(`intake.routes.${route}`)}</span>
                  <span className="block text-ink/70">{t(`intake.routeHints.${route}`)}</span>
                </>
              ),
            }))}
          />
          <SelectField
            label={t("intake.helpKind")}
            errors={fields.helpKind.errors}
            {...getSelectProps(fields.helpKind)}
          >
            <option value="">-</option>
            {helpKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`help:kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("intake.partner")}
            errors={fields.partnerId.errors}
            {...getSelectProps(fields.partnerId)}
          >
            <option value="">-</option>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.name}
              </option>
            ))}
          </SelectField>
        </Card>
        <Button className="w-full">{t("intake.save")}</Button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
