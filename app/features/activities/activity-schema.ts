// Zod schema of the organisers' activity and date forms, shared by Conform in the browser and parseForm on the
// server. Messages are translation keys, so the same schema speaks every language.
import { DateTime } from "luxon";
import { z } from "zod";
import { brusselsInstant, MAX_OCCURRENCES } from "~/features/activities/schedule";
import { audiences, categories, recurrences, ZONE } from "~/features/activities/vocabulary";

const dateField = z
  .string({ required_error: "common:form.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "common:form.invalidDate")
  .refine((value) => DateTime.fromISO(value).isValid, "common:form.invalidDate");
const timeField = z.string({ required_error: "common:form.required" }).regex(/^\d{2}:\d{2}$/, "activities:errors.invalidTime");
const optionalText = (max: number) => z.string().trim().max(max, "common:form.tooLong").optional();

const activityFields = z.object({
  title: z.string({ required_error: "common:form.required" }).trim().min(3, "common:form.tooShort").max(100, "common:form.tooLong"),
  description: z.string({ required_error: "common:form.required" }).trim().min(3, "common:form.tooShort").max(3000, "common:form.tooLong"),
  category: z.enum(categories, { errorMap: () => ({ message: "common:form.invalidChoice" }) }),
  placeKind: z.enum(["space", "address"], { errorMap: () => ({ message: "common:form.invalidChoice" }) }),
  spaceId: z.string().optional(),
  address: optionalText(200),
  neighbourhoodId: z.string().optional(),
  date: dateField,
  startTime: timeField,
  endTime: timeField,
  capacity: z.number({ invalid_type_error: "common:form.invalidNumber" }).int("common:form.invalidNumber").min(1, "activities:errors.capacityMin").max(5000, "common:form.tooLong").optional(),
  deadlineDate: dateField.optional(),
  deadlineTime: timeField.optional(),
  audience: z.enum(audiences, { errorMap: () => ({ message: "common:form.invalidChoice" }) }),
  audienceBuildingId: z.string().optional(),
  wheelchairAccess: z.boolean().default(false),
  childrenWelcome: z.boolean().default(false),
  languages: optionalText(120),
  cost: optionalText(80),
  recurrence: z.enum(recurrences, { errorMap: () => ({ message: "common:form.invalidChoice" }) }).default("none"),
  repeatUntil: dateField.optional(),
});

function checkActivity(value: z.infer<typeof activityFields>, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
  if (value.placeKind === "space" && !value.spaceId) issue("spaceId", "activities:errors.pickSpace");
  if (value.placeKind === "address") {
    if (!value.address) issue("address", "common:form.required");
    if (!value.neighbourhoodId) issue("neighbourhoodId", "activities:errors.pickNeighbourhood");
  }
  if (value.audience === "building" && !value.audienceBuildingId) issue("audienceBuildingId", "activities:errors.pickBuilding");
  const start = brusselsInstant(value.date, value.startTime);
  const end = brusselsInstant(value.date, value.endTime);
  if (start.isValid && start.toMillis() < Date.now()) issue("date", "activities:errors.datePast");
  if (start.isValid && end.isValid && end <= start) issue("endTime", "activities:errors.endBeforeStart");
  if (value.deadlineDate) {
    const deadline = brusselsInstant(value.deadlineDate, value.deadlineTime ?? "23:59");
    if (deadline.toMillis() < Date.now()) issue("deadlineDate", "activities:errors.deadlinePast");
    else if (start.isValid && deadline > start) issue("deadlineDate", "activities:errors.deadlineAfterStart");
  }
  if (value.recurrence !== "none") {
    if (!value.repeatUntil) issue("repeatUntil", "activities:errors.repeatUntil");
    else {
      const until = DateTime.fromISO(value.repeatUntil, { zone: ZONE });
      if (until < DateTime.fromISO(value.date, { zone: ZONE })) issue("repeatUntil", "activities:errors.repeatUntilBeforeStart");
      else if (until > DateTime.fromISO(value.date, { zone: ZONE }).plus({ weeks: MAX_OCCURRENCES })) issue("repeatUntil", "activities:errors.repeatTooLong");
    }
  }
}

/** A new activity (or a series); the edit page's save form has the same fields. */
export const activitySchema = activityFields.superRefine(checkActivity);
export type ActivityInput = z.infer<typeof activitySchema>;

/** The two forms of the edit page: save the activity, or cancel all of it. */
export const editActivitySchema = z
  .discriminatedUnion("intent", [activityFields.extend({ intent: z.literal("save") }), z.object({ intent: z.literal("cancelActivity"), confirmed: z.boolean().optional() })])
  .superRefine((value, ctx) => {
    if (value.intent === "save") checkActivity(value, ctx);
  });
export type EditActivityAction = z.infer<typeof editActivitySchema>;

const dateFields = z.object({
  date: dateField,
  startTime: timeField,
  endTime: timeField,
  placeNote: optionalText(200),
  capacity: z.number({ invalid_type_error: "common:form.invalidNumber" }).int("common:form.invalidNumber").min(1, "activities:errors.capacityMin").max(5000, "common:form.tooLong").optional(),
});

function checkDate(value: z.infer<typeof dateFields>, ctx: z.RefinementCtx) {
  const start = brusselsInstant(value.date, value.startTime);
  const end = brusselsInstant(value.date, value.endTime);
  if (start.isValid && start.toMillis() < Date.now()) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["date"], message: "activities:errors.datePast" });
  if (start.isValid && end.isValid && end <= start) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endTime"], message: "activities:errors.endBeforeStart" });
}

/** One date of a series with another time, place note or capacity (what the browser checks as you type). */
export const occurrenceSchema = dateFields.superRefine(checkDate);
export type OccurrenceInput = z.infer<typeof occurrenceSchema>;

/** The date page's two buttons: change this date, or cancel it. */
export const occurrenceActionSchema = z
  // `confirmed`: the organiser saw who will be told (the route asks first: cancelling mails everyone signed up).
  .discriminatedUnion("intent", [dateFields.extend({ intent: z.literal("change") }), z.object({ intent: z.literal("cancel"), confirmed: z.boolean().optional() })])
  .superRefine((value, ctx) => {
    if (value.intent === "change") checkDate(value, ctx);
  });
export type OccurrenceAction = z.infer<typeof occurrenceActionSchema>;
