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

/** "Put all of us on the waitlist": the group's yes when not all of them fit (rules.ts decidePlace). */
const waitlistField = { waitlist: z.boolean().default(false) };

/** Signed in: one tap, the optional details are extra; `series`: every coming date of a series at once. */
export const signUpSchema = z
  .object({ ...needsFields, ...waitlistField, series: z.boolean().default(false), name: displayNameField.optional(), email: emailField.optional(), phone: phoneField.optional() })
  .superRefine(interpreterNeedsLanguage);

/** Without an account: a name and an email address or a phone number. */
export const guestSignUpSchema = z
  .object({ ...needsFields, ...waitlistField, name: displayNameField, email: emailField.optional(), phone: phoneField.optional() })
  .superRefine((value, ctx) => {
    interpreterNeedsLanguage(value, ctx);
    if (!value.email && !value.phone) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["email"], message: "common:form.emailOrPhone" });
  });

/** /annuleren, in two steps: the code shows which sign-up it is; a second tap cancels it. */
export const cancelCodeSchema = z.object({
  code: z.string({ required_error: "activities:cancelCode.required" }).trim().max(20, "activities:cancelCode.unknown"),
  intent: z.enum(["find", "cancel"]).default("find"),
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

/** The languages an organiser translates an activity into (Dutch is the activity itself). */
export const activityTranslationLocales = ["fr", "en", "ar"] as const;

/**
 * One language of /activiteiten/<id>/vertalen: a title and a description, or both empty to remove the translation.
 * Each language is its own form, so saving one marks only that one as made for today's Dutch text.
 */
export const activityTranslationSchema = z
  .object({
    locale: z.enum(activityTranslationLocales),
    title: z.string().trim().max(100, "common:form.tooLong").optional(),
    description: z.string().trim().max(3000, "common:form.tooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.title && !value.description) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["description"], message: "activities:translate.needsBoth" });
    if (!value.title && value.description) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["title"], message: "activities:translate.needsBoth" });
  });
export type ActivityTranslationInput = z.infer<typeof activityTranslationSchema>;
