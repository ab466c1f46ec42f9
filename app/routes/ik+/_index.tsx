import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { updateProfile } from "~/features/accounts/mutations.server";
import { getProfile } from "~/features/accounts/queries.server";
import { profileSchema } from "~/features/accounts/schema";
import { getViewer, requireUser } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { idempotencyKeyFrom, runOnce } from "~/utils/idempotency.server";
import { localeNames, supportedLocales } from "~/utils/i18n";
import { localeCookie } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "me.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getViewer(request);
  if (!viewer) return { profile: null };
  const profile = await getProfile(viewer.user.id);
  if (!profile) throw new Response("Not found", { status: 404 });
  return { profile };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = await parseForm(request, profileSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  // Queued offline and replayed later, maybe twice: the key makes it one change (issue 6).
  await runOnce(idempotencyKeyFrom(submission.payload), user.id, (tx) => updateProfile(user.id, submission.value, tx));
  return Response.json(
    { result: submission.reply(), saved: true },
    { headers: { "Set-Cookie": await localeCookie.serialize(submission.value.locale) } },
  );
}

type ActionData = { result: SubmissionResult<string[]>; saved?: boolean };

export default function Me() {
  const { profile } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (!profile) {
    return (
      <>
        <PageTitle intro={t("me.signedOutText")}>{t("me.signedOutTitle")}</PageTitle>
        <LinkButton to="/inloggen?redirectTo=/ik" className="w-full">
          {t("actions.signIn")}
        </LinkButton>
      </>
    );
  }
  return <Profile profile={profile} />;
}

function Profile({ profile }: { profile: NonNullable<Awaited<ReturnType<typeof getProfile>>> }) {
  const { t } = useTranslation();
  const actionData = useActionData<ActionData>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(profileSchema),
    defaultValue: { displayName: profile.displayName, phone: profile.phone ?? "", locale: profile.locale },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <PageTitle intro={searchParams.has("welkom") ? t("me.welcome") : undefined}>{t("me.title")}</PageTitle>
      {actionData?.saved ? <Notice tone="success">{t("me.saved")}</Notice> : null}
      <Form method="post" className="space-y-5" {...getFormProps(form)}>
        <IdempotencyKeyInput />
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field label={t("me.name")} errors={fields.displayName.errors} {...getInputProps(fields.displayName, { type: "text" })} autoComplete="name" />
        <Field
          label={t("me.phone")}
          hint={t("form.optional")}
          errors={fields.phone.errors}
          {...getInputProps(fields.phone, { type: "tel" })}
          autoComplete="tel"
        />
        <SelectField label={t("me.language")} errors={fields.locale.errors} {...getSelectProps(fields.locale)}>
          {supportedLocales.map((locale) => (
            <option key={locale} value={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </SelectField>
        <Button className="w-full">{t("actions.save")}</Button>
      </Form>
      <Card className="mt-6 space-y-2">
        {profile.email ? (
          <p>
            <span className="font-semibold">{t("me.email")}:</span> {profile.email}
          </p>
        ) : null}
        <p>
          <span className="font-semibold">{t("me.roles")}:</span>{" "}
          {profile.roles.map((r) => t(`roles.${r.role}`)).join(", ")}
        </p>
        {profile.residences.map((residence) => (
          <p key={residence.building.name}>
            {residence.building.name} {residence.unit} · {residence.building.neighbourhood.name}
          </p>
        ))}
        <p className="text-base text-ink/70">{t("me.privacy")}</p>
      </Card>
      <Form method="post" action="/uitloggen" className="mt-6">
        <Button variant="secondary" className="w-full">
          {t("actions.signOut")}
        </Button>
      </Form>
      <Form method="post" action="/uitloggen" className="mt-4 space-y-2">
        <p className="text-base text-ink/80">{t("me.signOutEverywhereHint")}</p>
        <input type="hidden" name="intent" value="everywhere" />
        <Button variant="secondary" className="w-full">
          {t("me.signOutEverywhere")}
        </Button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
