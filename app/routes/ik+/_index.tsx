import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { constraintOf } from "~/utils/form-constraint";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorList, Field, SelectField } from "~/components/ui/field";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { updateProfile } from "~/features/accounts/mutations.server";
import { getProfile, listActedFor } from "~/features/accounts/queries.server";
import { formatShortMoment } from "~/features/activities/format";
import { getMySignUps } from "~/features/activities/queries.server";
import { helpSummary } from "~/features/help/queries.server";
import { getHome } from "~/features/homes/queries.server";
import { formatMoment } from "~/components/ui/format";
import { getLocale } from "~/utils/i18n.server";
import { profileSchema } from "~/features/accounts/schema";
import { getActor, requireActor } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { idempotencyKeyFrom, runOnce } from "~/utils/idempotency.server";
import { localeNames, supportedLocales } from "~/utils/i18n";
import { localeCookie } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "nav.me");

/** The hub of everything about oneself: next sign-ups, help, where one lives, notifications, language, account. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  if (!actor) return { profile: null, actedFor: [] };
  const locale = await getLocale(request);
  const [profile, actedFor, signUps, help, home] = await Promise.all([
    getProfile(actor.user.id),
    listActedFor(actor.user.id),
    getMySignUps(actor.user.id, new Date(), { locale, take: 5 }),
    helpSummary(actor),
    getHome(actor.user.id),
  ]);
  if (!profile) throw new Response("Not found", { status: 404 });
  const when = (date: Date) => formatMoment(date, locale);
  return {
    // The roles as this request's Actor knows them (one query less than asking again).
    profile: { ...profile, roles: actor.user.roles },
    signUps: signUps.map((s) => ({ id: s.id, occurrenceId: s.occurrence.id, title: s.occurrence.activity.title, lang: s.occurrence.activity.lang, when: formatShortMoment(s.occurrence.startsAt, locale), waiting: s.status === "waitlisted" })),
    help,
    home,
    // Ending every session is the person's own step, not a buurtwerker's while helping them.
    maySignOutEverywhere: actor.acting === null,
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

type Hub = Exclude<ReturnType<typeof useLoaderData<typeof loader>>, { profile: null }>;

export default function Me() {
  const data = useLoaderData<typeof loader>();
  const { profile, actedFor } = data;
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (!profile || !("signUps" in data)) {
    return (
      <>
        <PageTitle intro={t("me.signedOutText")}>{t("me.signedOutTitle")}</PageTitle>
        <LinkButton to="/inloggen?redirectTo=/ik" className="w-full">
          {t("actions.signIn")}
        </LinkButton>
      </>
    );
  }
  const welcome = searchParams.has("welkom");
  return (
    <>
      <PageTitle intro={welcome ? t("me.welcome") : t("me.hubIntro")}>{t("me.hubTitle", { name: profile.displayName })}</PageTitle>
      {/* A new account first says how to call them; afterwards the hub comes first. */}
      {welcome ? <Profile profile={profile} /> : null}
      <div className="space-y-4">
        <NextSignUps signUps={data.signUps} />
        <MyHelp help={data.help} />
        <MyHome home={data.home} />
        <Card className="space-y-1">
          <h2 className="text-xl font-bold">{t("me.notificationsTitle")}</h2>
          <p className="text-base text-ink/80">{t("me.notificationsText")}</p>
          <Link to="/ik/meldingen" className="inline-flex min-h-tap items-center font-semibold">
            {t("me.notificationsLink")}
          </Link>
        </Card>
      </div>
      {welcome ? null : <Profile profile={profile} />}
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

function Profile({ profile }: { profile: Hub["profile"] }) {
  const { t } = useTranslation();
  const actionData = useActionData<ActionData>();
  const { maySignOutEverywhere } = useLoaderData<Hub>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: constraintOf(profileSchema),
    defaultValue: { displayName: profile.displayName, phone: profile.phone ?? "", locale: profile.locale },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <h2 className="mb-3 mt-8 text-2xl font-bold">{t("me.title")}</h2>
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
          {profile.roles.map((role) => t(`roles.${role}`)).join(", ")}
        </p>
        <p className="text-base text-ink/70">{t("me.privacy")}</p>
      </Card>
      <Form method="post" action="/uitloggen" className="mt-6">
        <Button variant="secondary" className="w-full">
          {t("actions.signOut")}
        </Button>
      </Form>
      {maySignOutEverywhere ? (
        <Form method="post" action="/uitloggen" className="mt-4 space-y-2">
          <p className="text-base text-ink/80">{t("me.signOutEverywhereHint")}</p>
          <input type="hidden" name="intent" value="everywhere" />
          <Button variant="secondary" className="w-full">
            {t("me.signOutEverywhere")}
          </Button>
        </Form>
      ) : null}
    </>
  );
}

/** The next few dates one signed up for, each a link to its page (where it is cancelled). */
function NextSignUps({ signUps }: { signUps: Hub["signUps"] }) {
  const { t } = useTranslation();
  return (
    <Card className="space-y-2">
      <h2 className="text-xl font-bold">{t("me.nextSignUps")}</h2>
      {signUps.length === 0 ? <p>{t("me.noSignUps")}</p> : null}
      <ul className="space-y-1" data-testid="next-sign-ups">
        {signUps.map((s) => (
          <li key={s.id}>
            <Link to={`/activiteiten/${s.occurrenceId}`} className="flex min-h-tap flex-col justify-center py-1">
              <span className="font-semibold" lang={s.lang} dir="auto">
                {s.title}
              </span>
              <span className="text-base text-ink/80 no-underline first-letter:uppercase">
                {s.when}
                {s.waiting ? ` · ${t("me.waiting")}` : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link to="/activiteiten" className="inline-flex min-h-tap items-center font-semibold">
        {t("me.findActivities")}
      </Link>
    </Card>
  );
}

function MyHelp({ help }: { help: Hub["help"] }) {
  const { t } = useTranslation();
  return (
    <Card className="space-y-1">
      <h2 className="text-xl font-bold">{t("me.helpTitle")}</h2>
      <p>{help.requests > 0 ? t("me.helpRequests", { count: help.requests }) : t("me.noHelpRequests")}</p>
      {help.tasks > 0 ? <p>{t("me.helpTasks", { count: help.tasks })}</p> : null}
      <Link to="/hulp" className="inline-flex min-h-tap items-center font-semibold">
        {t("me.helpLink")}
      </Link>
    </Card>
  );
}

/** Where one lives: the neighbourhood (for the weekly news) and the building, once the buurtwerker confirmed it. */
function MyHome({ home }: { home: Hub["home"] }) {
  const { t } = useTranslation();
  const request = home?.request;
  return (
    <Card className="space-y-1">
      <h2 className="text-xl font-bold">{t("residence.hubTitle")}</h2>
      {home?.neighbourhood ? <p>{t("residence.inNeighbourhood", { name: home.neighbourhood.name })}</p> : <p className="font-semibold">{t("residence.none")}</p>}
      {home?.buildings.map((residence) => (
        <p key={residence.building.id}>
          {residence.building.name} {residence.unit}
        </p>
      ))}
      {request?.status === "pending" ? <p className="text-base text-ink/80">{t("residence.waiting", { building: request.building.name, unit: request.unit })}</p> : null}
      {request?.status === "refused" ? <p className="text-base font-semibold text-red-800">{t("residence.refused", { building: request.building.name })}</p> : null}
      <Link to="/ik/woonplaats" className="inline-flex min-h-tap items-center font-semibold">
        {home?.neighbourhood ? t("residence.change") : t("residence.choose")}
      </Link>
    </Card>
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
