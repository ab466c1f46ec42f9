// Pure rules for booking a shared space: slots in Brussels time, overlap, opening hours, weeks.
// No I/O here, so every rule has a unit test next to it (rules.test.ts).
import { DateTime } from "luxon";
import { ZONE } from "~/utils/dates";

export type Slot = { startsAt: Date; endsAt: Date };
export type BookingSettings = { opensAt: string; closesAt: string; maxMinutes: number };

/** Touching slots (one ends at 14:00, the next starts at 14:00) do not overlap. */
export function overlaps(a: Slot, b: Slot) {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

export function findConflict<T extends Slot>(slot: Slot, existing: readonly T[]): T | undefined {
  return existing.find((other) => overlaps(slot, other));
}

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
export function isClockTime(value: string) {
  return hhmm.test(value);
}
function minutesOf(clock: string) {
  const [h = "0", m = "0"] = clock.split(":");
  return Number(h) * 60 + Number(m);
}

export type SlotResult = { ok: true; slot: Slot } | { ok: false; error: string };

/**
 * Turns a local date and two wall-clock times into instants. On the spring DST day 02:00–03:00
 * does not exist in Brussels: such a time is refused instead of silently moved.
 */
export function localSlot(date: string, start: string, end: string): SlotResult {
  if (!isClockTime(start) || !isClockTime(end)) return { ok: false, error: "agreements:errors.invalidTime" };
  const day = DateTime.fromISO(date, { zone: ZONE });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !day.isValid) return { ok: false, error: "common:form.invalidDate" };
  const at = (clock: string) => {
    const minutes = minutesOf(clock);
    const local = day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
    return local.toFormat("HH:mm") === clock ? local : null;
  };
  const from = at(start);
  const to = at(end);
  if (!from || !to) return { ok: false, error: "agreements:errors.timeDoesNotExist" };
  if (to.toMillis() <= from.toMillis()) return { ok: false, error: "agreements:errors.endBeforeStart" };
  return { ok: true, slot: { startsAt: from.toJSDate(), endsAt: to.toJSDate() } };
}

/** Opening hours are wall-clock times, so they hold on DST days too; the length is real time. */
export function checkBooking(slot: Slot, settings: BookingSettings, now: Date = new Date()): string | null {
  if (slot.endsAt.getTime() <= slot.startsAt.getTime()) return "agreements:errors.endBeforeStart";
  if (slot.startsAt.getTime() < now.getTime()) return "agreements:errors.bookingInPast";
  const start = DateTime.fromJSDate(slot.startsAt, { zone: ZONE });
  const end = DateTime.fromJSDate(slot.endsAt, { zone: ZONE });
  if (!end.hasSame(start, "day")) return "agreements:errors.outsideHours";
  const startMinutes = start.hour * 60 + start.minute;
  const endMinutes = end.hour * 60 + end.minute;
  if (startMinutes < minutesOf(settings.opensAt) || endMinutes > minutesOf(settings.closesAt)) {
    return "agreements:errors.outsideHours";
  }
  const minutes = (slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000;
  if (minutes > settings.maxMinutes) return "agreements:errors.tooLong";
  return null;
}

/** The seven local days (Monday first) of the week that holds `date`, as ISO dates. */
export function weekDays(date: string | null, now: Date = new Date()) {
  const parsed = date ? DateTime.fromISO(date, { zone: ZONE }) : null;
  const base = parsed?.isValid ? parsed : DateTime.fromJSDate(now, { zone: ZONE });
  const monday = base.startOf("week");
  const days = Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate() ?? "");
  return {
    days,
    from: monday.toJSDate(),
    to: monday.plus({ weeks: 1 }).toJSDate(),
    previous: monday.minus({ weeks: 1 }).toISODate() ?? "",
    next: monday.plus({ weeks: 1 }).toISODate() ?? "",
  };
}
