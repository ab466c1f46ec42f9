// A simple week list: every day with its bookings, free days say so. Names, purposes and who helped arrive only
// for staff of the neighbourhood (the query leaves them out for everyone else).
import { getFormProps, getTextareaProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { TextareaField } from "~/components/ui/field";
import { formatDate, formatTime } from "~/components/ui/format";
import { bookingActionSchema } from "~/features/bookings/schema";
import { useIntentForm } from "~/utils/intent-form";

type ShownBooking = {
  id: string;
  kind: string;
  startsAt: Date | string;
  endsAt: Date | string;
  mine: boolean;
  purpose: string | null;
  name: string | null;
  assistedBy: string | null;
};
type ShownActivity = { id: string; startsAt: Date | string; endsAt: Date | string; title: string | null };
type WeekData = {
  days: { day: string; hours: { opensAt: string; closesAt: string } | null; bookings: ShownBooking[]; activities: ShownActivity[] }[];
  previous: string;
  next: string;
};

export function Week({ week, base, locale, mayCancelAny }: { week: WeekData; base: string; locale: string; mayCancelAny: boolean }) {
  const { t } = useTranslation("agreements");
  return (
    <section aria-labelledby="week-title" className="space-y-3">
      <h2 id="week-title" className="text-2xl font-bold">
        {t("booking.week", { date: formatDate(week.days[0]?.day, locale) })}
      </h2>
      <nav className="flex justify-between gap-2" aria-label={t("booking.week", { date: "" })}>
        <Link to={`${base}?week=${week.previous}`} className="inline-flex min-h-tap items-center">
          {t("booking.previousWeek")}
        </Link>
        <Link to={`${base}?week=${week.next}`} className="inline-flex min-h-tap items-center">
          {t("booking.nextWeek")}
        </Link>
      </nav>
      <ul className="space-y-2" data-testid="week">
        {week.days.map(({ day, hours, bookings, activities }) => (
          <li key={day} className="rounded-xl border border-ink/10 bg-white p-3">
            <p className="flex flex-wrap justify-between gap-x-3 font-semibold">
              <span>{formatDate(day, locale, "full")}</span>
              <span className="text-base font-normal text-ink/70">{hours ? `${hours.opensAt}–${hours.closesAt}` : t("booking.closed")}</span>
            </p>
            {bookings.length === 0 && activities.length === 0 && hours ? <p className="text-base text-ink/70">{t("booking.free")}</p> : null}
            <ul className="space-y-2">
              {/* Activities in the room take it like a booking does (issue 16); all in order of time. */}
              {[...activities.map((a) => ({ at: a.startsAt, activity: a })), ...bookings.map((b) => ({ at: b.startsAt, booking: b }))]
                .sort((x, y) => new Date(x.at).getTime() - new Date(y.at).getTime())
                .map((entry) =>
                  "activity" in entry ? (
                    <li key={entry.activity.id} className="text-base">
                      <span className="font-semibold">
                        {formatTime(entry.activity.startsAt, locale)}–{formatTime(entry.activity.endsAt, locale)}
                      </span>{" "}
                      {t("booking.activity")}
                      {entry.activity.title ? (
                        <>
                          {": "}
                          <Link to={`/activiteiten/${entry.activity.id}`}>{entry.activity.title}</Link>
                        </>
                      ) : null}
                    </li>
                  ) : (
                    <BookingLine key={entry.booking.id} booking={entry.booking} locale={locale} mayCancelAny={mayCancelAny} />
                  ),
                )}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function BookingLine({ booking: b, locale, mayCancelAny }: { booking: ShownBooking; locale: string; mayCancelAny: boolean }) {
  const { t } = useTranslation("agreements");
  return (
    <li className="text-base">
      <span className="font-semibold">
        {formatTime(b.startsAt, locale)}–{formatTime(b.endsAt, locale)}
      </span>{" "}
      {b.kind === "block" ? t("booking.blockedLabel") : b.mine ? t("booking.yours") : t("booking.taken")}
      {b.purpose ? ` · ${b.purpose}` : ""}
      {b.name ? ` · ${t("booking.by", { name: b.name })}` : ""}
      {b.assistedBy ? ` · ${t("author.withHelpOf", { name: b.assistedBy })}` : ""}
      {mayCancelAny ? <CancelForm bookingId={b.id} /> : null}
    </li>
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
