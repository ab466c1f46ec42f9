// Zod schemas for the booking forms, shared by the browser (Conform) and the server. Messages are translation
// keys; booking's texts live with the agreements' (the "agreements" namespace of the afspraken pages).
import { z } from "zod";
import { isClockTime, localSlot, weekdays, type WeekHours } from "./rules";

const optionalText = (max: number) => z.string().trim().max(max, "common:form.tooLong").optional();

const clock = z
  .string({ required_error: "common:form.required" })
  .refine(isClockTime, "agreements:errors.invalidTime");

const slotFields = {
  date: z.string({ required_error: "common:form.required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "common:form.invalidDate"),
  start: clock,
  end: clock,
  purpose: z.string({ required_error: "agreements:errors.purposeRequired" }).trim().min(2, "common:form.tooShort").max(120, "common:form.tooLong"),
};

function checkSlot(value: { date: string; start: string; end: string }, ctx: z.RefinementCtx) {
  const result = localSlot(value.date, value.start, value.end);
  if (!result.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [result.error.endsWith("invalidDate") ? "date" : "end"], message: result.error });
}

export const bookingActionSchema = z
  .discriminatedUnion("intent", [
    z.object({ intent: z.literal("book"), ...slotFields }),
    z.object({ intent: z.literal("block"), ...slotFields }),
    z.object({ intent: z.literal("cancel"), bookingId: z.string().min(1), message: optionalText(500) }),
  ])
  .superRefine((value, ctx) => {
    if (value.intent !== "cancel") checkSlot(value, ctx);
  });
export type BookingAction = z.infer<typeof bookingActionSchema>;

/** One weekday's row of the settings form: open or not, and from when to when. */
const dayHours = z
  .object({ open: z.boolean().default(false), opensAt: clock.optional(), closesAt: clock.optional() })
  .superRefine((day, ctx) => {
    if (!day.open) return;
    if (!day.opensAt) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["opensAt"], message: "common:form.required" });
    if (!day.closesAt) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closesAt"], message: "common:form.required" });
    if (day.opensAt && day.closesAt && day.opensAt >= day.closesAt) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closesAt"], message: "agreements:errors.endBeforeStart" });
    }
  });

// 12 hours: a birthday party with setting up and cleaning fits; an overnight stay does not.
export const bookingSettingsSchema = z
  .object({
    /** Monday to Sunday, in that order (bookings/rules.ts weekdays). */
    hours: z.array(dayHours).length(weekdays.length, "common:form.invalidChoice"),
    maxMinutes: z.coerce
      .number({ invalid_type_error: "common:form.invalidNumber", required_error: "common:form.required" })
      .int("common:form.invalidNumber")
      .min(30, "agreements:errors.maxMinutesRange")
      .max(720, "agreements:errors.maxMinutesRange"),
    active: z.coerce.boolean().default(false),
  })
  .transform(({ hours, ...rest }) => ({
    ...rest,
    hours: Object.fromEntries(
      weekdays.map((weekday, index) => {
        const day = hours[index];
        return [weekday, day?.open && day.opensAt && day.closesAt ? { opensAt: day.opensAt, closesAt: day.closesAt } : null];
      }),
    ) as WeekHours,
  }));
