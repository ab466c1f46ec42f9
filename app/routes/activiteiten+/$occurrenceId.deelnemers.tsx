import type { SubmissionResult } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { formatLongDay, formatTimeRange } from "~/features/activities/format";
import { setCheckedIn, signUp, SignUpError } from "~/features/activities/mutations.server";
import { getAttendees, getPersonForSignUp, searchResidentsForSignUp } from "~/features/activities/queries.server";
import type { preparationList } from "~/features/activities/rules";
import { assistedSignUpSchema } from "~/features/activities/schema";
import { requireStaff } from "~/utils/auth.server";
import { parseSubmission, readForm } from "~/utils/form.server";
import { isLocale } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:attendees.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const query = new URL(request.url).searchParams.get("q")?.trim() ?? "";
  const [attendees, residents] = await Promise.all([getAttendees(params.occurrenceId ?? ""), searchResidentsForSignUp(query)]);
  if (!attendees) throw new Response("Not found", { status: 404 });
  return { ...attendees, query, residents };
}

type ActionData = { result?: SubmissionResult<string[]>; added?: { name: string; status: string } };

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const occurrenceId = params.occurrenceId ?? "";
  const formData = await readForm(request);
  if (formData.get("intent") === "checkIn") {
    await setCheckedIn(String(formData.get("signUpId") ?? ""), occurrenceId, formData.get("present") === "1");
    return {};
  }
  const submission = parseSubmission(formData, assistedSignUpSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  const value = submission.value;
  const resident = value.intent === "resident" ? await getPersonForSignUp(value.residentId ?? "") : null;
  if (value.intent === "resident" && !resident) throw new Response("Not found", { status: 404 });
  const person = resident
    ? { userId: resident.id, name: resident.displayName, email: resident.email, phone: resident.phone, locale: resident.locale }
    : { name: value.name ?? "", phone: value.phone ?? null, locale: "nl" };
  try {
    const done = await signUp(occurrenceId, person, value, { createdById: staff.id, walkIn: value.intent === "walkIn", skipAudienceCheck: true });
    return { result: submission.reply({ resetForm: true }), added: { name: person.name, status: done.status } };
  } catch (error) {
    if (!(error instanceof SignUpError)) throw error;
    return Response.json({ result: submission.reply({ formErrors: [`activities:refused.${error.reason}`] }) }, { status: 400 });
  }
}

export default function Attendees() {
  const { t, i18n } = useTranslation("activities");
  const locale = isLocale(i18n.language) ? i18n.language : "nl";
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const { occurrence } = data;
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
      {actionData?.added ? (
        <Notice tone="success">{actionData.added.status === "waitlisted" ? t("attendees.addedWaitlist", { name: actionData.added.name }) : t("attendees.added", { name: actionData.added.name })}</Notice>
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
                  {s.people > 1 ? t("attendees.guests", { guests: s.guests, children: s.children }) : null} {s.phone ?? s.email ?? ""}
                  {s.walkIn ? ` · ${t("attendees.walkIn")}` : ""}
                  {s.guest ? ` · ${t("attendees.guestSignUp")}` : ""}
                  {s.createdBy && !s.walkIn ? ` · ${t("attendees.helper", { name: s.createdBy.displayName })}` : ""}
                </p>
              </div>
              <Form method="post" className="shrink-0">
                <input type="hidden" name="intent" value="checkIn" />
                <input type="hidden" name="signUpId" value={s.id} />
                <input type="hidden" name="present" value={s.checkedInAt ? "0" : "1"} />
                <Button variant={s.checkedInAt ? "secondary" : "primary"} className="min-w-28" aria-label={`${s.checkedInAt ? t("attendees.undoCheckIn") : t("attendees.checkIn")}: ${s.name}`}>
                  {s.checkedInAt ? `✓ ${t("attendees.present")}` : t("attendees.checkIn")}
                </Button>
              </Form>
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
                {s.name} ({s.people}) {s.phone ?? s.email ?? ""}
                {s.guest ? ` · ${t("attendees.guestSignUp")}` : ""}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <Card className="mb-4 space-y-3">
        <h2 className="text-xl font-bold">{t("attendees.addWalkIn")}</h2>
        <Form method="post" className="space-y-3">
          <input type="hidden" name="intent" value="walkIn" />
          <Field label={t("attendees.name")} name="name" required autoComplete="off" />
          <Field label={t("signUp.phone")} hint={t("common:form.optional")} name="phone" type="tel" />
          <div className="grid grid-cols-2 gap-3">
            <Field label={t("signUp.guests")} name="guests" type="number" min={0} defaultValue={0} />
            <Field label={t("signUp.children")} name="children" type="number" min={0} defaultValue={0} />
          </div>
          <Button className="w-full">{t("attendees.addWalkInButton")}</Button>
        </Form>
      </Card>
      <Card className="space-y-3">
        <h2 className="text-xl font-bold">{t("attendees.assisted")}</h2>
        <p>{t("attendees.assistedHint")}</p>
        <Form method="get" className="flex items-end gap-2" role="search">
          <div className="flex-1">
            <Field label={t("attendees.search")} name="q" type="search" defaultValue={data.query} />
          </div>
          <Button variant="secondary">{t("attendees.searchButton")}</Button>
        </Form>
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
