import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field } from "~/components/ui/field";
import { Notice, PageTitle } from "~/components/ui/page";
import { ChoiceGroup, SlotPicker, asList } from "~/features/help/components/choice-group";
import { languageName } from "~/features/help/components/reason-list";
import { saveVolunteerProfile } from "~/features/help/mutations.server";
import { can } from "~/features/help/permissions";
import { getVolunteerProfile } from "~/features/help/queries.server";
import { listNeighbourhoods } from "~/features/homes/queries.server";
import { volunteerProfileSchema } from "~/features/help/schema";
import { helpKinds, helpLanguages } from "~/features/help/vocabulary";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:profile.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const [profile, neighbourhoods] = await Promise.all([getVolunteerProfile(actor), listNeighbourhoods()]);
  return { profile, neighbourhoods, locale: actor.user.locale, mayKeep: can(actor, "keepProfile") };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const submission = await parseForm(request, volunteerProfileSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await saveVolunteerProfile(actor, submission.value);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect("/hulp/vrijwilliger?bewaard=1");
}

export default function VolunteerProfilePage() {
  const { t, i18n } = useTranslation("help");
  const { profile, neighbourhoods, locale, mayKeep } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]> }>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: constraintOf(volunteerProfileSchema),
    defaultValue: profile
      ? { ...profile, pausedUntil: profile.pausedUntil ?? undefined }
      : { languages: [locale], maxDistanceMeters: 1000, maxTasks: 2 },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: volunteerProfileSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <PageTitle intro={t("profile.intro")}>{t("profile.title")}</PageTitle>
      {searchParams.get("bewaard") ? <Notice tone="success">{t("profile.saved")}</Notice> : null}
      {profile?.approvedAt ? (
        <Notice tone="success">{t("profile.approved", { name: profile.approvedBy ?? "" })}</Notice>
      ) : (
        <Notice>{t("profile.waiting")}</Notice>
      )}
      <Form method="post" className="space-y-6" {...getFormProps(form)}>
        <ErrorList id={form.errorId} errors={form.errors} />
        <ChoiceGroup
          legend={t("profile.skills")}
          name={fields.skills.name}
          options={helpKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          selected={asList(fields.skills.initialValue)}
          errors={fields.skills.errors}
        />
        <ChoiceGroup
          legend={t("profile.languages")}
          name={fields.languages.name}
          columns={2}
          options={helpLanguages.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
          selected={asList(fields.languages.initialValue)}
          errors={fields.languages.errors}
        />
        <SlotPicker legend={t("profile.availability")} name={fields.availability.name} selected={asList(fields.availability.initialValue)} errors={fields.availability.errors} />
        <ChoiceGroup
          legend={t("profile.neighbourhoods")}
          name={fields.neighbourhoods.name}
          options={neighbourhoods.map((n) => ({ value: n.id, label: n.name }))}
          selected={asList(fields.neighbourhoods.initialValue)}
          errors={fields.neighbourhoods.errors}
        />
        <Field label={t("profile.maxDistance")} hint={t("profile.maxDistanceHint")} errors={fields.maxDistanceMeters.errors} {...getInputProps(fields.maxDistanceMeters, { type: "number" })} inputMode="numeric" />
        <Field label={t("profile.maxTasks")} errors={fields.maxTasks.errors} {...getInputProps(fields.maxTasks, { type: "number" })} inputMode="numeric" />
        <Field label={t("profile.pausedUntil")} hint={t("profile.pausedUntilHint")} errors={fields.pausedUntil.errors} {...getInputProps(fields.pausedUntil, { type: "date" })} />
        {mayKeep ? <Button className="w-full">{t("profile.save")}</Button> : null}
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
