import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import { decidePlace, placesLeft, preparationList, promotions, signUpClosedReason } from "~/features/activities/rules";
import { expandRecurrence, periodRange, withTimeOfDay } from "~/features/activities/schedule";
import { ZONE } from "~/features/activities/vocabulary";

const local = (d: Date) => DateTime.fromJSDate(d, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm ccc");

describe("recurrence expansion", () => {
  test("weekly keeps 10:00 in Brussels across the spring DST change (last Sunday of March)", () => {
    // 2027-03-28 is the last Sunday of March: clocks go from 02:00 to 03:00.
    const slots = expandRecurrence({ date: "2027-03-21", startTime: "10:00", endTime: "12:00", recurrence: "weekly", until: "2027-04-04" });
    expect(slots.map((s) => local(s.startsAt))).toEqual(["2027-03-21 10:00 Sun", "2027-03-28 10:00 Sun", "2027-04-04 10:00 Sun"]);
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(["2027-03-21T09:00:00.000Z", "2027-03-28T08:00:00.000Z", "2027-04-04T08:00:00.000Z"]);
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 2 * 3600_000)).toBe(true);
  });

  test("weekly keeps the wall-clock time across the autumn DST change (last Sunday of October)", () => {
    const slots = expandRecurrence({ date: "2026-10-24", startTime: "19:00", endTime: "20:30", recurrence: "weekly", until: "2026-11-07" });
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(["2026-10-24T17:00:00.000Z", "2026-10-31T18:00:00.000Z", "2026-11-07T18:00:00.000Z"]);
  });

  test("an occurrence on the night of the change itself keeps its time and length", () => {
    // 2026-10-25 is the change itself (03:00 back to 02:00); 09:00 is then UTC+1.
    const [slot] = expandRecurrence({ date: "2026-10-25", startTime: "09:00", endTime: "11:00", recurrence: "none" });
    expect(slot && local(slot.startsAt)).toBe("2026-10-25 09:00 Sun");
    expect(slot?.startsAt.toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  test("every two weeks skips a week", () => {
    const slots = expandRecurrence({ date: "2027-01-05", startTime: "14:00", endTime: "15:00", recurrence: "biweekly", until: "2027-02-05" });
    expect(slots.map((s) => local(s.startsAt))).toEqual(["2027-01-05 14:00 Tue", "2027-01-19 14:00 Tue", "2027-02-02 14:00 Tue"]);
  });

  test("monthly on the n-th weekday: the first Tuesday of each month, across DST", () => {
    const slots = expandRecurrence({ date: "2027-02-02", startTime: "09:30", endTime: "11:30", recurrence: "monthly", until: "2027-05-31" });
    expect(slots.map((s) => local(s.startsAt))).toEqual(["2027-02-02 09:30 Tue", "2027-03-02 09:30 Tue", "2027-04-06 09:30 Tue", "2027-05-04 09:30 Tue"]);
  });

  test("monthly on a 5th weekday falls back to the last one in short months", () => {
    const slots = expandRecurrence({ date: "2027-03-30", startTime: "18:00", endTime: "19:00", recurrence: "monthly", until: "2027-06-30" });
    expect(slots.map((s) => local(s.startsAt))).toEqual(["2027-03-30 18:00 Tue", "2027-04-27 18:00 Tue", "2027-05-25 18:00 Tue", "2027-06-29 18:00 Tue"]);
  });

  test("a series stops at the maximum number of dates", () => {
    expect(expandRecurrence({ date: "2027-01-01", startTime: "10:00", endTime: "11:00", recurrence: "weekly", until: "2030-01-01" })).toHaveLength(53);
  });

  test("a series edit moves each date to the new time on its own day", () => {
    const summer = new Date("2027-06-01T08:00:00Z");
    expect(withTimeOfDay(summer, "14:00").toISOString()).toBe("2027-06-01T12:00:00.000Z");
    const winter = new Date("2027-12-07T09:00:00Z");
    expect(withTimeOfDay(winter, "14:00").toISOString()).toBe("2027-12-07T13:00:00.000Z");
  });
});

describe("capacity and waitlist", () => {
  test("without a limit everyone is in", () => {
    expect(decidePlace({ capacity: null, placesTaken: 500, waitingCount: 0, people: 4 })).toEqual({ status: "confirmed" });
  });
  test("guests and children count against the places", () => {
    expect(decidePlace({ capacity: 10, placesTaken: 7, waitingCount: 0, people: 3 })).toEqual({ status: "confirmed" });
  });
  test("a group bigger than the places left is asked first; with their yes it waits for all of them", () => {
    // Changed on purpose (issue 16): a group of 3 with 2 places left went to the waitlist of an activity showing
    // "2 places left"; now it is asked whether to come with fewer or to wait together.
    expect(decidePlace({ capacity: 10, placesTaken: 8, waitingCount: 0, people: 3 })).toEqual({ status: "refused", reason: "notAllFit", placesLeft: 2 });
    expect(decidePlace({ capacity: 10, placesTaken: 8, waitingCount: 0, people: 3, acceptWaitlist: true })).toEqual({ status: "waitlisted" });
    expect(decidePlace({ capacity: 10, placesTaken: 8, waitingCount: 0, people: 2 })).toEqual({ status: "confirmed" });
    // Full: nothing to ask, the waitlist it is.
    expect(decidePlace({ capacity: 10, placesTaken: 10, waitingCount: 0, people: 3 })).toEqual({ status: "waitlisted" });
  });
  test("no places are shown free while people wait for them", () => {
    expect(placesLeft(10, 8)).toBe(2);
    expect(placesLeft(10, 8, 1)).toBe(0);
    expect(placesLeft(null, 8, 3)).toBeNull();
    expect(placesLeft(10, 12)).toBe(0);
  });
  test("more people than the whole activity has places is refused", () => {
    expect(decidePlace({ capacity: 4, placesTaken: 0, waitingCount: 0, people: 5 })).toEqual({ status: "refused", reason: "tooMany" });
  });
  test("while people wait, a newcomer waits too (first come, first served)", () => {
    expect(decidePlace({ capacity: 10, placesTaken: 9, waitingCount: 1, people: 1 })).toEqual({ status: "waitlisted" });
  });
  test("promotion follows the order and stops at the first who does not fit", () => {
    const waitlist = [
      { id: "a", people: 1 },
      { id: "b", people: 3 },
      { id: "c", people: 1 },
    ];
    expect(promotions({ capacity: 10, placesTaken: 8 }, waitlist)).toEqual(["a"]);
    expect(promotions({ capacity: 10, placesTaken: 5 }, waitlist)).toEqual(["a", "b", "c"]);
    expect(promotions({ capacity: 10, placesTaken: 10 }, waitlist)).toEqual([]);
  });
  test("sign-up closes when cancelled, started, or past the deadline", () => {
    const now = new Date("2027-05-01T10:00:00Z");
    const base = { status: "scheduled", startsAt: new Date("2027-05-02T10:00:00Z"), signUpDeadline: null, activityCancelled: false };
    expect(signUpClosedReason(base, now)).toBeNull();
    expect(signUpClosedReason({ ...base, status: "cancelled" }, now)).toBe("cancelled");
    expect(signUpClosedReason({ ...base, activityCancelled: true }, now)).toBe("cancelled");
    expect(signUpClosedReason({ ...base, startsAt: new Date("2027-05-01T09:00:00Z") }, now)).toBe("past");
    expect(signUpClosedReason({ ...base, signUpDeadline: new Date("2027-05-01T09:00:00Z") }, now)).toBe("deadline");
  });
  test("the preparation list groups the needs", () => {
    const list = preparationList([
      { name: "Amina", people: 3, interpreterLanguage: "Arabisch", childcare: true, wheelchair: false, lift: false },
      { name: "Jozef", people: 1, interpreterLanguage: null, childcare: false, wheelchair: true, lift: true },
    ]);
    expect(list).toEqual({ interpreter: [{ name: "Amina", language: "Arabisch" }], childcare: ["Amina"], wheelchair: ["Jozef"], lift: ["Jozef"] });
  });
});

describe("list periods", () => {
  test("this weekend on a Wednesday is Saturday 00:00 to Sunday 23:59 in Brussels", () => {
    const range = periodRange("weekend", new Date("2027-03-24T12:00:00Z"));
    expect(range.from.toISOString()).toBe("2027-03-26T23:00:00.000Z");
    expect(range.to?.toISOString()).toBe("2027-03-28T21:59:59.999Z");
  });
  test("a date never reaches into the past", () => {
    const now = new Date("2027-03-24T12:00:00Z");
    expect(periodRange("date", now, "2027-03-24").from).toEqual(now);
  });
});
