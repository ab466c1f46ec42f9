import { describe, expect, test } from "vitest";
import { checkFirstMeeting, contactReleased, dayPartOf, firstMeetingStep, meetingMoment, slotOf } from "~/features/help/first-meeting";

const at = (iso: string) => new Date(iso);
const now = at("2026-11-29T12:00:00Z");

describe("meet at the wijkhuis first", () => {
  test("address and phone wait for the meeting only when it was asked", () => {
    expect(contactReleased({ meetAtWijkhuis: false, firstMeetingAt: null, firstMeetingDoneAt: null })).toBe(true);
    expect(contactReleased({ meetAtWijkhuis: true, firstMeetingAt: null, firstMeetingDoneAt: null })).toBe(false);
    expect(contactReleased({ meetAtWijkhuis: true, firstMeetingAt: now, firstMeetingDoneAt: null })).toBe(false);
    expect(contactReleased({ meetAtWijkhuis: true, firstMeetingAt: now, firstMeetingDoneAt: now })).toBe(true);
  });

  test("the steps: to plan, planned, done; none for other requests", () => {
    expect(firstMeetingStep({ meetAtWijkhuis: false, firstMeetingAt: null, firstMeetingDoneAt: null })).toBeNull();
    expect(firstMeetingStep({ meetAtWijkhuis: true, firstMeetingAt: null, firstMeetingDoneAt: null })).toBe("toPlan");
    expect(firstMeetingStep({ meetAtWijkhuis: true, firstMeetingAt: "2026-12-01T13:00:00Z", firstMeetingDoneAt: null })).toBe("planned");
    expect(firstMeetingStep({ meetAtWijkhuis: true, firstMeetingAt: "2026-12-01T13:00:00Z", firstMeetingDoneAt: "2026-12-01T14:00:00Z" })).toBe("done");
  });

  test("moments fall in the request form's slots on Brussels' clock", () => {
    expect([dayPartOf(9), dayPartOf(12), dayPartOf(16), dayPartOf(17)]).toEqual(["morning", "afternoon", "afternoon", "evening"]);
    // Tuesday 1 December 2026, 11:30 UTC is 12:30 in Brussels: the afternoon.
    expect(slotOf(at("2026-12-01T11:30:00Z"))).toBe("tue-afternoon");
    // Sunday 23:30 UTC is already Monday in Brussels.
    expect(slotOf(at("2026-11-29T23:30:00Z"))).toBe("mon-morning");
    expect(meetingMoment("2026-12-01", "14:00")?.toISOString()).toBe("2026-12-01T13:00:00.000Z");
    expect(meetingMoment("2026-07-07", "14:00")?.toISOString()).toBe("2026-07-07T12:00:00.000Z");
    expect(meetingMoment("2026-02-31", "14:00")).toBeNull();
  });

  test("the buddy plans in the resident's times, the buurtwerker at any time; never in the past", () => {
    const tuesdayAfternoon = at("2026-12-01T13:00:00Z");
    const tuesdayMorning = at("2026-12-01T09:00:00Z");
    expect(checkFirstMeeting(tuesdayAfternoon, { by: "volunteer", times: ["tue-afternoon"] }, now)).toBeNull();
    expect(checkFirstMeeting(tuesdayMorning, { by: "volunteer", times: ["tue-afternoon"] }, now)).toBe("help:errors.meetingOutsideTimes");
    expect(checkFirstMeeting(tuesdayMorning, { by: "volunteer", times: [] }, now)).toBeNull();
    expect(checkFirstMeeting(tuesdayMorning, { by: "staff", times: ["tue-afternoon"] }, now)).toBeNull();
    expect(checkFirstMeeting(at("2026-11-29T11:00:00Z"), { by: "staff", times: [] }, now)).toBe("help:errors.meetingInPast");
  });
});
