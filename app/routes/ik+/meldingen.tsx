import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { formatDay, formatTime } from "~/features/activities/format";
import { getMySignUps } from "~/features/activities/queries.server";
import { listNeighbourhoods } from "~/features/homes/queries.server";
import { can } from "~/features/activities/permissions";
import { settingsActionSchema, type preferencesSchema } from "~/features/activities/schema";
import { getOrCreateSettings, performSettingsAction } from "~/features/activities/settings.server";
import { requireActor } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { parseForm } from "~/utils/form.server";
import { isLocale } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:prefs.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const user = actor.user;
  const [settings, signUps, neighbourhoods] = await Promise.all([getOrCreateSettings(user.id), getMySignUps(user.id), listNeighbourhoods()]);
  const { calendarToken, ...prefs } = settings;
  return {
    prefs,
    // The private feed address is the resident's secret: a buurtwerker acting for them does not see it.
    feedUrl: can(actor, "resetCalendar") ? new URL(`/kalender/${calendarToken}.ics`, env.APP_URL).toString() : null,
    neighbourhoodFeeds: neighbourhoods.map((n) => ({ name: n.name, url: new URL(`/kalender/wijk/${n.slug}.ics`, env.APP_URL).toString() })),
    signUps,
  };
}

type ActionData = { result?: SubmissionResult<string[]> };

/** Two forms: what to receive, and a new private calendar address. Both answer with the page again (post/redirect/get). */
export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const submission = await parseForm(request, settingsActionSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  await performSettingsAction(actor, submission.value);
  return redirect(`/ik/meldingen?klaar=${submission.value.intent === "resetCalendar" ? "nieuwe-link" : "bewaard"}`);
}

function Check({ label, ...props }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="flex min-h-tap items-center gap-3 text-lg">
      <input className="size-6 shrink-0 accent-brand" {...props} />
      <span>{label}</span>
    </label>
  );
}

export default function Notifications() {
  const { t, i18n } = useTranslation("activities");
  const locale = isLocale(i18n.language) ? i18n.language : "nl";
  const { prefs, feedUrl, neighbourhoodFeeds, signUps } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const done = useSearchParams()[0].get("klaar");
  const on = (value: boolean) => (value ? "on" : "");
  const [form, fields] = useForm<z.input<typeof preferencesSchema>>({
    id: "prefs",
    lastResult: actionData?.result,
    defaultValue: { confirmations: on(prefs.confirmations), reminders: on(prefs.reminders), changes: on(prefs.changes), digest: on(prefs.digest) },
  });
  return (
    <>
      <PageTitle intro={t("prefs.intro")}>{t("prefs.title")}</PageTitle>
      {done === "bewaard" ? <Notice tone="success">{t("prefs.saved")}</Notice> : null}
      <Form method="post" className="space-y-2" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save" />
        <Check label={t("prefs.confirmations")} {...getInputProps(fields.confirmations, { type: "checkbox" })} />
        <Check label={t("prefs.reminders")} {...getInputProps(fields.reminders, { type: "checkbox" })} />
        <Check label={t("prefs.changes")} {...getInputProps(fields.changes, { type: "checkbox" })} />
        <Check label={t("prefs.digest")} {...getInputProps(fields.digest, { type: "checkbox" })} />
        <Button className="w-full">{t("prefs.save")}</Button>
      </Form>
      <Card className="mt-6 space-y-3">
        <h2 className="text-xl font-bold">{t("calendar.personal")}</h2>
        <p>{t("calendar.personalHint")}</p>
        {done === "nieuwe-link" ? <Notice tone="success">{t("calendar.resetDone")}</Notice> : null}
        {feedUrl ? (
          <>
            <p className="break-all rounded-lg bg-paper p-2 font-mono text-base" data-testid="feed-url">
              {feedUrl}
            </p>
            <Form method="post">
              <input type="hidden" name="intent" value="resetCalendar" />
              <Button variant="secondary" className="w-full">
                {t("calendar.reset")}
              </Button>
            </Form>
          </>
        ) : (
          <p className="rounded-lg bg-paper p-2">{t("calendar.hiddenWhileActing")}</p>
        )}
        <ul className="space-y-1">
          {neighbourhoodFeeds.map((feed) => (
            <li key={feed.url}>
              <a href={feed.url} className="inline-flex min-h-tap items-center">
                {t("calendar.neighbourhood", { name: feed.name })}
              </a>
            </li>
          ))}
        </ul>
      </Card>
      <section className="mt-6 space-y-2">
        <h2 className="text-xl font-bold">{t("prefs.mySignUps")}</h2>
        {signUps.length === 0 ? <p>{t("prefs.noSignUps")}</p> : null}
        <ul className="space-y-1">
          {signUps.map((s) => (
            <li key={s.id}>
              <Link to={`/activiteiten/${s.occurrence.id}`} className="inline-flex min-h-tap items-center">
                {s.occurrence.activity.title}, {formatDay(s.occurrence.startsAt, locale)} {formatTime(s.occurrence.startsAt, locale)}
                {s.status === "waitlisted" ? ` (${t("attendees.waitlisted")})` : ""}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
