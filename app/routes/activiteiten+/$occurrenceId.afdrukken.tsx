import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { AttendeeTable } from "~/features/activities/components/attendee-table";
import { formatLongDay, formatTimeRange } from "~/features/activities/format";
import { getAttendees } from "~/features/activities/queries.server";
import { requireStaff } from "~/utils/auth.server";
import { isLocale } from "~/utils/i18n";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:attendees.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const attendees = await getAttendees(actor, params.occurrenceId ?? "");
  if (!attendees) throw new Response("Not found", { status: 404 });
  return attendees;
}

/** The attendee list on paper: print it from the browser menu (the app's header and menu are left off). */
export default function PrintAttendees() {
  const { t, i18n } = useTranslation("activities");
  const locale = isLocale(i18n.language) ? i18n.language : "nl";
  const data = useLoaderData<typeof loader>();
  const { occurrence } = data;
  return (
    <div className="space-y-3 bg-white p-2">
      <h1 className="text-2xl font-bold">{occurrence.activity.title}</h1>
      <p className="first-letter:uppercase">
        {formatLongDay(occurrence.startsAt, locale)}, {formatTimeRange(occurrence.startsAt, occurrence.endsAt, locale)}
      </p>
      <p className="font-semibold">
        {t("attendees.headCount", { people: data.headCount })} {occurrence.capacity !== null ? t("attendees.capacity", { capacity: occurrence.capacity }) : null}
      </p>
      <AttendeeTable signUps={[...data.confirmed, ...data.waitlist]} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
