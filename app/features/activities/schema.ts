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

/** A buurtwerker signs up a resident at the desk or a walk-in at the door. */
export const assistedSignUpSchema = z.object({
  ...needsFields,
  intent: z.enum(["resident", "walkIn"]),
  residentId: z.string().optional(),
  name: displayNameField.optional(),
  phone: phoneField.optional(),
}).superRefine((value, ctx) => {
  interpreterNeedsLanguage(value, ctx);
  if (value.intent === "resident" && !value.residentId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["residentId"], message: "activities:errors.pickResident" });
  if (value.intent === "walkIn" && !value.name) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["name"], message: "common:form.required" });
});

export const preferencesSchema = z.object({
  confirmations: z.boolean().default(false),
  reminders: z.boolean().default(false),
  changes: z.boolean().default(false),
  digest: z.boolean().default(false),
});

export const posterSchema = z.object({
  lang1: z.enum(["nl", "fr", "en", "ar"]).catch("nl"),
  lang2: z.enum(["nl", "fr", "en", "ar", ""]).optional().catch(undefined),
});
