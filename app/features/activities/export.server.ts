import { needsText } from "~/features/activities/components/attendee-table";
import { getAttendees } from "~/features/activities/queries.server";
import type { Actor } from "~/utils/actor";

function cell(value: string | number) {
  const text = String(value);
  // Quote everything; a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Null outside the organiser's neighbourhoods, like the list on screen. */
export async function attendeesCsv(actor: Actor, occurrenceId: string, t: (key: string) => string) {
  const data = await getAttendees(actor, occurrenceId);
  if (!data) return null;
  const header = [t("attendees.name"), t("signUp.email"), t("signUp.phone"), t("attendees.status"), t("attendees.people"), t("signUp.guests"), t("signUp.children"), t("attendees.needs"), t("attendees.present"), t("attendees.signedUpAt")];
  const rows = [...data.confirmed, ...data.waitlist].map((s) => [
    s.name,
    s.email ?? "",
    s.phone ?? "",
    t(`attendees.${s.status}`),
    s.people,
    s.guests,
    s.children,
    needsText(s, t),
    s.checkedInAt ? "x" : "",
    s.createdAt.toISOString(),
  ]);
  return "\uFEFF" + [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
