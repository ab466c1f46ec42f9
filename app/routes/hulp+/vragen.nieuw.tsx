import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field, SelectField, TextareaField } from "~/components/ui/field";
import { PageTitle } from "~/components/ui/page";
import { ChoiceGroup, SlotPicker, asList } from "~/features/help/components/choice-group";
import { languageName } from "~/features/help/components/reason-list";
import { createHelpRequest } from "~/features/help/mutations.server";
import { can } from "~/features/help/permissions";
import { listResidentsForStaff } from "~/features/help/queries.server";
import { helpRequestSchema } from "~/features/help/schema";
import { helpKinds, helpLanguages, recurrences, urgencies } from "~/features/help/vocabulary";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:request.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  // A buurtwerker working as themselves records the request for a resident of their neighbourhoods.
  const isStaff = !can(actor, "askForHelp");
  return { isStaff, residents: isStaff ? await listResidentsForStaff(actor) : [], defaultLanguage: actor.user.locale };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const submission = await parseForm(request, helpRequestSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    const created = await createHelpRequest(actor, submission.value);
    return redirect(`/hulp/vragen/${created.id}?bewaard=1`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function NewHelpRequest() {
  const { t, i18n } = useTranslation("help");
  const { isStaff, residents, defaultLanguage } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: constraintOf(helpRequestSchema),
    defaultValue: { recurrence: "once", urgency: "normal", languages: [defaultLanguage] },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: helpRequestSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <PageTitle intro={t(isStaff ? "request.newForIntro" : "request.newIntro")}>{t(isStaff ? "request.newForTitle" : "request.newTitle")}</PageTitle>
      <Form method="post" className="space-y-6" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        {isStaff ? (
          <SelectField label={t("request.resident")} errors={fields.residentId.errors} {...getSelectProps(fields.residentId)}>
            <option value="">{t("request.pickResident")}</option>
            {residents.map((resident) => (
              <option key={resident.id} value={resident.id}>
                {resident.displayName}
                {resident.email ? "" : ` (${t("request.noEmail")})`}
              </option>
            ))}
          </SelectField>
        ) : null}
        <ChoiceGroup
          legend={t("request.kind")}
          name={fields.kind.name}
          type="radio"
          options={helpKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          selected={asList(fields.kind.initialValue)}
          errors={fields.kind.errors}
        />
        <TextareaField
          label={t("request.description")}
          hint={t("request.descriptionHint")}
          errors={fields.description.errors}
          {...getTextareaProps(fields.description)}
        />
        <ChoiceGroup
          legend={t("request.recurrence")}
          name={fields.recurrence.name}
          type="radio"
          columns={2}
          options={recurrences.map((value) => ({ value, label: t(`recurrence.${value}`) }))}
          selected={asList(fields.recurrence.initialValue)}
          errors={fields.recurrence.errors}
        />
        <Field label={t("request.dateFrom")} hint={t("request.dateFromHint")} errors={fields.dateFrom.errors} {...getInputProps(fields.dateFrom, { type: "date" })} />
        <Field label={t("request.dateUntil")} hint={t("request.dateUntilHint")} errors={fields.dateUntil.errors} {...getInputProps(fields.dateUntil, { type: "date" })} />
        <SlotPicker legend={t("request.times")} hint={t("request.timesHint")} name={fields.times.name} selected={asList(fields.times.initialValue)} errors={fields.times.errors} />
        <ChoiceGroup
          legend={t("request.languages")}
          name={fields.languages.name}
          columns={2}
          options={helpLanguages.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
          selected={asList(fields.languages.initialValue)}
          errors={fields.languages.errors}
        />
        <ChoiceGroup
          legend={t("request.urgency")}
          name={fields.urgency.name}
          type="radio"
          options={urgencies.map((value) => ({ value, label: t(`urgency.${value}`) }))}
          selected={asList(fields.urgency.initialValue)}
          errors={fields.urgency.errors}
        />
        <label className="flex min-h-tap cursor-pointer items-center gap-3 text-lg">
          <input type="checkbox" name={fields.meetAtWijkhuis.name} value="on" defaultChecked={fields.meetAtWijkhuis.initialValue === "on"} className="h-6 w-6 shrink-0 accent-brand" />
          <span>{t("request.meetAtWijkhuis")}</span>
        </label>
        <Button className="w-full">{t("request.submit")}</Button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
