import { toFormDate, toFormTime } from "~/features/activities/format";
import type { ActivityFormValues } from "~/features/activities/components/activity-form";

type Source = {
  startsAt: Date | string;
  endsAt: Date | string;
  activity: {
    title: string;
    description: string;
    category: string;
    spaceId: string | null;
    address: string | null;
    neighbourhoodId: string;
    audience: string;
    audienceBuildingId: string | null;
    capacity: number | null;
    deadlineMinutes: number | null;
    wheelchairAccess: boolean;
    childrenWelcome: boolean;
    languages: string;
    cost: string;
  };
};

/** The stored activity as form values; a copy starts without a date so nobody duplicates the old one by accident. */
export function toFormValues(source: Source, { copy }: { copy: boolean }): ActivityFormValues {
  const a = source.activity;
  const deadline = a.deadlineMinutes === null ? null : new Date(new Date(source.startsAt).getTime() - a.deadlineMinutes * 60_000);
  return {
    title: a.title,
    description: a.description,
    category: a.category,
    placeKind: a.spaceId ? "space" : "address",
    spaceId: a.spaceId ?? "",
    address: a.address ?? "",
    neighbourhoodId: a.neighbourhoodId,
    audience: a.audience,
    audienceBuildingId: a.audienceBuildingId ?? "",
    capacity: a.capacity === null ? "" : String(a.capacity),
    wheelchairAccess: a.wheelchairAccess ? "on" : "",
    childrenWelcome: a.childrenWelcome ? "on" : "",
    languages: a.languages,
    cost: a.cost,
    date: copy ? "" : toFormDate(source.startsAt),
    startTime: toFormTime(source.startsAt),
    endTime: toFormTime(source.endsAt),
    deadlineDate: deadline && !copy ? toFormDate(deadline) : "",
    deadlineTime: deadline && !copy ? toFormTime(deadline) : "",
  };
}
