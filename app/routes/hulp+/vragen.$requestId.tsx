import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, buttonClass } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { helpActor, type HelpActor } from "~/features/help/access";
import { ReasonList } from "~/features/help/components/reason-list";
import { RequestCard, useFormatDay } from "~/features/help/components/request-card";
import { VisitForm } from "~/features/help/components/visit-form";
import {
  HelpNotFoundError,
  acceptOffer,
  cancelRequest,
  confirmVolunteerOffer,
  declineOffer,
  finishRequest,
  logVisitIn,
  markCheckInDone,
  offerRequest,
} from "~/features/help/mutations.server";
import { getRequestForViewer, getSuggestions, viewContactDetails } from "~/features/help/queries.server";
import { declineSchema, offerSchema, visitSchema } from "~/features/help/schema";
import { requireViewer } from "~/utils/auth.server";
import { parseSubmission, readForm } from "~/utils/form.server";
import { idempotencyKeyFrom, runOnce } from "~/utils/idempotency.server";
import { titleFrom } from "~/utils/meta";
import { openedFromThisSite } from "~/utils/same-origin";
import { isOfflineQueued } from "~/utils/pwa";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:request.detailTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = helpActor(await requireViewer(request));
  const requestId = params.requestId ?? "";
  const data = await getRequestForViewer(actor, requestId);
  if (!data) throw new Response("Not found", { status: 404 });
  // Showing the address is a recorded view; only the matched volunteer and staff get here, and only when they
  // opened the page themselves (a link on another site shows a button instead, so it cannot fake a view).
  const mayContact = actor.isStaff || (data.role.isMatchedVolunteer && data.summary.status === "matched");
  const showContact = mayContact && openedFromThisSite((name) => request.headers.get(name));
  const contact = showContact ? await viewContactDetails(actor, requestId) : null;
  const suggestions =
    actor.isStaff && ["open", "offered"].includes(data.summary.status) ? await getSuggestions(requestId) : [];
  return { ...data, contact, contactBehindButton: mayContact && !showContact, suggestions };
}

type ActionData = {
  notice?: string;
  count?: number;
  name?: string;
  intent?: string;
  errors?: Record<string, string[] | null>;
  /** What was typed, so an invalid visit keeps its values. */
  values?: Record<string, string>;
};

function notFound() {
  return new Response("Not found", { status: 404 });
}

async function runIntent(actor: HelpActor, requestId: string, form: FormData): Promise<Response | ActionData> {
  const intent = String(form.get("intent") ?? "");
  switch (intent) {
    case "offer": {
      if (!actor.isStaff) throw new Response("Forbidden", { status: 403 });
      const submission = parseSubmission(form, offerSchema);
      if (submission.status !== "success") return { intent, errors: submission.error ?? {} };
      const count = await offerRequest(actor.actorId, requestId, submission.value.volunteerIds);
      return { notice: "suggestions.offered", count };
    }
    case "accept": {
      const result = await acceptOffer(actor.userId, requestId);
      if (!result.ok) return { notice: "offers.taken" };
      return redirect(`/hulp/vragen/${requestId}?aanvaard=1`);
    }
    case "decline": {
      const submission = parseSubmission(form, declineSchema);
      if (submission.status !== "success") return { intent, errors: submission.error ?? {} };
      await declineOffer(actor.userId, requestId, submission.value.reason);
      return redirect("/hulp/taken?afgewezen=1");
    }
    case "confirm": {
      if (!actor.isStaff) throw new Response("Forbidden", { status: 403 });
      const result = await confirmVolunteerOffer(requestId, String(form.get("volunteerId") ?? ""));
      return { notice: result.ok ? "offers.confirmed" : "offers.taken" };
    }
    case "cancel":
      await cancelRequest(actor, requestId);
      return { notice: "request.cancelled" };
    case "finish":
      await finishRequest(actor, requestId);
      return { notice: "request.finished" };
    case "visit": {
      const submission = parseSubmission(form, visitSchema);
      if (submission.status !== "success") {
        const values = { date: String(form.get("date") ?? ""), minutes: String(form.get("minutes") ?? ""), note: String(form.get("note") ?? "") };
        return { intent, errors: submission.error ?? {}, values };
      }
      // Queued offline and replayed later, maybe twice: the key makes it one visit (issue 6).
      await runOnce(idempotencyKeyFrom(form), actor.userId, (tx) => logVisitIn(tx, actor.userId, requestId, submission.value));
      return { notice: "visits.saved" };
    }
    case "checkIn":
      if (!actor.isStaff) throw new Response("Forbidden", { status: 403 });
      await markCheckInDone(requestId);
      return { notice: "overview.checkInSaved" };
    default:
      throw new Response("Bad request", { status: 400 });
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = helpActor(await requireViewer(request));
  const form = await readForm(request);
  try {
    const result = await runIntent(actor, params.requestId ?? "", form);
    if (result instanceof Response) return result;
    return Response.json(result, { status: result.errors ? 400 : 200 });
  } catch (error) {
    if (error instanceof HelpNotFoundError) throw notFound();
    throw error;
  }
}

export default function HelpRequestPage() {
  const { t } = useTranslation("help");
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const [searchParams] = useSearchParams();
  const formatDay = useFormatDay();
  const { summary, details, role, offers, contact, contactBehindButton, suggestions } = data;
  const myOffer = offers.find((o) => o.origin === "staff" && o.status === "pending" && !role.isStaff);
  const active = ["open", "offered", "matched"].includes(summary.status);
  return (
    <>
      <PageTitle>{t("request.detailTitle")}</PageTitle>
      {searchParams.get("bewaard") ? <Notice tone="success">{t("request.created")}</Notice> : null}
      {searchParams.get("aanvaard") ? <Notice tone="success">{t("offers.accepted")}</Notice> : null}
      {actionData?.notice ? (
        <Notice tone={actionData.notice === "offers.taken" ? "info" : "success"}>
          {t(actionData.notice, { count: actionData.count ?? 0, name: actionData.name ?? "" })}
        </Notice>
      ) : null}
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

        {myOffer && active ? (
          <Card className="space-y-3">
            <Form method="post">
              <input type="hidden" name="intent" value="accept" />
              <Button className="w-full">{t("offers.accept")}</Button>
            </Form>
            <Form method="post" className="space-y-3">
              <input type="hidden" name="intent" value="decline" />
              <Field label={t("offers.declineReason")} name="reason" maxLength={200} />
              <ErrorList errors={actionData?.intent === "decline" ? actionData.errors?.reason ?? undefined : undefined} />
              <Button variant="secondary" className="w-full">
                {t("offers.decline")}
              </Button>
            </Form>
          </Card>
        ) : null}

        {role.isStaff && suggestions.length > 0 ? (
          <section className="space-y-3">
            <h2 className="text-2xl font-bold">{t("suggestions.title")}</h2>
            <p>{t("suggestions.intro")}</p>
            <Form method="post" className="space-y-3">
              <input type="hidden" name="intent" value="offer" />
              <ul className="space-y-3">
                {suggestions.map((s) => (
                  <li key={s.volunteerId}>
                    <Card className="space-y-2">
                      <label className="flex min-h-tap cursor-pointer items-center gap-3 text-xl font-semibold">
                        <input type="checkbox" name="volunteerIds" value={s.volunteerId} className="h-6 w-6 shrink-0 accent-brand" />
                        <span>{s.name}</span>
                        <span className="ms-auto text-base font-normal text-ink/70">{t("suggestions.score", { score: s.score })}</span>
                      </label>
                      <ReasonList reasons={s.reasons} />
                    </Card>
                  </li>
                ))}
              </ul>
              <ErrorList errors={actionData?.intent === "offer" ? actionData.errors?.volunteerIds ?? undefined : undefined} />
              <Button className="w-full">{t("suggestions.offer")}</Button>
            </Form>
          </section>
        ) : role.isStaff && ["open", "offered"].includes(summary.status) ? (
          <p>{t("suggestions.none")}</p>
        ) : null}

        {role.isStaff && offers.length > 0 ? (
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
                  {offer.origin === "volunteer" && offer.status === "pending" && ["open", "offered"].includes(summary.status) ? (
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
            {role.isMatchedVolunteer && summary.status === "matched" ? (
              <VisitForm key={details.visits.length} queued={isOfflineQueued(actionData)} errors={actionData?.intent === "visit" ? actionData.errors : undefined} values={actionData?.intent === "visit" ? actionData.values : undefined} />
            ) : null}
          </section>
        ) : null}

        {role.isStaff && details?.checkInDue ? (
          <Form method="post">
            <input type="hidden" name="intent" value="checkIn" />
            <Button variant="secondary" className="w-full">
              {t("overview.checkInDone")}
            </Button>
          </Form>
        ) : null}

        {summary.status === "matched" && (role.isStaff || role.isResident || role.isMatchedVolunteer) ? (
          <Form method="post">
            <input type="hidden" name="intent" value="finish" />
            <Button variant="secondary" className="w-full">
              {t(summary.recurrence === "weekly" ? "request.finishWeekly" : "request.finish")}
            </Button>
          </Form>
        ) : null}
        {active && (role.isStaff || role.isResident) ? (
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

export function ErrorBoundary() {
  return <ErrorMessage />;
}
