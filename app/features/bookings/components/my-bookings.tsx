// My next bookings of this space, each with its own cancel button (the booker may always cancel their own).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { formatDate, formatTime } from "~/components/ui/format";
import { Card } from "~/components/ui/page";

type MyBooking = { id: string; purpose: string; startsAt: Date | string; endsAt: Date | string };

export function MyBookings({ bookings, locale }: { bookings: MyBooking[]; locale: string }) {
  const { t } = useTranslation("agreements");
  return (
    <section className="mb-6" aria-labelledby="mine-title">
      <h2 id="mine-title" className="mb-2 text-2xl font-bold">
        {t("booking.mine")}
      </h2>
      {bookings.length === 0 ? <p>{t("booking.noneMine")}</p> : null}
      <ul className="space-y-2">
        {bookings.map((b) => (
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
