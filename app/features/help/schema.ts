import { z } from "zod";
import { alertChoices, concernStatuses, helpKinds, helpLanguages, recurrences, slots, urgencies } from "~/features/help/vocabulary";

// Messages are translation keys ("help:errors.x"): the same schema speaks every language.
const choice = { errorMap: () => ({ message: "common:form.invalidChoice" }) };
const dateString = z
  .string({ required_error: "common:form.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "common:form.invalidDate")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T12:00:00Z`)), "common:form.invalidDate");

const slotList = z.array(z.enum(slots as [string, ...string[]], choice));
const languageList = z.array(z.enum(helpLanguages, choice));

/** Today as YYYY-MM-DD in Belgium: "in the past" means before today here, not in UTC. */
export function todayInBelgium(now = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(now);
}

export const volunteerProfileSchema = z.object({
  skills: z.array(z.enum(helpKinds, choice), { required_error: "help:errors.skillsRequired" }).min(1, "help:errors.skillsRequired"),
  languages: languageList.min(1, "help:errors.languagesRequired").default([]),
  availability: slotList.min(1, "help:errors.availabilityRequired").default([]),
  neighbourhoods: z.array(z.string()).min(1, "help:errors.neighbourhoodsRequired").default([]),
  // 100 m is the next building; 10 km is further than anyone walks or cycles for a small task.
  maxDistanceMeters: z
    .number({ required_error: "common:form.required", invalid_type_error: "common:form.invalidNumber" })
    .int("common:form.invalidNumber")
    .min(100, "help:errors.distanceRange")
    .max(10_000, "help:errors.distanceRange"),
  maxTasks: z
    .number({ required_error: "common:form.required", invalid_type_error: "common:form.invalidNumber" })
    .int("common:form.invalidNumber")
    .min(1, "help:errors.tasksRange")
    .max(5, "help:errors.tasksRange"),
  pausedUntil: dateString.optional(),
});
export type VolunteerProfileInput = z.infer<typeof volunteerProfileSchema>;

const requestFields = z.object({
  /** Only when a buurtwerker records the request for a resident. */
  residentId: z.string().optional(),
  kind: z.enum(helpKinds, { errorMap: () => ({ message: "help:errors.kindRequired" }) }),
  description: z
    .string({ required_error: "common:form.required" })
    .trim()
    .min(10, "help:errors.descriptionShort")
    .max(600, "common:form.tooLong"),
  times: slotList.default([]),
  languages: languageList.min(1, "help:errors.languagesRequired").default([]),
  urgency: z.enum(urgencies, choice).default("normal"),
  meetAtWijkhuis: z.boolean().default(false),
});

// The dates are checked in their own object so their messages show together with the other fields'
// (a refinement on one object only runs once all its fields are valid).
const requestDates = z
  .object({
    recurrence: z.enum(recurrences, choice).default("once"),
    dateFrom: dateString.optional(),
    dateUntil: dateString.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.recurrence === "once" && !value.dateFrom) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["dateFrom"], message: "help:errors.dateRequired" });
    }
    if (value.dateFrom && value.dateFrom < todayInBelgium()) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["dateFrom"], message: "help:errors.dateInPast" });
    }
    if (value.dateFrom && value.dateUntil && value.dateUntil < value.dateFrom) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["dateUntil"], message: "help:errors.untilBeforeFrom" });
    }
    if (value.dateUntil && !value.dateFrom) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["dateFrom"], message: "help:errors.dateRequired" });
    }
  });

export const helpRequestSchema = z.intersection(requestFields, requestDates);
export type HelpRequestInput = z.infer<typeof helpRequestSchema>;

export const visitSchema = z.object({
  date: dateString.refine((value) => value <= todayInBelgium(), "help:errors.visitInFuture"),
  // A visit of 5 minutes is a quick check; 8 hours is a whole day out (a trip to a hospital).
  minutes: z
    .number({ required_error: "common:form.required", invalid_type_error: "common:form.invalidNumber" })
    .int("common:form.invalidNumber")
    .min(5, "help:errors.minutesRange")
    .max(480, "help:errors.minutesRange"),
  note: z.string().trim().max(300, "common:form.tooLong").optional(),
});

/** Every form on a request's page, told apart by the button's `intent`. */
export const requestActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("offer"),
    volunteerIds: z.array(z.string(), { required_error: "help:errors.pickVolunteer" }).min(1, "help:errors.pickVolunteer"),
  }),
  z.object({ intent: z.literal("accept") }),
  z.object({ intent: z.literal("decline"), reason: z.string().trim().max(200, "common:form.tooLong").optional() }),
  z.object({ intent: z.literal("confirm"), volunteerId: z.string({ required_error: "common:form.invalidChoice" }).min(1) }),
  visitSchema.extend({ intent: z.literal("visit") }),
  z.object({ intent: z.literal("checkIn") }),
  // The first meeting at the wijkhuis: a day and a time (first-meeting.ts checks the moment).
  z.object({
    intent: z.literal("planMeeting"),
    date: dateString,
    time: z.string({ required_error: "common:form.required" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "help:errors.meetingTime"),
  }),
  z.object({ intent: z.literal("meetingDone") }),
  z.object({ intent: z.literal("cancel") }),
  z.object({ intent: z.literal("finish") }),
]);
export type RequestAction = z.infer<typeof requestActionSchema>;

/** The two forms of the concerns page: raise one, or (staff) change its status. */
export const concernActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("raise"),
    text: z.string({ required_error: "common:form.required" }).trim().min(5, "help:errors.concernShort").max(1000, "common:form.tooLong"),
    requestId: z.string().optional(),
  }),
  z.object({
    intent: z.literal("status"),
    concernId: z.string({ required_error: "common:form.required" }).min(1),
    status: z.enum(concernStatuses, choice),
  }),
]);
export type ConcernAction = z.infer<typeof concernActionSchema>;

/** One button per row: a check-in done (overview), a volunteer approved, help proposed (the volunteer's tasks). */
export const checkInSchema = z.object({ requestId: z.string({ required_error: "common:form.required" }).min(1) });
export const approveSchema = z.object({ volunteerId: z.string({ required_error: "common:form.required" }).min(1) });
export const proposeSchema = z.object({ requestId: z.string({ required_error: "common:form.required" }).min(1) });

/** A buurtwerker's alerts for new help requests (/hulp/meldingen). */
export const helpAlertsSchema = z.object({ newRequests: z.enum(alertChoices, choice) });
