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

/** Monday first, as a Flemish week. */
export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];
export type DayHours = { opensAt: string; closesAt: string };
/** Opening hours per weekday; null: closed that day ("vrijdag en zaterdag tot 23:00" needs more than one range). */
export type WeekHours = Record<Weekday, DayHours | null>;

export function everyDay(hours: DayHours | null): WeekHours {
  return Object.fromEntries(weekdays.map((day) => [day, hours])) as WeekHours;
}

/** Staff may keep the room free at any hour (cleaning at 07:00, a late meeting). */
export const allDay = everyDay({ opensAt: "00:00", closesAt: "23:59" });

/**
 * Stored as "mon=09:00-22:00,tue=...,fri=09:00-23:00" (BookableSpace.hours): seven short entries, only ever read
 * whole. A day that is missing or unreadable is closed.
 */
export function parseWeekHours(value: string): WeekHours {
  const hours = everyDay(null);
  for (const entry of value.split(",")) {
    const match = /^(mon|tue|wed|thu|fri|sat|sun)=(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(entry.trim());
    if (!match) continue;
    const [, day, opensAt = "", closesAt = ""] = match;
    if (isWeekday(day) && isClockTime(opensAt) && isClockTime(closesAt) && opensAt < closesAt) hours[day] = { opensAt, closesAt };
  }
  return hours;
}

export function formatWeekHours(hours: WeekHours): string {
  return weekdays.flatMap((day) => {
    const open = hours[day];
    return open ? [`${day}=${open.opensAt}-${open.closesAt}`] : [];
  }).join(",");
}

function isWeekday(value: unknown): value is Weekday {
  return typeof value === "string" && (weekdays as readonly string[]).includes(value);
}

/** The weekday of an instant, or of a date field, in Brussels. */
export function weekdayOf(at: Date | string): Weekday {
  const local = typeof at === "string" ? DateTime.fromISO(at, { zone: ZONE }) : DateTime.fromJSDate(at, { zone: ZONE });
  return weekdays[local.weekday - 1] ?? "mon";
}

/** The same hours every day (the short sentence will do), or null when they differ or it is closed some day. */
export function sameEveryDay(hours: WeekHours): DayHours | null {
  const first = hours.mon;
  if (!first) return null;
  return weekdays.every((day) => hours[day]?.opensAt === first.opensAt && hours[day]?.closesAt === first.closesAt) ? first : null;
}

/** Days in a row with the same hours, for "maandag tot donderdag 09:00–22:00, vrijdag en zaterdag 09:00–23:00". */
export function groupWeekHours(hours: WeekHours): { from: Weekday; to: Weekday; hours: DayHours | null }[] {
  const groups: { from: Weekday; to: Weekday; hours: DayHours | null }[] = [];
  for (const day of weekdays) {
    const last = groups[groups.length - 1];
    const open = hours[day];
    if (last && last.hours?.opensAt === open?.opensAt && last.hours?.closesAt === open?.closesAt) last.to = day;
    else groups.push({ from: day, to: day, hours: open });
  }
  return groups;
}

/** A resident's booking against the hours of the day it falls on; closed days take no bookings. */
export function checkBookingInWeek(slot: Slot, settings: { hours: WeekHours; maxMinutes: number }, now: Date = new Date()): string | null {
  if (slot.startsAt.getTime() < now.getTime()) return "agreements:errors.bookingInPast";
  const day = settings.hours[weekdayOf(slot.startsAt)];
  if (!day) return "agreements:errors.closedThatDay";
  return checkBooking(slot, { ...day, maxMinutes: settings.maxMinutes }, now);
}
