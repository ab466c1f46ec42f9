import { describe, expect, test, vi } from "vitest";
import { formatDay, formatLongDay, formatShortMoment, formatTimeRange, shortTitle, toFormDate, toFormTime } from "~/features/activities/format";

describe("dates in Brussels time", () => {
  test("form fields show the wall clock in Brussels, also around the change to summer time", () => {
    // 28 March 2027: clocks go from 02:00 to 03:00.
    expect(toFormTime("2027-03-28T00:30:00Z")).toBe("01:30");
    expect(toFormTime("2027-03-28T01:30:00Z")).toBe("03:30");
    // Just after midnight in Brussels is still the previous day in UTC.
    expect(toFormDate("2027-06-02T22:30:00Z")).toBe("2027-06-03");
    expect(toFormTime("2027-06-02T22:30:00Z")).toBe("00:30");
  });

  test("a moment written before is written the same again, and kept apart by language and shape", () => {
    const moment = new Date("2027-06-03T12:00:00Z");
    const first = [formatDay(moment, "nl"), formatDay(moment, "fr"), formatLongDay(moment, "nl"), formatDay(moment.toISOString(), "ar")];
    // (Intl hands out its format function through a getter: each use of a formatter asks it once.)
    const writes = vi.spyOn(Intl.DateTimeFormat.prototype as Record<"format", unknown>, "format", "get");
    const again = [formatDay(moment, "nl"), formatDay(moment, "fr"), formatLongDay(moment, "nl"), formatDay(moment.toISOString(), "ar")];
    expect(again).toEqual(first);
    // Written once: the second time the words were remembered.
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
    expect(first.slice(0, 3)).toEqual(["donderdag 3 juni", "jeudi 3 juin", "donderdag 3 juni 2027"]);
    expect(first[3]).not.toBe(first[0]);
    expect(() => formatDay("not a date", "nl")).toThrow(RangeError);
  });

  test("days and times read naturally in each language", () => {
    const start = new Date("2027-06-03T12:00:00Z");
    const end = new Date("2027-06-03T14:00:00Z");
    expect(formatDay(start, "nl")).toBe("donderdag 3 juni");
    expect(formatLongDay(start, "fr")).toBe("jeudi 3 juin 2027");
    expect(formatTimeRange(start, end, "nl")).toBe("14:00 – 16:00");
    expect(formatTimeRange(start, end, "en")).toBe("14:00 – 16:00");
    expect(formatDay(start, "ar")).toMatch(/يونيو/);
  });

  test("a tear-off strip gets a short date and a title of whole words", () => {
    expect(formatShortMoment(new Date("2027-06-03T12:00:00Z"), "nl")).toBe("do 3 jun 14:00");
    expect(shortTitle("Buurtdrink")).toBe("Buurtdrink");
    expect(shortTitle("Koffie en papieren in Wijkhuis De Brug")).toBe("Koffie en papieren in…");
    expect(shortTitle("Koffie en papieren, in Wijkhuis De Brug", 20)).toBe("Koffie en papieren…");
    expect(shortTitle("Buurtvriendschapsnamiddagactiviteit", 10)).toBe("Buurtvrie…");
    for (const title of ["Taalcafé voor nieuwkomers en buren", "Wandeling langs de vesten met gids"]) expect(shortTitle(title).length).toBeLessThanOrEqual(24);
  });
});
