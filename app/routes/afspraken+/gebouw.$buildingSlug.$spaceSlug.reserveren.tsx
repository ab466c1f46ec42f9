import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { Notice, PageTitle } from "~/components/ui/page";
import { MyBookings } from "~/features/bookings/components/my-bookings";
import { OpeningHours } from "~/features/bookings/components/opening-hours";
import { SlotForm } from "~/features/bookings/components/slot-form";
import { Week } from "~/features/bookings/components/week";
import { performBookingAction } from "~/features/bookings/mutations.server";
import { can } from "~/features/bookings/permissions";
import { getBookingPage } from "~/features/bookings/queries.server";
import { bookingActionSchema } from "~/features/bookings/schema";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";
import { getLocale } from "~/utils/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:booking.goBook");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const week = new URL(request.url).searchParams.get("week");
  const found = await getBookingPage(actor, params.buildingSlug ?? "", params.spaceSlug ?? "", week);
  if (!found || !can(actor, "seeWeek", found.access)) throw notFound();
  const { access, ...page } = found;
  const may = { book: can(actor, "book", access), block: can(actor, "block", access), cancelAny: can(actor, "cancelAny", access) };
  return { page, may, locale: await getLocale(request) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const submission = await parseForm(request, bookingActionSchema);
  const intent = submission.payload.intent;
  const subject = typeof submission.payload.bookingId === "string" ? submission.payload.bookingId : undefined;
  if (submission.status !== "success") return Response.json({ intent, subject, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  try {
    await performBookingAction(actor, { buildingSlug: params.buildingSlug ?? "", spaceSlug: params.spaceSlug ?? "" }, value);
  } catch (error) {
    return replyWithError(submission, error, { intent, subject });
  }
  const base = `/afspraken/gebouw/${params.buildingSlug}/${params.spaceSlug}/reserveren`;
  return redirect(value.intent === "cancel" ? `${base}?klaar=cancel` : `${base}?week=${value.date}&klaar=${value.intent}`);
}

const done: Record<string, string> = { book: "booking.booked", block: "booking.blocked", cancel: "booking.cancelled" };

export default function BookingPage() {
  const { t } = useTranslation("agreements");
  const { page, may, locale } = useLoaderData<typeof loader>();
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
          <div className="mb-4 font-semibold">
            <OpeningHours hours={settings.hours} maxMinutes={settings.maxMinutes} />
          </div>
          {space.agreement ? (
            <p className="mb-4">
              <Link to={`/afspraken/${space.agreement.id}`}>{t("openSpace", { space: space.name })}</Link>
            </p>
          ) : null}
          {/* Keyed by the result in the URL: after a booking the form starts empty again. */}
          {may.book ? <SlotForm key={`book-${searchParams.get("klaar")}`} intent="book" title={t("booking.submit")} /> : null}
          {may.block ? <SlotForm key={`block-${searchParams.get("klaar")}`} intent="block" title={t("booking.blockTitle")} /> : null}
        </>
      ) : (
        <Notice tone="info">{t("booking.notBookable")}</Notice>
      )}
      <MyBookings bookings={page.mine} locale={locale} />
      <Week week={page.week} base={`/afspraken/gebouw/${space.building.slug}/${space.slug}/reserveren`} locale={locale} mayCancelAny={may.cancelAny} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
