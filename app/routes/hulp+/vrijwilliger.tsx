import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field } from "~/components/ui/field";
import { Notice, PageTitle } from "~/components/ui/page";
import { ChoiceGroup, SlotPicker, asList } from "~/features/help/components/choice-group";
import { languageName } from "~/features/help/components/reason-list";
import { saveVolunteerProfile } from "~/features/help/mutations.server";
import { getVolunteerProfile, listNeighbourhoods } from "~/features/help/queries.server";
import { volunteerProfileSchema } from "~/features/help/schema";
import { helpKinds, helpLanguages } from "~/features/help/vocabulary";
import { requireActor } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:profile.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = (await requireActor(request)).user;
  const [profile, neighbourhoods] = await Promise.all([getVolunteerProfile(user.id), listNeighbourhoods()]);
  return { profile, neighbourhoods, locale: user.locale };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = (await requireActor(request)).user;
  const submission = await parseForm(request, volunteerProfileSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  await saveVolunteerProfile(user.id, submission.value);
  return Response.json({ result: submission.reply(), saved: true });
}

export default function VolunteerProfilePage() {
  const { t, i18n } = useTranslation("help");
  const { profile, neighbourhoods, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ result: SubmissionResult<string[]>; saved?: boolean }>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(volunteerProfileSchema),
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
      {actionData?.saved ? <Notice tone="success">{t("profile.saved")}</Notice> : null}
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
        <Button className="w-full">{t("profile.save")}</Button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
