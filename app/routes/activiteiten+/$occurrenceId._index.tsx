import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { IdempotencyKeyInput } from "~/components/ui/idempotency-key";

import { Outcome } from "~/components/ui/outcome";
import { Card, Notice } from "~/components/ui/page";
import { PhoneLink } from "~/components/ui/phone-link";
import { PlacesLeft } from "~/features/activities/components/activity-card";
import { CategoryIcon } from "~/features/activities/components/category-icon";
import { SignUpForm } from "~/features/activities/components/sign-up-form";
import { OfflineQueuedNotice } from "~/features/pwa/components/offline-queued-notice";
import { signUpForm } from "~/features/activities/sign-up-form.server";
import { formatDay, formatLongDay, formatTime, formatTimeRange } from "~/features/activities/format";
import { admitGuest, cancelOwnSignUp, prepareSeriesSignUp, prepareSignUp, signUpOnce, signUpSeriesOnce } from "~/features/activities/mutations.server";
import { can } from "~/features/activities/permissions";
import { redirectWithSignUpOutcome, takeSignUpOutcome } from "~/features/activities/sign-up-outcome.server";
import { getOccurrence } from "~/features/activities/queries.server";
import { signUpClosedReason } from "~/features/activities/rules";
import { cancelOwnSignUpSchema } from "~/features/activities/schema";
import { isCategory } from "~/features/activities/vocabulary";
import { assistant } from "~/utils/actor";
import { AppError, forbidden } from "~/utils/app-error";
import { getActor } from "~/utils/auth.server";
import { parseSubmission, readForm, replyWithError } from "~/utils/form.server";
import { env } from "~/utils/env.server";
import { getLocale } from "~/utils/i18n.server";
import { idempotencyKeyFrom } from "~/utils/idempotency.server";
import { clientAddress } from "~/utils/request.server";
import { isOfflineQueued } from "~/utils/pwa";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.occurrence.text.title} · Warme Buurt` : "Warme Buurt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [actor, locale] = await Promise.all([getActor(request), getLocale(request)]);
  // The title and description in the page's language when the organiser translated them (else the Dutch, said so).
  const occurrence = await getOccurrence(params.occurrenceId ?? "", actor, new Date(), locale);
  if (!occurrence) throw new Response("Not found", { status: 404 });
  const closed = signUpClosedReason({ ...occurrence, activityCancelled: occurrence.activity.cancelledAt !== null }, new Date());
  const deadline = occurrence.signUpDeadline;
  // Written here rather than in the browser: see app/features/activities/format.ts.
  const when = {
    day: formatLongDay(occurrence.startsAt, locale),
    time: formatTimeRange(occurrence.startsAt, occurrence.endsAt, locale),
    deadline: deadline ? `${formatDay(deadline, locale)} ${formatTime(deadline, locale)}` : null,
    otherDates: Object.fromEntries(occurrence.otherDates.map((other) => [other.id, `${formatDay(other.startsAt, locale)} ${formatTime(other.startsAt, locale)}`])),
  };
  const { constraint } = signUpForm({ guest: !actor });
  const { outcome, headers } = await takeSignUpOutcome(request);
  // The organiser's buttons, for the staff of this date's neighbourhood (each page checks again).
  const organise = {
    attendees: can(actor, "seeAttendees", occurrence),
    edit: can(actor, "edit", occurrence),
    poster: can(actor, "makePoster", occurrence),
  };
  // A whole series at once: for people with an account (they see and cancel each date on /ik).
  const seriesDates = actor ? occurrence.laterDates : 0;
  // Someone without an account cancels with a code at this short address.
  const cancelAddress = `${new URL(env.APP_URL).host}/annuleren`;
  return data({ occurrence, when, constraint, closed, outcome, signedIn: Boolean(actor), organise, seriesDates, cancelAddress }, { headers });
}

type ActionData = { result?: SubmissionResult<string[]> };

/** A saved sign-up or cancellation redirects to the page (post/redirect/get), which shows what happened once. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await getActor(request);
  const formData = await readForm(request);
  const occurrenceId = params.occurrenceId ?? "";
  const here = `/activiteiten/${encodeURIComponent(occurrenceId)}`;
  // Two forms: cancel one's own sign-up, or the sign-up form, checked on the server only (sign-up-form.server.ts).
  if (formData.get("intent") === "cancel") {
    if (!actor) throw forbidden();
    const cancel = parseSubmission(formData, cancelOwnSignUpSchema);
    if (cancel.status !== "success") throw new Response("formulier", { status: 400 });
    // Queued offline and replayed later, maybe twice: the key makes it one cancellation (issue 6).
    const outcome = await cancelOwnSignUp(actor, cancel.value.signUpId, idempotencyKeyFrom(cancel.payload));
    return redirectWithSignUpOutcome(request, here, { cancelled: outcome.cancelled });
  }
  const submission = signUpForm({ guest: !actor }).parse(formData);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  const value = submission.value;
  if (actor && "series" in value && value.series) {
    const person = { userId: actor.user.id, name: actor.user.displayName, email: actor.user.email, locale: actor.user.locale };
    const series = await prepareSeriesSignUp(occurrenceId, person, value, { createdById: assistant(actor) });
    const { results, mailed } = await signUpSeriesOnce(actor, series, idempotencyKeyFrom(submission.payload));
    const count = (status: string) => results.filter((r) => r.status === status).length;
    return redirectWithSignUpOutcome(request, here, { series: { confirmed: count("confirmed"), waitlisted: count("waitlisted"), skipped: count("refused"), mailed } });
  }
  const person =
    actor
      ? { userId: actor.user.id, name: actor.user.displayName, email: actor.user.email, locale: actor.user.locale }
      : value.name
        ? { name: value.name, email: value.email ?? null, phone: value.phone ?? null, locale: await getLocale(request) }
        : null;
  if (!person) throw new Response("Bad request", { status: 400 });
  const guestAddress = actor ? null : clientAddress(context);
  if (!actor && !(await admitGuest({ address: guestAddress, contact: person.email ?? person.phone ?? null }))) {
    return replyWithError(submission, new AppError("activities:refused.tooManyGuestSignUps", { status: 429 }));
  }
  try {
    // A buurtwerker acting for a resident signs them up on the record: the sign-up names them as the helper.
    const prepared = await prepareSignUp(occurrenceId, person, value, { createdById: actor ? assistant(actor) : null, guestAddress, acceptWaitlist: value.waitlist });
    // Queued offline and replayed later, maybe twice: the key makes it one sign-up (issue 6).
    const signedUp = await signUpOnce(actor, prepared, idempotencyKeyFrom(submission.payload));
    // The code exists only here, for this sign-up (a replay of an older one shows none: it was shown then).
    const cancelCode = signedUp.id === prepared.id ? prepared.cancelCode : null;
    return redirectWithSignUpOutcome(request, here, { signedUp: { ...signedUp, cancelCode } });
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function ActivityDetail() {
  const { t } = useTranslation("activities");
  const { occurrence, when, constraint, closed, outcome, signedIn, organise, seriesDates, cancelAddress } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const queued = isOfflineQueued(actionData);
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const created = Number(searchParams.get("gemaakt") ?? 0);
  const activity = occurrence.activity;
  const text = occurrence.text;
  const category = isCategory(occurrence.category) ? occurrence.category : "other";
  const place = activity.space ? `${activity.space.name}, ${activity.space.building.name}` : activity.address;
  const address = activity.space?.building.address;
  const full = occurrence.placesLeft === 0 || occurrence.waitingCount > 0;
  const mine = occurrence.mine;
  return (
    <article className="space-y-5">
      <header className="space-y-2">
        <p className="flex items-center gap-2 font-semibold text-brand-dark">
          <CategoryIcon category={category} />
          {t(`categories.${category}`)}
        </p>
        {/* Dutch (or another language) inside an Arabic page keeps its own direction and punctuation. */}
        <h1 className="text-3xl font-bold leading-tight" lang={text.lang} dir="auto">
          {text.title}
        </h1>
      </header>
      {text.fallback ? <p className="text-base text-ink/80">{t("translation.fallback")}</p> : null}
      {text.outdated ? <p className="text-base text-ink/80">{t("translation.outdated")}</p> : null}
      {created > 0 ? <Notice tone="success">{t("form.created", { count: created })}</Notice> : null}
      {outcome ? (
        <Outcome key={outcome.signedUp?.id ?? (outcome.series ? "series" : "cancelled")}>
          <SignUpOutcomeNotice outcome={outcome} cancelAddress={cancelAddress} />
        </Outcome>
      ) : null}
      {closed === "cancelled" ? <Notice tone="error">{t("detail.cancelled")}</Notice> : null}
      <Card className="space-y-3">
        <div>
          <h2 className="text-base font-semibold text-ink/70">{t("detail.when")}</h2>
          <p className="text-xl font-bold first-letter:uppercase">{when.day}</p>
          <p className="text-xl font-bold">{when.time}</p>
        </div>
        <div>
          <h2 className="text-base font-semibold text-ink/70">{t("detail.where")}</h2>
          {occurrence.placeNote ? (
            <p className="font-bold" dir="auto">
              {occurrence.placeNote}
            </p>
          ) : null}
          <p dir="auto">{place}</p>
          {address ? (
            <p className="text-base text-ink/80" dir="auto">
              {address}
            </p>
          ) : null}
          <p className="text-base text-ink/80">{activity.neighbourhood.name}</p>
        </div>
        {/* A date that does not take place has no places to offer and nothing to put in a calendar. */}
        {closed === "cancelled" ? null : (
          <>
            <p>
              <PlacesLeft placesLeft={occurrence.placesLeft} />
            </p>
            <a href={`/activiteiten/${occurrence.id}/ics`} className="inline-flex min-h-tap items-center gap-2 font-semibold" download>
              {t("detail.addToCalendar")}
            </a>
          </>
        )}
      </Card>
      <p className="whitespace-pre-line" lang={text.lang} dir="auto">
        {text.description}
      </p>
      <Card className="space-y-1">
        <h2 className="text-xl font-bold">{t("detail.practical")}</h2>
        <ul className="list-disc space-y-1 ps-6">
          {activity.audience === "building" && activity.audienceBuilding ? <li>{t("detail.audienceBuilding", { name: activity.audienceBuilding.name })}</li> : null}
          {activity.audience === "neighbourhood" ? <li>{t("detail.audienceNeighbourhood", { name: activity.neighbourhood.name })}</li> : null}
          <li>{activity.cost ? t("detail.cost", { cost: activity.cost }) : t("detail.free")}</li>
          {activity.wheelchairAccess ? <li>{t("detail.wheelchair")}</li> : null}
          {activity.childrenWelcome ? <li>{t("detail.children")}</li> : null}
          {activity.languages ? <li>{t("detail.languages", { languages: activity.languages })}</li> : null}
          {occurrence.signUpDeadline ? (
            <li>{t("detail.deadline", { when: when.deadline })}</li>
          ) : null}
        </ul>
        {activity.neighbourhood.phone ? (
          <p className="pt-2">
            {t("detail.phoneIntro")} <PhoneLink phone={activity.neighbourhood.phone} />
          </p>
        ) : null}
      </Card>
      <section aria-labelledby="sign-up-title" className="space-y-3">
        <h2 id="sign-up-title" className="text-2xl font-bold">
          {t("signUp.title")}
        </h2>
        {mine ? (
          <Card className="space-y-3">
            <p className="font-semibold">{mine.status === "confirmed" ? t("signUp.youAreIn") : t("signUp.youWait", { position: mine.position })}</p>
            <p>{t("signUp.people", { count: mine.people })}</p>
            <Form method="post" className="space-y-3">
              <IdempotencyKeyInput />
              <input type="hidden" name="intent" value="cancel" />
              <input type="hidden" name="signUpId" value={mine.id} />
              {queued ? <OfflineQueuedNotice /> : null}
              <Button variant="danger" className="w-full">
                {t("signUp.cancel")}
              </Button>
            </Form>
          </Card>
        ) : closed ? (
          <Notice tone="info">{closed === "cancelled" ? t("detail.cancelled") : closed === "past" ? t("detail.past") : t("detail.deadlinePassed")}</Notice>
        ) : (
          <>
            {!signedIn ? (
              <p>
                {t("signUp.signInHint")} <Link to={`/inloggen?redirectTo=${encodeURIComponent(location.pathname)}`}>{t("signUp.signIn")}</Link>
              </p>
            ) : null}
            {/* A new sign-up starts an empty form (a guest may sign up someone else next). */}
            <SignUpForm
              key={outcome?.signedUp?.id}
              guest={!signedIn}
              full={full}
              placesLeft={occurrence.placesLeft}
              seriesDates={seriesDates}
              constraint={constraint}
              lastResult={actionData?.result}
              queued={queued}
            />
          </>
        )}
      </section>
      {occurrence.otherDates.length ? (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t("detail.otherDates")}</h2>
          <ul className="space-y-1">
            {occurrence.otherDates.map((other) => (
              <li key={other.id}>
                <Link to={`/activiteiten/${other.id}`} className="inline-flex min-h-tap items-center first-letter:uppercase">
                  {when.otherDates[other.id]}
                  {other.status === "cancelled" ? ` (${t("detail.cancelledDate")})` : ""}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {organise.attendees || organise.edit || organise.poster ? (
        <Card className="no-print space-y-2">
          <h2 className="text-xl font-bold">{t("detail.organise")}</h2>
          <div className="grid grid-cols-2 gap-2">
            {organise.attendees ? (
              <LinkButton to={`/activiteiten/${occurrence.id}/deelnemers`} variant="secondary">
                {t("detail.attendees")}
              </LinkButton>
            ) : null}
            {organise.edit ? (
              <LinkButton to={`/activiteiten/${occurrence.id}/bewerken`} variant="secondary">
                {t("detail.edit")}
              </LinkButton>
            ) : null}
            {organise.poster ? (
              <LinkButton to={`/activiteiten/${occurrence.id}/affiche`} variant="secondary">
                {t("detail.poster")}
              </LinkButton>
            ) : null}
            {organise.edit ? (
              <LinkButton to={`/activiteiten/nieuw?van=${occurrence.id}`} variant="secondary">
                {t("detail.duplicate")}
              </LinkButton>
            ) : null}
            {organise.edit ? (
              <LinkButton to={`/activiteiten/${occurrence.id}/vertalen`} variant="secondary">
                {t("detail.translate")}
              </LinkButton>
            ) : null}
          </div>
          {organise.edit ? (
            <LinkButton to={`/activiteiten/${occurrence.id}/datum`} variant="secondary" className="w-full">
              {t("detail.changeDate")}
            </LinkButton>
          ) : null}
        </Card>
      ) : null}
    </article>
  );
}

/** What the sign-up or cancellation just did; says an email comes only when one does. */
function SignUpOutcomeNotice({ outcome, cancelAddress }: { outcome: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["outcome"]>; cancelAddress: string }) {
  const { t } = useTranslation("activities");
  const { signedUp, series } = outcome;
  if (series) {
    return (
      <Notice tone="success">
        {series.confirmed > 0 ? <p className="font-semibold">{t("signUp.seriesDone", { count: series.confirmed })}</p> : null}
        {series.waitlisted > 0 ? <p>{t("signUp.seriesWaitlisted", { count: series.waitlisted })}</p> : null}
        {series.skipped > 0 ? <p>{t("signUp.seriesSkipped", { count: series.skipped })}</p> : null}
        <p>{series.mailed ? t("signUp.seriesEmail") : t("signUp.seriesNoEmail")}</p>
      </Notice>
    );
  }
  if (!signedUp) return outcome.cancelled ? <Notice tone="success">{t("signUp.cancelled")}</Notice> : null;
  const code = signedUp.cancelCode ? (
    <div className="mt-3 space-y-1 border-t border-ink/10 pt-3">
      <p>{t("signUp.codeIntro")}</p>
      <p className="font-mono text-3xl font-bold tracking-wider" dir="ltr" data-testid="cancel-code">
        {signedUp.cancelCode}
      </p>
      <p>
        {t("signUp.codeHow")}{" "}
        <a href="/annuleren" dir="ltr" className="font-semibold">
          {cancelAddress}
        </a>
      </p>
    </div>
  ) : null;
  return signedUp.status === "confirmed" ? (
    <Notice tone="success">
      <p className="font-semibold">{t("signUp.confirmed")}</p>
      {signedUp.mailed ? <p>{t("signUp.confirmedEmail")}</p> : null}
      {code}
    </Notice>
  ) : (
    <Notice tone="info">
      <p className="font-semibold">{t("signUp.waitlisted", { position: signedUp.position })}</p>
      <p>{t("signUp.waitlistExplain")}</p>
      {code}
    </Notice>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
