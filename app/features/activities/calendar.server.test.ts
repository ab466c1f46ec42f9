import { describe, expect, test } from "vitest";
import { buildCalendar, occurrenceUid, type CalendarOccurrence } from "~/features/activities/calendar.server";

type Component = { name: string; props: Map<string, { params: Record<string, string>; value: string }[]>; children: Component[] };

/** A small RFC 5545 reader: unfold lines, then nest BEGIN/END blocks. Enough to check what we write. */
function parseIcs(text: string): Component {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const root: Component = { name: "ROOT", props: new Map(), children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(":");
    const [name = "", ...paramParts] = line.slice(0, colon).split(";");
    const value = line.slice(colon + 1);
    const current = stack[stack.length - 1] ?? root;
    if (name === "BEGIN") {
      const child: Component = { name: value, props: new Map(), children: [] };
      current.children.push(child);
      stack.push(child);
    } else if (name === "END") {
      expect(current.name).toBe(value);
      stack.pop();
    } else {
      const params = Object.fromEntries(paramParts.map((p) => p.split("=") as [string, string]));
      current.props.set(name, [...(current.props.get(name) ?? []), { params, value }]);
    }
  }
  expect(stack).toHaveLength(1);
  return root;
}

const prop = (c: Component | undefined, name: string) => c?.props.get(name)?.[0];

function occurrence(overrides: Partial<CalendarOccurrence> = {}): CalendarOccurrence {
  return {
    id: "occ-1",
    // 28 March 2027, the DST change: 10:00 Brussels is 08:00 UTC.
    startsAt: new Date("2027-03-28T08:00:00Z"),
    endsAt: new Date("2027-03-28T10:00:00Z"),
    status: "scheduled",
    sequence: 0,
    placeNote: null,
    updatedAt: new Date("2027-03-01T12:00:00Z"),
    activity: {
      title: "Koffie en papieren; met taart, en meer",
      description: "Lange beschrijving met een komma, een puntkomma; en\neen nieuwe regel die lang genoeg is om gevouwen te worden door de generator van de kalender.",
      address: null,
      cancelledAt: null,
      space: { name: "Ontmoetingsruimte", building: { name: "Hof ter Wallen", address: "Wallenkaai 21, 8000 Brugge" } },
    },
    ...overrides,
  };
}

describe("the .ics output", () => {
  test("has a Brussels VTIMEZONE, local wall-clock times and a stable UID", () => {
    const calendar = parseIcs(buildCalendar("Test", [occurrence()]));
    const vcalendar = calendar.children[0];
    expect(vcalendar?.name).toBe("VCALENDAR");
    const timezone = vcalendar?.children.find((c) => c.name === "VTIMEZONE");
    expect(prop(timezone, "TZID")?.value).toBe("Europe/Brussels");
    expect(timezone?.children.map((c) => c.name).sort()).toEqual(["DAYLIGHT", "STANDARD"]);
    const event = vcalendar?.children.find((c) => c.name === "VEVENT");
    expect(prop(event, "UID")?.value).toBe(occurrenceUid("occ-1"));
    expect(prop(event, "DTSTART")).toEqual({ params: { TZID: "Europe/Brussels" }, value: "20270328T100000" });
    expect(prop(event, "DTEND")).toEqual({ params: { TZID: "Europe/Brussels" }, value: "20270328T120000" });
    expect(prop(event, "SEQUENCE")?.value).toBe("0");
    expect(prop(event, "STATUS")?.value).toBe("CONFIRMED");
    expect(prop(event, "SUMMARY")?.value).toBe("Koffie en papieren\\; met taart\\, en meer");
    expect(prop(event, "LOCATION")?.value).toContain("Hof ter Wallen");
    expect(prop(event, "URL")?.value).toBe("http://localhost:3000/activiteiten/occ-1");
  });

  test("a change raises SEQUENCE and a cancellation says CANCELLED, with the same UID", () => {
    const event = parseIcs(buildCalendar("Test", [occurrence({ sequence: 3, status: "cancelled" })])).children[0]?.children.find((c) => c.name === "VEVENT");
    expect(prop(event, "UID")?.value).toBe(occurrenceUid("occ-1"));
    expect(prop(event, "SEQUENCE")?.value).toBe("3");
    expect(prop(event, "STATUS")?.value).toBe("CANCELLED");
  });

  test("a winter date is written in winter time", () => {
    const event = parseIcs(buildCalendar("Test", [occurrence({ startsAt: new Date("2027-01-12T13:00:00Z"), endsAt: new Date("2027-01-12T15:00:00Z") })])).children[0]?.children.find(
      (c) => c.name === "VEVENT",
    );
    expect(prop(event, "DTSTART")?.value).toBe("20270112T140000");
  });

  test("DTSTAMP is when the date last changed, in UTC with the Z RFC 5545 asks for, for each event", () => {
    const second = occurrence({ id: "occ-2", updatedAt: new Date("2027-07-15T06:30:05Z") });
    const events = parseIcs(buildCalendar("Test", [occurrence(), second])).children[0]?.children.filter((c) => c.name === "VEVENT") ?? [];
    expect(events.map((event) => prop(event, "DTSTAMP"))).toEqual([
      { params: {}, value: "20270301T120000Z" },
      { params: {}, value: "20270715T063005Z" },
    ]);
  });
});
