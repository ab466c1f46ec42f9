// Zod schemas for the booking forms, shared by the browser (Conform) and the server. Messages are translation
// keys; booking's texts live with the agreements' (the "agreements" namespace of the afspraken pages).
import { z } from "zod";
import { isClockTime, localSlot } from "./rules";

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

// 12 hours: a birthday party with setting up and cleaning fits; an overnight stay does not.
export const bookingSettingsSchema = z
  .object({
    opensAt: clock,
    closesAt: clock,
    maxMinutes: z.coerce
      .number({ invalid_type_error: "common:form.invalidNumber", required_error: "common:form.required" })
      .int("common:form.invalidNumber")
      .min(30, "agreements:errors.maxMinutesRange")
      .max(720, "agreements:errors.maxMinutesRange"),
    active: z.coerce.boolean().default(false),
  })
  .refine((value) => value.opensAt < value.closesAt, { path: ["closesAt"], message: "agreements:errors.endBeforeStart" });
