import { describe, expect, test } from "vitest";
import {
  MAX_NOT_HOME,
  doorStatus,
  dueByEndOfWeek,
  figure,
  knockMoment,
  lastMonths,
  lastWeeks,
  needsAnotherKnock,
  numbersBetween,
  parseHouseNumber,
  reachByWeek,
  reachSummary,
  roundProgress,
  signalTable,
  walkingOrder,
  weekBounds,
  weekOf,
  type Knock,
  type ReachFacts,
} from "~/features/outreach/rules";

const house = (street: string, number: string) => ({ street, number, building: null, unit: "" });
const flat = (building: string, unit: string) => ({ street: "", number: "", building, unit });

describe("walking order", () => {
  test("up the odd side of a street and back down the even side", () => {
    const stops = ["2", "1", "4", "3", "6", "5"].map((n) => house("Lindestraat", n));
    expect(walkingOrder(stops).map((s) => s.number)).toEqual(["1", "3", "5", "6", "4", "2"]);
  });

  test("street by street, alphabetically; 12 before 12A going up, 12A before 12 coming back", () => {
    const stops = [
      house("Lindestraat", "12A"),
      house("Eikenlaan", "3"),
      house("Lindestraat", "12"),
      house("Lindestraat", "11"),
      house("Lindestraat", "11A"),
    ];
    expect(walkingOrder(stops).map((s) => `${s.street} ${s.number}`)).toEqual([
      "Eikenlaan 3",
      "Lindestraat 11",
      "Lindestraat 11A",
      "Lindestraat 12A",
      "Lindestraat 12",
    ]);
  });

  test("numbers compare as numbers, not as text; an address without a number comes last on its side", () => {
    const stops = [
      house("Lindestraat", "9"),
      house("Lindestraat", "11"),
      house("Lindestraat", "zonder"),
      house("Lindestraat", "101"),
    ];
    expect(walkingOrder(stops).map((s) => s.number)).toEqual(["9", "11", "101", "zonder"]);
  });

  test("a building flat by flat", () => {
    const stops = [
      flat("Blok De Linde", "2.01"),
      flat("Blok De Linde", "10.01"),
      flat("Blok De Linde", "1.02"),
      flat("Blok De Linde", "1.01"),
    ];
    expect(walkingOrder(stops).map((s) => s.unit)).toEqual(["1.01", "1.02", "2.01", "10.01"]);
  });

  test("house numbers read as written on the door", () => {
    expect(parseHouseNumber("12 bus 3")).toEqual({ value: 12, rest: "bus 3" });
    expect(parseHouseNumber("7b")).toEqual({ value: 7, rest: "b" });
    expect(parseHouseNumber("").value).toBe(Number.POSITIVE_INFINITY);
  });

  test("a round over a street covers every house, or one side", () => {
    expect(numbersBetween(1, 6, "all")).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(numbersBetween(10, 1, "odd")).toEqual(["1", "3", "5", "7", "9"]);
    expect(numbersBetween(1, 6, "even")).toEqual(["2", "4", "6"]);
  });
});

describe("knocking again", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10));
  const knock = (outcome: string, day: number, comeBackOn: string | null = null): Knock => ({
    outcome,
    comeBackOn,
    knockedAt: at(day),
  });
  const today = "2026-11-20";

  test("an address nobody knocked on yet is new", () => {
    expect(doorStatus([], today)).toMatchObject({ state: "new", attempts: 0, due: true });
  });

  test("a closed door is knocked on again, until the fourth time", () => {
    const three = [knock("not_home", 1), knock("not_home", 3), knock("not_home", 5)];
    expect(doorStatus(three, today)).toMatchObject({ state: "again", attempts: 3 });
    expect(needsAnotherKnock(doorStatus(three, today))).toBe(true);
    const four = [...three, knock("not_home", 7)];
    expect(MAX_NOT_HOME).toBe(4);
    expect(doorStatus(four, today)).toMatchObject({ state: "rest", attempts: 4, due: false });
    expect(needsAnotherKnock(doorStatus(four, today))).toBe(false);
  });

  test("the newest knock counts, whatever order the knocks come in", () => {
    expect(doorStatus([knock("talked", 9), knock("not_home", 2)], today).state).toBe("done");
    expect(doorStatus([knock("not_home", 12), knock("talked", 9)], today).state).toBe("again");
  });

  test("come back: on the list from the day they asked for", () => {
    const later = doorStatus([knock("come_back", 10, "2026-11-25")], today);
    expect(later).toMatchObject({ state: "comeBack", due: false });
    expect(needsAnotherKnock(later)).toBe(false);
    expect(needsAnotherKnock(doorStatus([knock("come_back", 10, "2026-11-20")], today))).toBe(true);
    expect(needsAnotherKnock(doorStatus([knock("come_back", 10)], today))).toBe(true);
  });

  test("talked, not interested and moved are done", () => {
    for (const outcome of ["talked", "not_interested", "moved"])
      expect(needsAnotherKnock(doorStatus([knock(outcome, 3)], today))).toBe(false);
  });

  test("a round's progress counts each state", () => {
    const statuses = [
      doorStatus([], today),
      doorStatus([knock("talked", 2)], today),
      doorStatus([knock("not_home", 2)], today),
      doorStatus([knock("not_home", 3)], today),
    ];
    expect(roundProgress(statuses)).toEqual({ new: 1, again: 2, comeBack: 0, done: 1, rest: 0 });
  });
});

describe("when a knock happened", () => {
  const now = new Date("2026-11-29T15:00:00Z");
  test("the phone's time for a knock queued offline and sent later", () => {
    expect(knockMoment("2026-11-29T09:12:00+01:00", now)).toEqual(new Date("2026-11-29T08:12:00Z"));
    expect(knockMoment("2026-11-23T10:00:00Z", now)).toEqual(new Date("2026-11-23T10:00:00Z"));
  });

  test("the server's time without one, or for one that cannot be", () => {
    expect(knockMoment(undefined, now)).toBe(now);
    expect(knockMoment("2026-11-29T16:00:00Z", now)).toBe(now);
    expect(knockMoment("2026-11-01T10:00:00Z", now)).toBe(now);
    expect(knockMoment("gisteren", now)).toBe(now);
  });
});

describe("weeks in Brussels", () => {
  test("a week starts on Monday, Brussels time", () => {
    // Sunday 29 November 2026, 23:30 in Brussels is still that week; 23:30 UTC is Monday 00:30 there.
    expect(weekOf(new Date("2026-11-29T22:30:00Z"))).toBe("2026-11-23");
    expect(weekOf(new Date("2026-11-29T23:30:00Z"))).toBe("2026-11-30");
  });

  test("the last weeks, oldest first, and their bounds", () => {
    expect(lastWeeks(new Date("2026-11-29T12:00:00Z"), 3)).toEqual([
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
    ]);
    expect(weekBounds("2026-11-23")).toEqual({
      start: new Date("2026-11-22T23:00:00Z"),
      end: new Date("2026-11-29T23:00:00Z"),
    });
    expect(lastMonths(new Date("2026-01-10T12:00:00Z"), 3)).toEqual(["2025-11", "2025-12", "2026-01"]);
  });

  test("due this week: up to Sunday, overdue included", () => {
    const wednesday = new Date("2026-11-25T09:00:00Z");
    expect(dueByEndOfWeek("2026-11-29", wednesday)).toBe(true);
    expect(dueByEndOfWeek("2026-11-02", wednesday)).toBe(true);
    expect(dueByEndOfWeek("2026-11-30", wednesday)).toBe(false);
  });
});

describe("reach, with small numbers hidden", () => {
  test("any number under 5 is 'few', 5 and more are shown", () => {
    expect([0, 1, 4, 5, 48].map(figure)).toEqual(["few", "few", "few", 5, 48]);
  });

  // A fixed fixture: two weeks, households h1..h8.
  const week1 = "2026-11-16";
  const week2 = "2026-11-23";
  const inWeek1 = (hour: number) => new Date(Date.UTC(2026, 10, 17, hour));
  const inWeek2 = (hour: number) => new Date(Date.UTC(2026, 10, 24, hour));
  const facts: ReachFacts = {
    knocks: [
      // Week 1: six households, one knocked twice; five talked.
      ...["h1", "h2", "h3", "h4", "h5"].map((householdId, i) => ({
        householdId,
        outcome: "talked",
        knockedAt: inWeek1(9 + i),
      })),
      { householdId: "h6", outcome: "not_home", knockedAt: inWeek1(15) },
      { householdId: "h6", outcome: "not_home", knockedAt: inWeek1(17) },
      // Week 2: two households, one talked.
      { householdId: "h7", outcome: "talked", knockedAt: inWeek2(10) },
      { householdId: "h8", outcome: "not_interested", knockedAt: inWeek2(11) },
    ],
    followUps: [
      // Started in week 1, still running.
      ...["h1", "h2", "h3", "h4"].map((householdId) => ({
        householdId,
        startedAt: inWeek1(18),
        endedAt: null,
      })),
      // Ended before week 2 began.
      { householdId: "h5", startedAt: new Date(Date.UTC(2026, 4, 1)), endedAt: inWeek1(20) },
      { householdId: "h7", startedAt: inWeek2(12), endedAt: null },
    ],
    referrals: [
      ...Array.from({ length: 6 }, () => ({ kind: "activity", status: "came", firstVisit: true })),
      { kind: "activity", status: "came", firstVisit: false },
      { kind: "buddy", status: "matched", firstVisit: false },
      { kind: "partner", status: "open", firstVisit: false },
    ],
  };

  test("week by week: households contacted, talked with, in follow-up", () => {
    expect(reachByWeek(facts, [week1, week2])).toEqual([
      { week: week1, contacted: 6, talked: 5, inFollowUp: 5 },
      { week: week2, contacted: "few", talked: "few", inFollowUp: 5 },
    ]);
  });

  test("the summary: totals, referrals by outcome, first-time visitors, average follow-up length", () => {
    const now = new Date(Date.UTC(2026, 10, 27, 12));
    const summary = reachSummary(facts, ["open", "came", "matched", "helped", "not_taken"], now);
    expect(summary).toEqual({
      contacted: 8,
      talked: 6,
      inFollowUpNow: 5,
      referrals: { open: "few", came: 7, matched: "few", helped: "few", not_taken: "few" },
      firstTimeVisitors: 6,
      // h1..h4: 10 days (17 Nov 18:00 to 27 Nov 12:00 ≈ 9.75), h5: 200 days, h7: ≈ 3 days.
      averageFollowUpDays: Math.round((4 * 9.75 + 200.8333 + 3) / 6),
    });
  });

  test("an average over fewer than 5 follow-ups is not shown", () => {
    const few = { ...facts, followUps: facts.followUps.slice(0, 4) };
    expect(reachSummary(few, [], new Date(Date.UTC(2026, 10, 27))).averageFollowUpDays).toBe("few");
  });
});

describe("signals per place and month", () => {
  test("households count once per month and place; the most raised first", () => {
    const nov = (day: number) => new Date(Date.UTC(2026, 10, day, 12));
    const oct = (day: number) => new Date(Date.UTC(2026, 9, day, 12));
    const rows = signalTable(
      [
        { place: "Lindestraat", kind: "damp", householdId: "h1", createdAt: nov(2) },
        { place: "Lindestraat", kind: "damp", householdId: "h1", createdAt: nov(20) },
        { place: "Lindestraat", kind: "damp", householdId: "h2", createdAt: nov(3) },
        { place: "Lindestraat", kind: "damp", householdId: "h1", createdAt: oct(5) },
        { place: "Blok De Linde", kind: "lift", householdId: null, createdAt: oct(8) },
        { place: "Blok De Linde", kind: "lift", householdId: null, createdAt: oct(9) },
        { place: "Blok De Linde", kind: "lift", householdId: "h9", createdAt: nov(1) },
        // Outside the months asked for.
        { place: "Lindestraat", kind: "noise", householdId: "h3", createdAt: new Date(Date.UTC(2026, 5, 1)) },
      ],
      ["2026-10", "2026-11"],
    );
    expect(rows).toEqual([
      { place: "Blok De Linde", kind: "lift", total: 3, byMonth: { "2026-10": 2, "2026-11": 1 } },
      { place: "Lindestraat", kind: "damp", total: 2, byMonth: { "2026-10": 1, "2026-11": 2 } },
    ]);
  });
});
