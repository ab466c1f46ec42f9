// "Eerst kennismaken in het wijkhuis": the stepwise safety of a request marked that way (issue 16). After the match,
// the buurtwerker (or the buddy, in the times the resident chose) plans the first meeting at the wijkhuis; both hear
// the date; the buddy gets address and phone only after the buurtwerker marked that meeting done. Pure, for the
// permissions, the page and the mutations alike.
import { DateTime } from "luxon";
import { days, type DayPart, type Slot } from "~/features/help/vocabulary";

const ZONE = "Europe/Brussels";

export type FirstMeeting = { meetAtWijkhuis: boolean; firstMeetingAt: Date | string | null; firstMeetingDoneAt: Date | string | null };

/** Address and phone may reach the buddy: no meeting at the wijkhuis was asked, or it took place. */
export function contactReleased(request: FirstMeeting) {
  return !request.meetAtWijkhuis || request.firstMeetingDoneAt !== null;
}

/** Where a request marked "meet at the wijkhuis" stands; null for any other request. */
export function firstMeetingStep(request: FirstMeeting): "toPlan" | "planned" | "done" | null {
  if (!request.meetAtWijkhuis) return null;
  if (request.firstMeetingDoneAt !== null) return "done";
  return request.firstMeetingAt === null ? "toPlan" : "planned";
}

/** Parts of the day as the request form means them: before noon, the afternoon until 17:00, the evening after. */
export function dayPartOf(hour: number): DayPart {
  if (hour < 12) return "morning";
  return hour < 17 ? "afternoon" : "evening";
}

/** The weekly slot a moment falls in, in Brussels ("tue-morning"). */
export function slotOf(at: Date): Slot {
  const local = DateTime.fromJSDate(at, { zone: ZONE });
  return `${days[local.weekday - 1] ?? "mon"}-${dayPartOf(local.hour)}`;
}

/**
 * Why this moment cannot be the first meeting, as a translation key, or null when it can. Always in the future; the
 * buddy plans only in the times the resident chose (any time when they chose none: "wanneer het past"), the
 * buurtwerker at any time (they know when the wijkhuis is open).
 */
export function checkFirstMeeting(at: Date, { by, times }: { by: "staff" | "volunteer"; times: readonly Slot[] }, now = new Date()) {
  if (at.getTime() <= now.getTime()) return "help:errors.meetingInPast";
  if (by === "volunteer" && times.length > 0 && !times.includes(slotOf(at))) return "help:errors.meetingOutsideTimes";
  return null;
}

/** A date and a time as typed in the form ("2026-12-01", "14:00"), as the moment it is in Brussels. */
export function meetingMoment(date: string, time: string): Date | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
  return local.isValid ? local.toJSDate() : null;
}
