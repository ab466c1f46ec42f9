import { getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { ErrorList, Field, TextareaField } from "~/components/ui/field";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { cancelBooking, createBooking, getBookingPage } from "~/features/agreements/bookings.server";
import { formatDate, formatTime } from "~/features/agreements/components/format";
import { AgreementError } from "~/features/agreements/mutations.server";
import { toAsker } from "~/features/agreements/queries.server";
import { localDate, localSlot } from "~/features/agreements/rules";
import { bookingActionSchema } from "~/features/agreements/schema";
import { requireActor } from "~/utils/auth.server";
import { parseForm } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";
import { useIntentForm } from "~/utils/intent-form";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:booking.goBook");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const asker = toAsker(actor);
  const week = new URL(request.url).searchParams.get("week");
  const page = await getBookingPage(asker, params.buildingSlug ?? "", params.spaceSlug ?? "", week);
  if (!page) throw new Response("Not found", { status: 404 });
  return { page, isStaff: asker.isStaff, locale: actor.user.locale };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const asker = toAsker(await requireActor(request));
  const submission = await parseForm(request, bookingActionSchema);
  const intent = submission.payload.intent;
  if (submission.status !== "success") return Response.json({ intent, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  const base = `/afspraken/gebouw/${params.buildingSlug}/${params.spaceSlug}/reserveren`;
  try {
    if (value.intent === "cancel") {
      await cancelBooking(asker, value.bookingId, value.message);
      return redirect(`${base}?klaar=cancel`);
    }
    const slot = localSlot(value.date, value.start, value.end);
    if (!slot.ok) throw new AgreementError(slot.error);
    await createBooking(asker, {
      buildingSlug: params.buildingSlug ?? "",
      spaceSlug: params.spaceSlug ?? "",
      kind: value.intent === "block" ? "block" : "booking",
      purpose: value.purpose,
      slot: slot.slot,
    });
    return redirect(`${base}?week=${value.date}&klaar=${value.intent}`);
  } catch (error) {
    if (!(error instanceof AgreementError)) throw error;
    return Response.json({ intent, result: submission.reply({ formErrors: [error.message] }) }, { status: error.status });
  }
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>["page"];

const done: Record<string, string> = { book: "booking.booked", block: "booking.blocked", cancel: "booking.cancelled" };

export default function BookingPage() {
  const { t } = useTranslation("agreements");
  const { page, isStaff, locale } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const message = done[searchParams.get("klaar") ?? ""];
  const { space } = page;
  const settings = space.bookable?.active ? space.bookable : null;
  return (
    <>
      <p className="mb-2 text-base">
        <Link to={`/afspraken/gebouw/${space.building.slug}/${space.slug}`}>
          {space.building.name} › {space.name}
        </Link>
      </p>
      <PageTitle intro={t("booking.intro")}>{t("booking.title", { space: space.name })}</PageTitle>
      {message ? <Notice tone="success">{t(message)}</Notice> : null}
      {settings ? (
        <>
          <p className="mb-4 font-semibold">
            {t("booking.hours", { from: settings.opensAt, to: settings.closesAt, hours: Math.round((settings.maxMinutes / 60) * 10) / 10 })}
          </p>
          {space.agreement ? (
            <p className="mb-4">
              <Link to={`/afspraken/${space.agreement.id}`}>{t("openSpace", { space: space.name })}</Link>
            </p>
          ) : null}
          {/* Keyed by the result in the URL: after a booking the form starts empty again. */}
          <SlotForm key={`book-${searchParams.get("klaar")}`} intent="book" title={t("booking.submit")} />
          {isStaff ? <SlotForm key={`block-${searchParams.get("klaar")}`} intent="block" title={t("booking.blockTitle")} /> : null}
        </>
      ) : (
        <Notice tone="info">{t("booking.notBookable")}</Notice>
      )}
      <Mine page={page} locale={locale} />
      <Week page={page} locale={locale} isStaff={isStaff} />
    </>
  );
}

function SlotForm({ intent, title }: { intent: "book" | "block"; title: string }) {
  const { t } = useTranslation("agreements");
  const [form, fields] = useIntentForm<{ date: string; start: string; end: string; purpose: string }>(intent, bookingActionSchema);
  return (
    <Card className="mb-6">
      <Form method="post" className="space-y-4" {...getFormProps(form)} aria-label={title}>
        <input type="hidden" name="intent" value={intent} />
        {intent === "block" ? <h2 className="text-xl font-bold">{title}</h2> : null}
        <ErrorList id={form.errorId} errors={form.errors} />
        <Field label={t("booking.date")} errors={fields.date.errors} {...getInputProps(fields.date, { type: "date" })} />
        <div className="grid grid-cols-2 gap-3">
          <Field label={t("booking.start")} errors={fields.start.errors} {...getInputProps(fields.start, { type: "time" })} />
          <Field label={t("booking.end")} errors={fields.end.errors} {...getInputProps(fields.end, { type: "time" })} />
        </div>
        <Field
          label={t("booking.purpose")}
          hint={t("booking.purposeHint")}
          errors={fields.purpose.errors}
          {...getInputProps(fields.purpose, { type: "text" })}
        />
        <Button className="w-full" variant={intent === "block" ? "secondary" : "primary"}>
          {intent === "block" ? t("booking.block") : t("booking.submit")}
        </Button>
      </Form>
    </Card>
  );
}

function Mine({ page, locale }: { page: PageData; locale: string }) {
  const { t } = useTranslation("agreements");
  return (
    <section className="mb-6" aria-labelledby="mine-title">
      <h2 id="mine-title" className="mb-2 text-2xl font-bold">
        {t("booking.mine")}
      </h2>
      {page.mine.length === 0 ? <p>{t("booking.noneMine")}</p> : null}
      <ul className="space-y-2">
        {page.mine.map((b) => (
          <li key={b.id}>
            <Card className="flex items-center justify-between gap-3">
              <span>
                {formatDate(b.startsAt, locale, "full")} {formatTime(b.startsAt, locale)}–{formatTime(b.endsAt, locale)}
                <span className="block text-base text-ink/80">{b.purpose}</span>
              </span>
              <Form method="post">
                <input type="hidden" name="intent" value="cancel" />
                <input type="hidden" name="bookingId" value={b.id} />
                <Button variant="danger" className="px-3">
                  {t("booking.cancel")}
                </Button>
              </Form>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A simple week list: every day with its bookings, free days say so. */
function Week({ page, locale, isStaff }: { page: PageData; locale: string; isStaff: boolean }) {
  const { t } = useTranslation("agreements");
  const base = `/afspraken/gebouw/${page.space.building.slug}/${page.space.slug}/reserveren`;
  return (
    <section aria-labelledby="week-title" className="space-y-3">
      <h2 id="week-title" className="text-2xl font-bold">
        {t("booking.week", { date: formatDate(page.week.days[0], locale) })}
      </h2>
      <nav className="flex justify-between gap-2" aria-label={t("booking.week", { date: "" })}>
        <Link to={`${base}?week=${page.week.previous}`} className="inline-flex min-h-tap items-center">
          {t("booking.previousWeek")}
        </Link>
        <Link to={`${base}?week=${page.week.next}`} className="inline-flex min-h-tap items-center">
          {t("booking.nextWeek")}
        </Link>
      </nav>
      <ul className="space-y-2" data-testid="week">
        {page.week.days.map((day) => {
          const bookings = page.bookings.filter((b) => localDate(new Date(b.startsAt)) === day);
          return (
            <li key={day} className="rounded-xl border border-ink/10 bg-white p-3">
              <p className="font-semibold">{formatDate(day, locale, "full")}</p>
              {bookings.length === 0 ? <p className="text-base text-ink/70">{t("booking.free")}</p> : null}
              <ul className="space-y-2">
                {bookings.map((b) => (
                  <li key={b.id} className="text-base">
                    <span className="font-semibold">
                      {formatTime(b.startsAt, locale)}–{formatTime(b.endsAt, locale)}
                    </span>{" "}
                    {b.kind === "block" ? t("booking.blockedLabel") : b.mine ? t("booking.yours") : t("booking.taken")}
                    {b.purpose ? ` · ${b.purpose}` : ""}
                    {b.name ? ` · ${t("booking.by", { name: b.name })}` : ""}
                    {isStaff ? <CancelForm bookingId={b.id} /> : null}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function CancelForm({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation("agreements");
  const [form, fields] = useIntentForm<{ message: string }>("cancel", bookingActionSchema, { subject: bookingId });
  return (
    <details className="mt-1">
      <summary className="min-h-tap cursor-pointer py-2 font-semibold text-red-800">{t("booking.cancel")}</summary>
      <Form method="post" className="space-y-2" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="bookingId" value={bookingId} />
        <TextareaField label={t("booking.cancelMessage")} hint={t("booking.cancelMessageHint")} errors={fields.message.errors} {...getTextareaProps(fields.message)} rows={2} />
        <Button variant="danger" className="w-full">
          {t("booking.cancel")}
        </Button>
      </Form>
    </details>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
