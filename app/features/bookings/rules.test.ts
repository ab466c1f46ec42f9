import { describe, expect, test } from "vitest";
import {
  checkBooking,
  checkBookingInWeek,
  everyDay,
  findConflict,
  formatWeekHours,
  groupWeekHours,
  localSlot,
  overlaps,
  parseWeekHours,
  sameEveryDay,
  weekDays,
  weekdayOf,
} from "./rules";

const at = (iso: string) => new Date(iso);

describe("booking slots", () => {
  const hours = { opensAt: "09:00", closesAt: "22:00", maxMinutes: 240 };
  const now = at("2026-01-01T00:00:00Z");
  const slot = (date: string, from: string, to: string) => {
    const result = localSlot(date, from, to);
    if (!result.ok) throw new Error(result.error);
    return result.slot;
  };

  test("local times are Brussels time, summer and winter", () => {
    expect(slot("2026-07-04", "14:00", "17:00").startsAt.toISOString()).toBe("2026-07-04T12:00:00.000Z");
    expect(slot("2026-12-05", "14:00", "17:00").startsAt.toISOString()).toBe("2026-12-05T13:00:00.000Z");
  });

  test("overlap: sharing a minute overlaps, touching does not", () => {
    const a = slot("2026-07-04", "14:00", "17:00");
    expect(overlaps(a, slot("2026-07-04", "16:59", "18:00"))).toBe(true);
    expect(overlaps(a, slot("2026-07-04", "15:00", "16:00"))).toBe(true);
    expect(overlaps(a, slot("2026-07-04", "13:00", "18:00"))).toBe(true);
    expect(overlaps(a, slot("2026-07-04", "17:00", "18:00"))).toBe(false);
    expect(overlaps(a, slot("2026-07-04", "10:00", "14:00"))).toBe(false);
    expect(findConflict(a, [{ ...slot("2026-07-04", "09:00", "10:00"), id: 1 }, { ...slot("2026-07-04", "16:00", "18:00"), id: 2 }])?.id).toBe(2);
  });

  test("end before start and impossible times are refused", () => {
    expect(localSlot("2026-07-04", "17:00", "14:00")).toEqual({ ok: false, error: "agreements:errors.endBeforeStart" });
    expect(localSlot("2026-07-04", "14:00", "14:00")).toEqual({ ok: false, error: "agreements:errors.endBeforeStart" });
    expect(localSlot("2026-07-04", "25:00", "26:00")).toEqual({ ok: false, error: "agreements:errors.invalidTime" });
    expect(localSlot("2026-02-30", "10:00", "11:00")).toEqual({ ok: false, error: "common:form.invalidDate" });
  });

  test("on the spring DST day 02:30 does not exist", () => {
    expect(localSlot("2026-03-29", "02:30", "04:00")).toEqual({ ok: false, error: "agreements:errors.timeDoesNotExist" });
    // 01:00–04:00 on that day lasts two real hours.
    const short = slot("2026-03-29", "01:00", "04:00");
    expect((short.endsAt.getTime() - short.startsAt.getTime()) / 3_600_000).toBe(2);
  });

  test("opening hours are wall-clock hours, also on DST days", () => {
    expect(checkBooking(slot("2026-07-04", "09:00", "12:00"), hours, now)).toBeNull();
    expect(checkBooking(slot("2026-07-04", "19:00", "22:00"), hours, now)).toBeNull();
    expect(checkBooking(slot("2026-07-04", "20:00", "22:30"), hours, now)).toBe("agreements:errors.outsideHours");
    expect(checkBooking(slot("2026-07-04", "08:30", "10:00"), hours, now)).toBe("agreements:errors.outsideHours");
    expect(checkBooking(slot("2026-03-29", "19:00", "22:00"), hours, now)).toBeNull();
    expect(checkBooking(slot("2026-10-25", "19:00", "22:00"), hours, now)).toBeNull();
    expect(checkBooking(slot("2026-10-25", "21:00", "22:01"), hours, now)).toBe("agreements:errors.outsideHours");
  });

  test("the maximum length is real time: the autumn DST night has an extra hour", () => {
    const night = { opensAt: "00:00", closesAt: "23:59", maxMinutes: 180 };
    // 01:00–03:00 local on 25 October 2026 lasts three real hours (02:00–03:00 happens twice).
    expect(checkBooking(slot("2026-10-25", "01:00", "03:00"), night, now)).toBeNull();
    expect(checkBooking(slot("2026-10-25", "01:00", "03:30"), night, now)).toBe("agreements:errors.tooLong");
    expect(checkBooking(slot("2026-07-04", "10:00", "14:30"), hours, now)).toBe("agreements:errors.tooLong");
  });

  test("a booking in the past is refused", () => {
    expect(checkBooking(slot("2025-12-31", "10:00", "11:00"), hours, now)).toBe("agreements:errors.bookingInPast");
  });

  test("a slot across midnight is outside the hours", () => {
    const across = { startsAt: at("2026-07-04T21:00:00Z"), endsAt: at("2026-07-04T23:00:00Z") };
    expect(checkBooking(across, { opensAt: "00:00", closesAt: "23:59", maxMinutes: 600 }, now)).toBe("agreements:errors.outsideHours");
  });

  test("the week starts on Monday in Brussels", () => {
    const week = weekDays("2026-03-26");
    expect(week.days).toEqual(["2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28", "2026-03-29"]);
    expect(week.from.toISOString()).toBe("2026-03-22T23:00:00.000Z");
    // The week holds the DST change: it ends at Monday 00:00 summer time.
    expect(week.to.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(week.next).toBe("2026-03-30");
  });
});

describe("opening hours per weekday (issue 16: 'vrijdag en zaterdag tot 23:00' could not be set)", () => {
  const now = at("2026-01-01T00:00:00Z");
  const slot = (date: string, from: string, to: string) => {
    const result = localSlot(date, from, to);
    if (!result.ok) throw new Error(result.error);
    return result.slot;
  };
  const week = parseWeekHours("mon=09:00-22:00,tue=09:00-22:00,wed=09:00-22:00,thu=09:00-22:00,fri=09:00-23:00,sat=09:00-23:00");

  test("stored as one line per space, read back the same; a missing or broken day is closed", () => {
    expect(week.fri).toEqual({ opensAt: "09:00", closesAt: "23:00" });
    expect(week.sun).toBeNull();
    expect(formatWeekHours(week)).toBe("mon=09:00-22:00,tue=09:00-22:00,wed=09:00-22:00,thu=09:00-22:00,fri=09:00-23:00,sat=09:00-23:00");
    expect(parseWeekHours("mon=22:00-09:00,tue=9-22,xyz=09:00-10:00")).toEqual(everyDay(null));
  });

  test("Friday and Saturday until 23:00, the other days until 22:00, Sunday closed", () => {
    // 2026-07-03 is a Friday, 2026-07-02 a Thursday, 2026-07-05 a Sunday.
    expect(checkBookingInWeek(slot("2026-07-03", "21:00", "23:00"), { hours: week, maxMinutes: 240 }, now)).toBeNull();
    expect(checkBookingInWeek(slot("2026-07-02", "21:00", "23:00"), { hours: week, maxMinutes: 240 }, now)).toBe("agreements:errors.outsideHours");
    expect(checkBookingInWeek(slot("2026-07-05", "10:00", "11:00"), { hours: week, maxMinutes: 240 }, now)).toBe("agreements:errors.closedThatDay");
    expect(checkBookingInWeek(slot("2025-07-04", "10:00", "11:00"), { hours: week, maxMinutes: 240 }, now)).toBe("agreements:errors.bookingInPast");
    expect(checkBookingInWeek(slot("2026-07-03", "10:00", "15:00"), { hours: week, maxMinutes: 240 }, now)).toBe("agreements:errors.tooLong");
    // The weekday is Brussels' own: Saturday 00:30 in Brussels is still Friday evening in UTC.
    expect(weekdayOf(at("2026-07-03T22:30:00Z"))).toBe("sat");
    expect(weekdayOf("2026-07-05")).toBe("sun");
  });

  test("the same hours every day make one sentence; otherwise days in a row are grouped", () => {
    expect(sameEveryDay(everyDay({ opensAt: "09:00", closesAt: "22:00" }))).toEqual({ opensAt: "09:00", closesAt: "22:00" });
    expect(sameEveryDay(week)).toBeNull();
    expect(groupWeekHours(week)).toEqual([
      { from: "mon", to: "thu", hours: { opensAt: "09:00", closesAt: "22:00" } },
      { from: "fri", to: "sat", hours: { opensAt: "09:00", closesAt: "23:00" } },
      { from: "sun", to: "sun", hours: null },
    ]);
  });
});
