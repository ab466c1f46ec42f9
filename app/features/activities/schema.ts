// Zod schemas of the sign-up, filter and settings forms, shared by Conform in the browser and parseForm on the
// server (the organisers' activity form is in activity-schema.ts: it needs a date library).
// Messages are translation keys, so the same schema speaks every language.
import { z } from "zod";
import { displayNameField, emailField, phoneField } from "~/features/accounts/schema";
import { MAX_COMPANIONS } from "~/features/activities/vocabulary";

const count = (max: number) =>
  z.number({ invalid_type_error: "common:form.invalidNumber" }).int("common:form.invalidNumber").min(0, "common:form.invalidNumber").max(max, "activities:errors.tooManyGuests");

const needsFields = {
  guests: count(MAX_COMPANIONS).default(0),
  children: count(MAX_COMPANIONS).default(0),
  interpreter: z.boolean().default(false),
  interpreterLanguage: z.string().trim().max(40, "common:form.tooLong").optional(),
  childcare: z.boolean().default(false),
  wheelchair: z.boolean().default(false),
  lift: z.boolean().default(false),
};

function interpreterNeedsLanguage(value: { interpreter: boolean; interpreterLanguage?: string }, ctx: z.RefinementCtx) {
  if (value.interpreter && !value.interpreterLanguage) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["interpreterLanguage"], message: "activities:errors.interpreterLanguage" });
  }
}

/** Signed in: one tap, the optional details are extra. */
export const signUpSchema = z
  .object({ ...needsFields, name: displayNameField.optional(), email: emailField.optional(), phone: phoneField.optional() })
  .superRefine(interpreterNeedsLanguage);

/** Without an account: a name and an email address or a phone number. */
export const guestSignUpSchema = z
  .object({ ...needsFields, name: displayNameField, email: emailField.optional(), phone: phoneField.optional() })
  .superRefine((value, ctx) => {
    interpreterNeedsLanguage(value, ctx);
    if (!value.email && !value.phone) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["email"], message: "common:form.emailOrPhone" });
  });

/** A cancellation of one's own sign-up on the activity page (its sign-up form is server-checked: sign-up-form.server.ts). */
export const cancelOwnSignUpSchema = z.object({ intent: z.literal("cancel"), signUpId: z.string().min(1).max(64) });

/** The forms of the attendee page: check someone in, add a walk-in at the door, sign up a resident at the desk. */
export const attendeeActionSchema = z
  .discriminatedUnion("intent", [
    z.object({ intent: z.literal("checkIn"), signUpId: z.string().min(1).max(64), present: z.enum(["0", "1"]) }),
    z.object({ intent: z.literal("walkIn"), ...needsFields, name: displayNameField, phone: phoneField.optional() }),
    z.object({
      intent: z.literal("resident"),
      ...needsFields,
      residentId: z.string({ required_error: "activities:errors.pickResident" }).min(1, "activities:errors.pickResident").max(64),
    }),
  ])
  .superRefine((value, ctx) => {
    if (value.intent !== "checkIn") interpreterNeedsLanguage(value, ctx);
  });
export type AttendeeAction = z.infer<typeof attendeeActionSchema>;

export const preferencesSchema = z.object({
  confirmations: z.boolean().default(false),
  reminders: z.boolean().default(false),
  changes: z.boolean().default(false),
  digest: z.boolean().default(false),
});

/** The forms of /ik/meldingen: what a person receives, and a new private calendar address. */
export const settingsActionSchema = z.discriminatedUnion("intent", [preferencesSchema.extend({ intent: z.literal("save") }), z.object({ intent: z.literal("resetCalendar") })]);
export type SettingsAction = z.infer<typeof settingsActionSchema>;

export const posterSchema = z.object({
  lang1: z.enum(["nl", "fr", "en", "ar"]).catch("nl"),
  lang2: z.enum(["nl", "fr", "en", "ar", ""]).optional().catch(undefined),
});
