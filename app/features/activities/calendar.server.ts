// iCalendar files and feeds. Times go in as luxon DateTimes in Brussels with a VTIMEZONE block,
// so calendars show the wall-clock time the buurtwerker chose, also across daylight-saving changes.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { ZONE } from "~/features/activities/vocabulary";
import { BoundedMap } from "~/utils/bounded-map";
import { env } from "~/utils/env.server";

export type CalendarOccurrence = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  sequence: number;
  placeNote: string | null;
  updatedAt: Date;
  activity: {
    title: string;
    description: string;
    address: string | null;
    cancelledAt: Date | null;
    space: { name: string; building: { name: string; address: string } } | null;
  };
};

export function placeOf(activity: CalendarOccurrence["activity"]) {
  return activity.space ? `${activity.space.name}, ${activity.space.building.name}, ${activity.space.building.address}` : (activity.address ?? "");
}

/** Stable across edits and exports: calendars update the event instead of adding a second one. */
export function occurrenceUid(id: string) {
  return `occurrence-${id}@warmebuurt`;
}

export function activityUrl(id: string) {
  return new URL(`/activiteiten/${id}`, env.APP_URL).toString();
}

export function buildCalendar(name: string, occurrences: CalendarOccurrence[], { method }: { method?: "publish" } = {}) {
  const calendar = ical({
    name,
    prodId: { company: "Warme Buurt", product: "Activiteiten", language: "NL" },
    timezone: { name: ZONE, generator: getVtimezoneComponent },
    ...(method ? { method: ICalCalendarMethod.PUBLISH } : {}),
  });
  for (const occurrence of occurrences) {
    const cancelled = occurrence.status === "cancelled" || occurrence.activity.cancelledAt !== null;
    calendar.createEvent({
      id: occurrenceUid(occurrence.id),
      start: DateTime.fromJSDate(occurrence.startsAt, { zone: ZONE }),
      end: DateTime.fromJSDate(occurrence.endsAt, { zone: ZONE }),
      timezone: ZONE,
      summary: occurrence.activity.title,
      description: [occurrence.placeNote, occurrence.activity.description].filter(Boolean).join("\n\n"),
      location: placeOf(occurrence.activity),
      url: activityUrl(occurrence.id),
      sequence: occurrence.sequence,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 (3.8.7.2): DTSTAMP is in UTC, with a Z. ical-generator writes every date in the calendar's time zone,
  // so each event's stamp (when the date last changed) is written here, in the order the events were added.
  let index = 0;
  return calendar.toString().replace(/^DTSTAMP:.*$/gm, () => `DTSTAMP:${utcStamp(occurrences[index++]?.updatedAt ?? new Date())}`);
}

/** 2027-03-01T12:00:00Z as iCalendar's 20270301T120000Z. */
function utcStamp(date: Date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** A city has a few dozen neighbourhoods; the bound only guards memory against odd keys. */
const feedCache = new BoundedMap<string, { until: number; body: string }>(200);

/**
 * Public feeds are polled by calendar apps every few hours, and writing ~300 events takes a few
 * hundred ms (ical-generator folds lines character by character): keep a rendered feed for a minute.
 */
export async function cachedCalendar(key: string, build: () => Promise<string | null>, ttlMs = 60_000, now = Date.now()) {
  const hit = feedCache.get(key);
  if (hit && hit.until > now) return hit.body;
  const body = await build();
  if (body === null) return null;
  feedCache.set(key, { until: now + ttlMs, body });
  return body;
}
