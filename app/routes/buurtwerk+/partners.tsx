// The partner services of a neighbourhood (housing company, OCMW, CAW, VDAB, Huis van het Kind...): the organisation's
// own contact details, for referring people and for the signals note.
import {
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { NeighbourhoodSelect } from "~/features/outreach/components/neighbourhood-select";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { addPartner } from "~/features/outreach/mutations.server";
import { can } from "~/features/outreach/permissions";
import { listPartners, workPlaces } from "~/features/outreach/queries.server";
import { partnerSchema } from "~/features/outreach/schema";
import { partnerKinds } from "~/features/outreach/vocabulary";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:partners.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const [partners, places] = await Promise.all([listPartners(actor), workPlaces(actor)]);
  return { partners, places: places.map((p) => ({ id: p.id, name: p.name })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const submission = await parseForm(request, partnerSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await addPartner(actor, submission.value);
    return redirect("/buurtwerk/partners?klaar=1");
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function Partners() {
  const { t } = useTranslation("outreach");
  const { partners, places } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { neighbourhoodId: places.length === 1 ? places[0]?.id : undefined },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: partnerSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <PageTitle intro={t("partners.intro")}>{t("partners.title")}</PageTitle>
      {searchParams.has("klaar") ? <Notice tone="success">{t("partners.added")}</Notice> : null}
      {partners.length === 0 ? <p className="mb-4">{t("partners.none")}</p> : null}
      <ul className="mb-6 space-y-2" data-testid="partners">
        {partners.map((partner) => (
          <li key={partner.id}>
            <Card className="space-y-1">
              <p className="text-xl font-semibold">{partner.name}</p>
              <p className="text-base text-ink/80">
                {t(`partners.kinds.${partner.kind}`)} · {partner.neighbourhood.name}
              </p>
              {partner.phone ? (
                <p>
                  <a href={`tel:${partner.phone.replace(/[^\d+]/g, "")}`}>{partner.phone}</a>
                </p>
              ) : null}
              {partner.email ? (
                <p className="break-words">
                  <a href={`mailto:${partner.email}`}>{partner.email}</a>
                </p>
              ) : null}
              {partner.address ? <p>{partner.address}</p> : null}
              {partner.note ? <p className="text-base text-ink/70">{partner.note}</p> : null}
            </Card>
          </li>
        ))}
      </ul>
      <details className="rounded-xl border border-ink/10 bg-white p-4 shadow-sm" open={Boolean(actionData)}>
        <summary className="flex min-h-tap cursor-pointer items-center text-xl font-bold">
          {t("partners.add")}
        </summary>
        <Form method="post" className="space-y-4 pt-3" {...getFormProps(form)}>
          <ErrorList id={form.errorId} errors={form.errors} />
          <NeighbourhoodSelect label={t("newHousehold.neighbourhood")} field={fields.neighbourhoodId} places={places} />
          <Field
            label={t("partners.name")}
            errors={fields.name.errors}
            {...getInputProps(fields.name, { type: "text" })}
          />
          <SelectField
            label={t("partners.kind")}
            errors={fields.kind.errors}
            {...getSelectProps(fields.kind)}
          >
            <option value="">-</option>
            {partnerKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`partners.kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("partners.phone")}
            hint={t("common:form.optional")}
            errors={fields.phone.errors}
            {...getInputProps(fields.phone, { type: "tel" })}
          />
          <Field
            label={t("partners.email")}
            hint={t("common:form.optional")}
            errors={fields.email.errors}
            {...getInputProps(fields.email, { type: "email" })}
          />
          <Field
            label={t("partners.address")}
            hint={t("common:form.optional")}
            errors={fields.address.errors}
            {...getInputProps(fields.address, { type: "text" })}
          />
          <Field
            label={t("partners.note")}
            hint={t("partners.noteHint")}
            errors={fields.note.errors}
            {...getInputProps(fields.note, { type: "text" })}
          />
          <Button className="w-full">{t("partners.save")}</Button>
        </Form>
      </details>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
