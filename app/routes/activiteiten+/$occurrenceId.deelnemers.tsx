import { getFormProps, getInputProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field } from "~/components/ui/field";
import { Outcome, outcomeAnchor } from "~/components/ui/outcome";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { PhoneLink } from "~/components/ui/phone-link";
import { formatLongDay, formatTimeRange } from "~/features/activities/format";
import { performAttendeeAction } from "~/features/activities/mutations.server";
import { can } from "~/features/activities/permissions";
import { getAttendees, searchResidentsForSignUp } from "~/features/activities/queries.server";
import { residentSearchMinimum, type preparationList } from "~/features/activities/rules";
import { attendeeActionSchema } from "~/features/activities/schema";
import { notFound } from "~/utils/app-error";
import { requireStaff } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { isLocale } from "~/utils/i18n";
import { useIntentForm, type IntentActionData } from "~/utils/intent-form";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:attendees.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const query = url.searchParams.get("q")?.trim() ?? "";
  // Only a date in a neighbourhood the buurtwerker works in, and only residents who live where they work.
  const [attendees, residents] = await Promise.all([getAttendees(actor, params.occurrenceId ?? ""), searchResidentsForSignUp(actor, query)]);
  if (!attendees) throw notFound();
  const place = attendees.occurrence;
  const addedId = url.searchParams.get("toegevoegd");
  const added = [...attendees.confirmed, ...attendees.waitlist].find((s) => s.id === addedId);
  return {
    ...attendees,
    query,
    residents,
    added: added ? { id: added.id, name: added.name, status: added.status } : null,
    may: { checkIn: can(actor, "checkIn", place), addWalkIn: can(actor, "addWalkIn", place), signUpResident: can(actor, "signUpResident", { neighbourhoodId: place.neighbourhoodId, residentNeighbourhoodIds: [place.neighbourhoodId] }) },
  };
}

/** Each form answers with the page again (post/redirect/get); the search stays, a new person is named once. */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const occurrenceId = params.occurrenceId ?? "";
  const submission = await parseForm(request, attendeeActionSchema);
  const intent = typeof submission.payload.intent === "string" ? submission.payload.intent : undefined;
  if (submission.status !== "success") return Response.json({ intent, result: submission.reply() }, { status: 400 });
  try {
    const { added } = await performAttendeeAction(actor, occurrenceId, submission.value);
    const back = new URLSearchParams();
    const query = new URL(request.url).searchParams.get("q");
    if (query) back.set("q", query);
    if (added) back.set("toegevoegd", added);
    // A new person is named at the top of the page: the view and the focus go there (the form was far below).
    return redirect(`/activiteiten/${encodeURIComponent(occurrenceId)}/deelnemers${back.size ? `?${back}` : ""}${added ? `#${outcomeAnchor}` : ""}`);
  } catch (error) {
    return replyWithError(submission, error);
  }
}

export default function Attendees() {
  const { t, i18n } = useTranslation("activities");
  const locale = isLocale(i18n.language) ? i18n.language : "nl";
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<IntentActionData>();
  const { occurrence, may } = data;
  const [walkInForm, walkIn] = useIntentForm<{ name: string; phone: string; guests: string; children: string }>("walkIn", attendeeActionSchema, {
    defaultValue: { guests: "0", children: "0" },
  });
  return (
    <>
      <PageTitle>{t("attendees.title")}</PageTitle>
      <p className="mb-4 text-xl">
        <Link to={`/activiteiten/${occurrence.id}`} className="font-semibold">
          {occurrence.activity.title}
        </Link>
        <span className="block first-letter:uppercase">
          {formatLongDay(occurrence.startsAt, locale)}, {formatTimeRange(occurrence.startsAt, occurrence.endsAt, locale)}
        </span>
      </p>
      {data.added ? (
        <Outcome key={data.added.id}>
          <Notice tone="success">{data.added.status === "waitlisted" ? t("attendees.addedWaitlist", { name: data.added.name }) : t("attendees.added", { name: data.added.name })}</Notice>
        </Outcome>
      ) : null}
      <ErrorList errors={actionData?.result?.error?.[""] ?? null} />
      <Card className="mb-4">
        <p className="text-2xl font-bold">
          {t("attendees.headCount", { people: data.headCount })} {occurrence.capacity !== null ? t("attendees.capacity", { capacity: occurrence.capacity }) : null}
        </p>
        <p>{t("attendees.checkedIn", { people: data.checkedIn })}</p>
        <div className="mt-3 grid grid-cols-2 gap-2">
          <a href={`/activiteiten/${occurrence.id}/export`} className="inline-flex min-h-tap items-center font-semibold" download>
            {t("attendees.csv")}
          </a>
          <Link to={`/activiteiten/${occurrence.id}/afdrukken`} className="inline-flex min-h-tap items-center font-semibold">
            {t("attendees.print")}
          </Link>
        </div>
      </Card>
      <Card className="mb-4 space-y-2">
        <h2 className="text-xl font-bold">{t("attendees.preparation")}</h2>
        <Preparation preparation={data.preparation} />
      </Card>
      {data.confirmed.length === 0 ? <p className="mb-4">{t("attendees.none")}</p> : null}
      <ul className="mb-6 space-y-2">
        {data.confirmed.map((s) => (
          <li key={s.id}>
            <Card className="flex items-center justify-between gap-3">
              <div className="min-w-0 break-words">
                <p className="font-semibold">{s.name}</p>
                <p className="text-base text-ink/80">
                  {s.people > 1 ? t("attendees.guests", { guests: s.guests, children: s.children }) : null} {s.phone ? <PhoneLink phone={s.phone} /> : (s.email ?? "")}
                  {s.walkIn ? ` · ${t("attendees.walkIn")}` : ""}
                  {s.guest ? ` · ${t("attendees.guestSignUp")}` : ""}
                  {s.createdBy && !s.walkIn ? ` · ${t("attendees.helper", { name: s.createdBy.displayName })}` : ""}
                </p>
                {s.referral ? (
                  <p className="text-base font-semibold text-brand-dark">
                    {t(s.referral.firstTime ? "attendees.referredFirst" : "attendees.referred", { name: s.referral.by })}
                  </p>
                ) : null}
              </div>
              {may.checkIn ? (
                <Form method="post" className="shrink-0">
                  <input type="hidden" name="intent" value="checkIn" />
                  <input type="hidden" name="signUpId" value={s.id} />
                  <input type="hidden" name="present" value={s.checkedInAt ? "0" : "1"} />
                  <Button variant={s.checkedInAt ? "secondary" : "primary"} className="min-w-28" aria-label={`${s.checkedInAt ? t("attendees.undoCheckIn") : t("attendees.checkIn")}: ${s.name}`}>
                    {s.checkedInAt ? `✓ ${t("attendees.present")}` : t("attendees.checkIn")}
                  </Button>
                </Form>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
      {data.waitlist.length ? (
        <section className="mb-6">
          <h2 className="mb-2 text-xl font-bold">{t("attendees.waitlist")}</h2>
          <ol className="list-decimal space-y-1 ps-6">
            {data.waitlist.map((s) => (
              <li key={s.id}>
                {s.name} ({s.people}) {s.phone ? <PhoneLink phone={s.phone} /> : (s.email ?? "")}
                {s.guest ? ` · ${t("attendees.guestSignUp")}` : ""}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {may.addWalkIn ? (
        <Card className="mb-4 space-y-3">
          <h2 className="text-xl font-bold">{t("attendees.addWalkIn")}</h2>
          {/* A new form after each walk-in: the next person starts with empty fields. */}
          <Form key={data.added?.id} method="post" className="space-y-3" {...getFormProps(walkInForm)}>
            <input type="hidden" name="intent" value="walkIn" />
            <ErrorList id={walkInForm.errorId} errors={walkInForm.errors} />
            <Field label={t("attendees.name")} errors={walkIn.name.errors} {...getInputProps(walkIn.name, { type: "text" })} required autoComplete="off" />
            <Field label={t("signUp.phone")} hint={t("common:form.optional")} errors={walkIn.phone.errors} {...getInputProps(walkIn.phone, { type: "tel" })} />
            <div className="grid grid-cols-2 gap-3">
              <Field label={t("signUp.guests")} errors={walkIn.guests.errors} {...getInputProps(walkIn.guests, { type: "number" })} min={0} />
              <Field label={t("signUp.children")} errors={walkIn.children.errors} {...getInputProps(walkIn.children, { type: "number" })} min={0} />
            </div>
            <Button className="w-full">{t("attendees.addWalkInButton")}</Button>
          </Form>
        </Card>
      ) : null}
      {may.signUpResident ? (
        <Card className="space-y-3">
          <h2 className="text-xl font-bold">{t("attendees.assisted")}</h2>
          <p>{t("attendees.assistedHint")}</p>
          <Form method="get" className="flex items-end gap-2" role="search">
            <div className="flex-1">
              <Field label={t("attendees.search")} name="q" type="search" minLength={residentSearchMinimum} defaultValue={data.query} />
            </div>
            <Button variant="secondary">{t("attendees.searchButton")}</Button>
          </Form>
          {data.query.length >= residentSearchMinimum && data.residents.length === 0 ? (
            <p role="status">{t("attendees.noResidentFound", { query: data.query })}</p>
          ) : null}
          <ul className="space-y-2">
            {data.residents.map((r) => (
              <li key={r.id}>
                <Form method="post">
                  <input type="hidden" name="intent" value="resident" />
                  <input type="hidden" name="residentId" value={r.id} />
                  <Button variant="secondary" className="w-full">
                    {t("attendees.signUpResident", { name: r.displayName })}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}

function Preparation({ preparation }: { preparation: ReturnType<typeof preparationList> }) {
  const { t } = useTranslation("activities");
  const empty = !preparation.interpreter.length && !preparation.childcare.length && !preparation.wheelchair.length && !preparation.lift.length;
  if (empty) return <p>{t("attendees.nothingToPrepare")}</p>;
  return (
    <ul className="space-y-1">
      {preparation.interpreter.length ? (
        <li>
          <span className="font-semibold">{t("attendees.interpreter")}:</span> {preparation.interpreter.map((i) => `${i.name} (${i.language})`).join(", ")}
        </li>
      ) : null}
      {preparation.childcare.length ? (
        <li>
          <span className="font-semibold">{t("attendees.childcare")}:</span> {preparation.childcare.join(", ")}
        </li>
      ) : null}
      {preparation.wheelchair.length ? (
        <li>
          <span className="font-semibold">{t("attendees.wheelchair")}:</span> {preparation.wheelchair.join(", ")}
        </li>
      ) : null}
      {preparation.lift.length ? (
        <li>
          <span className="font-semibold">{t("attendees.lift")}:</span> {preparation.lift.join(", ")}
        </li>
      ) : null}
    </ul>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
