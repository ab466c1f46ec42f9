import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { updateProfile } from "~/features/accounts/mutations.server";
import { getProfile, listActedFor } from "~/features/accounts/queries.server";
import { formatMoment } from "~/utils/dates";
import { getLocale } from "~/utils/i18n.server";
import { profileSchema } from "~/features/accounts/schema";
import { getActor, requireActor } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { idempotencyKeyFrom, runOnce } from "~/utils/idempotency.server";
import { localeNames, supportedLocales } from "~/utils/i18n";
import { localeCookie } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "me.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  if (!actor) return { profile: null, actedFor: [] };
  const [profile, actedFor, locale] = await Promise.all([getProfile(actor.user.id), listActedFor(actor.user.id), getLocale(request)]);
  if (!profile) throw new Response("Not found", { status: 404 });
  const when = (date: Date) => formatMoment(date, locale);
  return {
    profile,
    actedFor: actedFor.map((session) => ({
      id: session.id,
      staff: session.staff.displayName,
      when: when(session.startedAt),
      events: session.events.map((event) => ({ id: event.id, action: event.action.replace(".", "_"), subject: event.subject })),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const submission = await parseForm(request, profileSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  // Queued offline and replayed later, maybe twice: the key makes it one change (issue 6).
  await runOnce(idempotencyKeyFrom(submission.payload), actor.user.id, (tx) => updateProfile(actor, submission.value, tx));
  return Response.json(
    { result: submission.reply(), saved: true },
    { headers: { "Set-Cookie": await localeCookie.serialize(submission.value.locale) } },
  );
}

type ActionData = { result: SubmissionResult<string[]>; saved?: boolean };

export default function Me() {
  const { profile, actedFor } = useLoaderData<typeof loader>();
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
  return (
    <>
      <Profile profile={profile} />
      <ActedFor sessions={actedFor} />
      <Card className="mt-6 space-y-1">
        <h2 className="text-xl font-bold">{t("me.dataTitle")}</h2>
        <ul>
          <li>
            <Link to="/ik/gegevens" className="inline-flex min-h-tap items-center">
              {t("me.dataLink")}
            </Link>
          </li>
          <li>
            <Link to="/privacy" className="inline-flex min-h-tap items-center">
              {t("me.privacyLink")}
            </Link>
          </li>
          <li>
            <Link to="/ik/verwijderen" className="inline-flex min-h-tap items-center">
              {t("me.deleteLink")}
            </Link>
          </li>
        </ul>
      </Card>
    </>
  );
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

/** Who did what for this person while acting for them (ActingSession, ActingEvent). */
function ActedFor({ sessions }: { sessions: { id: string; staff: string; when: string; events: { id: string; action: string; subject: string }[] }[] }) {
  const { t } = useTranslation();
  return (
    <Card className="mt-6 space-y-3">
      <h2 className="text-xl font-bold">{t("actedFor.title")}</h2>
      <p className="text-base text-ink/80">{t("actedFor.intro")}</p>
      {sessions.length === 0 ? <p>{t("actedFor.none")}</p> : null}
      <ul className="space-y-3">
        {sessions.map((session) => (
          <li key={session.id} className="border-t border-ink/10 pt-2">
            <p className="font-semibold">{t("actedFor.session", { name: session.staff, when: session.when })}</p>
            {session.events.length === 0 ? <p className="text-base text-ink/80">{t("actedFor.nothingDone")}</p> : null}
            <ul className="list-disc ps-6 text-base">
              {session.events.map((event) => (
                <li key={event.id}>{t(`actedFor.actions.${event.action}`, { subject: event.subject })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
