import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, buttonClass } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { FirstMeeting } from "~/features/help/components/first-meeting";
import { ReasonList } from "~/features/help/components/reason-list";
import { RequestCard, useFormatDay } from "~/features/help/components/request-card";
import { VisitForm } from "~/features/help/components/visit-form";
import { performRequestAction, type RequestOutcome } from "~/features/help/mutations.server";
import { requestAbilities } from "~/features/help/permissions";
import { getRequestForViewer, getSuggestions, viewContactDetails } from "~/features/help/queries.server";
import { requestActionSchema } from "~/features/help/schema";
import { worksIn } from "~/utils/actor";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { idempotencyKeyFrom } from "~/utils/idempotency.server";
import { useIntentForm, type IntentActionData } from "~/utils/intent-form";
import { titleFrom } from "~/utils/meta";
import { openedFromThisSite } from "~/utils/same-origin";
import { isOfflineQueued, type OfflineQueuedResult } from "~/utils/pwa";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:request.detailTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const requestId = params.requestId ?? "";
  const data = await getRequestForViewer(actor, requestId);
  if (!data) throw notFound();
  const { subject, ...view } = data;
  const allowed = requestAbilities(actor, subject);
  // Showing the address is a recorded view, and only when they opened the page themselves (a link on another site
  // shows a button instead, so it cannot fake a view).
  const showContact = allowed.seeContact && openedFromThisSite((name) => request.headers.get(name));
  const contact = showContact ? await viewContactDetails(actor, requestId) : null;
  const suggestions = allowed.offer ? await getSuggestions(actor, requestId) : [];
  // The first meeting at the wijkhuis: the buurtwerker plans it at any time, the buddy in the resident's times.
  const staffHere = worksIn(actor, subject.neighbourhoodId);
  const planMeeting: "staff" | "volunteer" | null = allowed.planMeeting ? (staffHere ? "staff" : "volunteer") : null;
  const buddyWaits = !staffHere && !actor.acting && subject.matchedVolunteerId === actor.user.id && !allowed.seeContact;
  return { ...view, allowed, contact, contactBehindButton: allowed.seeContact && !showContact, suggestions, planMeeting, buddyWaits };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const requestId = params.requestId ?? "";
  const submission = await parseForm(request, requestActionSchema);
  const intent = submission.payload.intent;
  if (submission.status !== "success") return Response.json({ intent, result: submission.reply() }, { status: 400 });
  let outcome: RequestOutcome;
  try {
    outcome = await performRequestAction(actor, requestId, submission.value, { idempotencyKey: idempotencyKeyFrom(submission.payload) });
  } catch (error) {
    // The meeting's form shows its own refusal (a moment in the past, outside the resident's times).
    return replyWithError(submission, error, submission.value.intent === "planMeeting" ? { intent: "planMeeting" } : {});
  }
  if (outcome.done === "declined") return redirect("/hulp/taken?afgewezen=1");
  const count = outcome.done === "offered" ? `&aantal=${outcome.count}` : "";
  return redirect(`/hulp/vragen/${requestId}?klaar=${outcome.done}${count}`);
}

/** What each saved change says after the redirect. */
const doneMessages: Record<string, string> = {
  offered: "suggestions.offered",
  accepted: "offers.accepted",
  taken: "offers.taken",
  confirmed: "offers.confirmed",
  cancelled: "request.cancelled",
  finished: "request.finished",
  visited: "visits.saved",
  checkedIn: "overview.checkInSaved",
  meetingPlanned: "meeting.planned",
  meetingDone: "meeting.doneSaved",
};

export default function HelpRequestPage() {
  const { t } = useTranslation("help");
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<IntentActionData | OfflineQueuedResult>();
  const [searchParams] = useSearchParams();
  const formatDay = useFormatDay();
  const { summary, details, allowed, offers, contact, contactBehindButton, suggestions, planMeeting, buddyWaits } = data;
  const done = searchParams.get("klaar") ?? "";
  // Matched on a request that meets at the wijkhuis first: no address yet, so the message says what comes first.
  const doneMessage = done === "accepted" && summary.meetAtWijkhuis ? "offers.acceptedWijkhuis" : doneMessages[done];
  const myOffer = offers.find((o) => o.mine && o.origin === "staff" && o.status === "pending");
  const waiting = ["open", "offered"].includes(summary.status);
  // A refusal that belongs to no single form (replyWithError answers without an intent).
  const pageErrors = actionData && "result" in actionData && !actionData.intent ? actionData.result.error?.[""] : undefined;
  return (
    <>
      <PageTitle>{t("request.detailTitle")}</PageTitle>
      {searchParams.get("bewaard") ? <Notice tone="success">{t("request.created")}</Notice> : null}
      {doneMessage ? (
        <Notice tone={done === "taken" ? "info" : "success"}>
          {t(doneMessage, { count: Number(searchParams.get("aantal") ?? 0), name: details?.volunteerName ?? "" })}
        </Notice>
      ) : null}
      <ErrorList errors={pageErrors} />
      <div className="space-y-5">
        <RequestCard request={summary}>
          {details ? (
            <>
              <p className="whitespace-pre-line">{details.description}</p>
              <p className="text-base text-ink/70">
                {t("request.asked", { date: formatDay(summary.createdAt.slice(0, 10)) })} · {t("request.createdBy", { name: details.createdBy })}
              </p>
              {details.volunteerName ? <p>{t("home.withVolunteer", { name: details.volunteerName })}</p> : null}
            </>
          ) : (
            <p className="text-base text-ink/70">{t("request.privacyNote")}</p>
          )}
          {summary.meetAtWijkhuis ? <p className="font-semibold">{t("request.firstMeetingWijkhuis")}</p> : null}
        </RequestCard>

        {summary.status === "matched" || summary.status === "done" ? (
          <FirstMeeting meeting={summary} plan={planMeeting} markDone={allowed.meetingDone} buddyWaits={buddyWaits} />
        ) : null}

        {contact ? (
          <Card className="space-y-2">
            <h2 className="text-2xl font-bold">{t("request.contactTitle")}</h2>
            <p className="text-xl font-semibold">{contact.name}</p>
            <p>
              <span className="font-semibold">{t("request.address")}: </span>
              {[contact.building, contact.address, contact.unit ? t("request.unit", { unit: contact.unit }) : null].filter(Boolean).join(", ")}
            </p>
            <p>
              <span className="font-semibold">{t("request.phone")}: </span>
              {contact.phone ? <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</a> : t("request.noPhone")}
            </p>
            <p className="text-base text-ink/70">{t("request.contactLogged")}</p>
          </Card>
        ) : null}
        {contactBehindButton ? (
          <Card className="space-y-2">
            <h2 className="text-2xl font-bold">{t("request.contactTitle")}</h2>
            <p className="text-base text-ink/70">{t("request.contactLogged")}</p>
            <a href={`/hulp/vragen/${summary.id}`} className={buttonClass("secondary", "w-full")}>
              {t("request.showContact")}
            </a>
          </Card>
        ) : null}

        {allowed.answerOffer && myOffer && waiting ? <AnswerOffer /> : null}

        {allowed.offer && suggestions.length > 0 ? (
          <Suggestions suggestions={suggestions} />
        ) : allowed.offer ? (
          <p>{t("suggestions.none")}</p>
        ) : null}

        {allowed.seeOffers && offers.length > 0 ? (
          <section className="space-y-2">
            <h2 className="text-2xl font-bold">{t("offers.title")}</h2>
            <ul className="space-y-2">
              {offers.map((offer) => (
                <li key={offer.id} className="rounded-lg border border-ink/10 bg-white p-3">
                  <p className="font-semibold">
                    {offer.volunteerName}
                    {offer.origin === "volunteer" ? ` · ${t("offers.fromVolunteer")}` : ""}
                  </p>
                  <p className="text-base">{t(`offerStatus.${offer.status}`)}</p>
                  {offer.declineReason ? <p className="text-base italic">{offer.declineReason}</p> : null}
                  {allowed.offer && offer.origin === "volunteer" && offer.status === "pending" ? (
                    <Form method="post" className="mt-2">
                      <input type="hidden" name="intent" value="confirm" />
                      <input type="hidden" name="volunteerId" value={offer.volunteerId} />
                      <Button variant="secondary">{t("offers.confirm")}</Button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {details && summary.status !== "open" && summary.status !== "offered" && summary.status !== "cancelled" ? (
          <section className="space-y-3">
            <h2 className="text-2xl font-bold">{t("visits.title")}</h2>
            {details.visits.length === 0 ? <p>{t("visits.none")}</p> : null}
            <ul className="space-y-2">
              {details.visits.map((visit) => (
                <li key={visit.id} className="rounded-lg border border-ink/10 bg-white p-3">
                  <p className="font-semibold">
                    {formatDay(visit.date)} · {t("visits.line", { minutes: visit.minutes })}
                  </p>
                  {visit.note ? <p>{visit.note}</p> : null}
                </li>
              ))}
            </ul>
            {allowed.logVisit ? <VisitForm key={details.visits.length} queued={isOfflineQueued(actionData)} /> : null}
          </section>
        ) : null}

        {allowed.checkIn && details?.checkInDue ? (
          <Form method="post">
            <input type="hidden" name="intent" value="checkIn" />
            <Button variant="secondary" className="w-full">
              {t("overview.checkInDone")}
            </Button>
          </Form>
        ) : null}

        {allowed.finish ? (
          <Form method="post">
            <input type="hidden" name="intent" value="finish" />
            <Button variant="secondary" className="w-full">
              {t(summary.recurrence === "weekly" ? "request.finishWeekly" : "request.finish")}
            </Button>
          </Form>
        ) : null}
        {allowed.cancel ? (
          <Form method="post">
            <input type="hidden" name="intent" value="cancel" />
            <Button variant="danger" className="w-full">
              {t("request.cancel")}
            </Button>
          </Form>
        ) : null}
      </div>
    </>
  );
}

/** Yes or no to a buurtwerker's offer; a no may say why. */
function AnswerOffer() {
  const { t } = useTranslation("help");
  const [declineForm, declineFields] = useIntentForm<{ reason: string }>("decline", requestActionSchema);
  return (
    <Card className="space-y-3">
      <Form method="post">
        <input type="hidden" name="intent" value="accept" />
        <Button className="w-full">{t("offers.accept")}</Button>
      </Form>
      <Form method="post" className="space-y-3" {...getFormProps(declineForm)}>
        <input type="hidden" name="intent" value="decline" />
        <ErrorList id={declineForm.errorId} errors={declineForm.errors} />
        <Field label={t("offers.declineReason")} name={declineFields.reason.name} id={declineFields.reason.id} defaultValue={declineFields.reason.initialValue} maxLength={200} errors={declineFields.reason.errors} />
        <Button variant="secondary" className="w-full">
          {t("offers.decline")}
        </Button>
      </Form>
    </Card>
  );
}

type Suggestion = ReturnType<typeof useLoaderData<typeof loader>>["suggestions"][number];

/** The best volunteers for this request with their reasons; the buurtwerker asks one or more. */
function Suggestions({ suggestions }: { suggestions: Suggestion[] }) {
  const { t } = useTranslation("help");
  const [form, fields] = useIntentForm<{ volunteerIds: string[] }>("offer", requestActionSchema);
  return (
    <section className="space-y-3">
      <h2 className="text-2xl font-bold">{t("suggestions.title")}</h2>
      <p>{t("suggestions.intro")}</p>
      <Form method="post" className="space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="offer" />
        <ul className="space-y-3">
          {suggestions.map((s) => (
            <li key={s.volunteerId}>
              <Card className="space-y-2">
                <label className="flex min-h-tap cursor-pointer items-center gap-3 text-xl font-semibold">
                  <input type="checkbox" name={fields.volunteerIds.name} value={s.volunteerId} className="h-6 w-6 shrink-0 accent-brand" />
                  <span>{s.name}</span>
                  <span className="ms-auto text-base font-normal text-ink/70">{t("suggestions.score", { score: s.score })}</span>
                </label>
                <ReasonList reasons={s.reasons} />
              </Card>
            </li>
          ))}
        </ul>
        <ErrorList id={fields.volunteerIds.errorId} errors={fields.volunteerIds.errors} />
        <Button className="w-full">{t("suggestions.offer")}</Button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
