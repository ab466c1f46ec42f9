import { z } from "zod";
import { supportedLocales } from "~/utils/i18n";

// Messages are translation keys: the same schema speaks every language.
export const emailField = z
  .string({ required_error: "common:form.required" })
  .trim()
  .toLowerCase()
  .max(254, "common:form.tooLong")
  .email("common:form.invalidEmail");

/** Belgian and international numbers: digits, spaces, dots, slashes, an optional leading +. */
export const phoneField = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ./-]{7,18}$/, "common:form.invalidPhone");

export const displayNameField = z
  .string({ required_error: "common:form.required" })
  .trim()
  .min(2, "common:form.tooShort")
  .max(80, "common:form.tooLong");

export const localeField = z.enum(supportedLocales, { errorMap: () => ({ message: "common:form.invalidChoice" }) });

export const signInSchema = z.object({
  email: emailField,
  redirectTo: z.string().optional(),
});

export const verifyCodeSchema = z.object({
  email: emailField,
  code: z
    .string({ required_error: "common:form.required" })
    .trim()
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "auth:code.format")),
  redirectTo: z.string().optional(),
});

export const profileSchema = z.object({
  displayName: displayNameField,
  phone: phoneField.optional(),
  locale: localeField,
});

export const assistedRegistrationSchema = z.object({
  displayName: displayNameField,
  phone: phoneField.optional(),
  email: emailField.optional(),
  locale: localeField,
  buildingId: z.string().optional(),
  unit: z.string().trim().max(20, "common:form.tooLong").optional(),
  address: z.string().trim().max(200, "common:form.tooLong").optional(),
  neighbourhoodId: z.string().optional(),
});

const dateField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "common:form.invalidDate");

/** The admin's page of who works where: one form per intent. */
export const staffAssignmentSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("assign"),
    userId: z.string().min(1),
    neighbourhoodId: z.string({ required_error: "common:staff.pickNeighbourhood" }).min(1, "common:staff.pickNeighbourhood"),
    until: dateField.optional(),
  }),
  z.object({ intent: z.literal("end"), assignmentId: z.string().min(1) }),
]);
