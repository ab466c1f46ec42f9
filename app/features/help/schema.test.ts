import { describe, expect, test } from "vitest";
import { helpRequestSchema, todayInBelgium, visitSchema, volunteerProfileSchema } from "~/features/help/schema";

const messages = (result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("help request", () => {
  test("all problems are reported at once, as translation keys", () => {
    const result = helpRequestSchema.safeParse({ description: "Kort", recurrence: "once", languages: [] });
    expect(messages(result)).toEqual({
      kind: "help:errors.kindRequired",
      description: "help:errors.descriptionShort",
      languages: "help:errors.languagesRequired",
      dateFrom: "help:errors.dateRequired",
    });
  });

  test("dates: not in the past, and a window ends after it starts", () => {
    const base = { kind: "groceries", description: "Boodschappen voor de week", languages: ["nl"], recurrence: "once" };
    expect(messages(helpRequestSchema.safeParse({ ...base, dateFrom: "2020-01-01" }))).toEqual({ dateFrom: "help:errors.dateInPast" });
    expect(messages(helpRequestSchema.safeParse({ ...base, dateFrom: "2099-05-10", dateUntil: "2099-05-09" }))).toEqual({
      dateUntil: "help:errors.untilBeforeFrom",
    });
    expect(helpRequestSchema.safeParse({ ...base, dateFrom: "2099-05-10", dateUntil: "2099-05-12" }).success).toBe(true);
    // A weekly request needs no date.
    expect(helpRequestSchema.safeParse({ ...base, recurrence: "weekly" }).success).toBe(true);
  });

  test("times must be real weekly slots", () => {
    const result = helpRequestSchema.safeParse({ kind: "walks", description: "Samen een toertje wandelen", languages: ["nl"], recurrence: "weekly", times: ["tue-night"] });
    expect(messages(result)).toEqual({ "times.0": "common:form.invalidChoice" });
  });
});

test("a volunteer profile needs something to do, a time, a language and a neighbourhood, within sane limits", () => {
  const result = volunteerProfileSchema.safeParse({ skills: [], languages: [], availability: [], neighbourhoods: [], maxDistanceMeters: 50, maxTasks: 9 });
  expect(messages(result)).toEqual({
    skills: "help:errors.skillsRequired",
    languages: "help:errors.languagesRequired",
    availability: "help:errors.availabilityRequired",
    neighbourhoods: "help:errors.neighbourhoodsRequired",
    maxDistanceMeters: "help:errors.distanceRange",
    maxTasks: "help:errors.tasksRange",
  });
});

test("a visit is logged afterwards, between 5 minutes and 8 hours", () => {
  expect(messages(visitSchema.safeParse({ date: "2099-01-01", minutes: 2 }))).toEqual({
    date: "help:errors.visitInFuture",
    minutes: "help:errors.minutesRange",
  });
  expect(visitSchema.safeParse({ date: todayInBelgium(), minutes: 60 }).success).toBe(true);
});
