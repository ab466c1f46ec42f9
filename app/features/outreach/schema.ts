// Zod schemas of the outreach forms, for Conform in the browser and parseForm on the server. Messages are
// translation keys, so the same schema speaks every language. A page with several forms has one discriminated union
// on `intent`, and the feature one dispatcher for it (mutations.server.ts).
import { z } from "zod";
import { displayNameField, emailField, phoneField } from "~/features/accounts/schema";
import { helpKinds } from "~/features/help/vocabulary";
import {
  consentItems,
  consentMethods,
  householdLanguages,
  intakeRoutes,
  knockOutcomes,
  partnerKinds,
  referralKinds,
  signalKinds,
  wishes,
} from "~/features/outreach/vocabulary";

const choice = { errorMap: () => ({ message: "common:form.invalidChoice" }) };
const id = z.string({ required_error: "common:form.required" }).min(1, "common:form.required").max(64);
const dateString = z
  .string({ required_error: "common:form.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "common:form.invalidDate")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T12:00:00Z`)), "common:form.invalidDate");
const shortText = (max: number) => z.string().trim().max(max, "common:form.tooLong");

export const streetField = z
  .string({ required_error: "outreach:errors.streetRequired" })
  .trim()
  .min(2, "outreach:errors.streetRequired")
  .max(80, "common:form.tooLong");
export const houseNumberField = z
  .string({ required_error: "outreach:errors.numberRequired" })
  .trim()
  .min(1, "outreach:errors.numberRequired")
  .max(20, "common:form.tooLong");

/** One knock at one door, in seconds: the button pressed says what happened; the rest is optional. */
export const knockFields = {
  householdId: id,
  outcome: z.enum(knockOutcomes, { errorMap: () => ({ message: "outreach:errors.outcomeRequired" }) }),
  note: shortText(300).optional(),
  comeBackOn: dateString.optional(),
  signals: z.array(z.enum(signalKinds, choice)).max(signalKinds.length).default([]),
  /** When the buurtwerker pressed the button (the phone's clock): a knock queued offline keeps its own time. */
  at: z.string().datetime({ offset: true }).optional(),
};

/** The forms of a round's page: a knock, or an address the round lacked. */
export const roundActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("knock"), ...knockFields }),
  z.object({ intent: z.literal("addAddress"), street: streetField, number: houseNumberField }),
]);
export type RoundAction = z.infer<typeof roundActionSchema>;

/** A round over a street (house numbers from, to, one side or both) or over a building. */
export const planRoundSchema = z
  .object({
    title: z
      .string({ required_error: "common:form.required" })
      .trim()
      .min(3, "common:form.tooShort")
      .max(80, "common:form.tooLong"),
    neighbourhoodId: id,
    plannedOn: dateString,
    kind: z.enum(["street", "building"], choice).default("street"),
    street: shortText(80).optional(),
    from: z
      .number({ invalid_type_error: "common:form.invalidNumber" })
      .int("common:form.invalidNumber")
      .min(1, "common:form.invalidNumber")
      .max(999, "common:form.invalidNumber")
      .optional(),
    // A street of 400 addresses is already a month of rounds.
    to: z
      .number({ invalid_type_error: "common:form.invalidNumber" })
      .int("common:form.invalidNumber")
      .min(1, "common:form.invalidNumber")
      .max(999, "common:form.invalidNumber")
      .optional(),
    side: z.enum(["all", "odd", "even"], choice).default("all"),
    buildingId: z.string().max(64).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "building") {
      if (!value.buildingId)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["buildingId"],
          message: "outreach:errors.buildingRequired",
        });
      return;
    }
    if (!value.street || value.street.length < 2)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["street"],
        message: "outreach:errors.streetRequired",
      });
    if (value.from === undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["from"], message: "common:form.required" });
    if (value.to === undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["to"], message: "common:form.required" });
    if (value.from !== undefined && value.to !== undefined && Math.abs(value.to - value.from) >= 400) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["to"],
        message: "outreach:errors.tooManyAddresses",
      });
    }
  });
export type PlanRoundInput = z.infer<typeof planRoundSchema>;

const addressFields = {
  neighbourhoodId: id,
  buildingId: z.string().max(64).optional(),
  unit: shortText(20).optional(),
  street: shortText(80).optional(),
  number: shortText(20).optional(),
};

function addressIsComplete(
  value: { buildingId?: string; unit?: string; street?: string; number?: string },
  ctx: z.RefinementCtx,
) {
  if (value.buildingId) {
    if (!value.unit)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["unit"], message: "outreach:errors.unitRequired" });
    return;
  }
  if (!value.street || value.street.length < 2)
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["street"],
      message: "outreach:errors.streetRequired",
    });
  if (!value.number)
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["number"],
      message: "outreach:errors.numberRequired",
    });
}

/** A household at an address, with the first person in it if they gave a name. */
export const newHouseholdSchema = z
  .object({
    ...addressFields,
    languages: z.array(z.enum(householdLanguages, choice)).default([]),
    memberName: displayNameField.optional(),
    memberPhone: phoneField.optional(),
  })
  .superRefine(addressIsComplete);
export type NewHouseholdInput = z.infer<typeof newHouseholdSchema>;

/** What a follow-up is about and the next step agreed, with its day. */
const followUpFields = {
  wishes: z.array(z.enum(wishes, choice)).max(wishes.length).default([]),
  nextStep: z
    .string({ required_error: "outreach:errors.nextStepRequired" })
    .trim()
    .min(3, "outreach:errors.nextStepRequired")
    .max(200, "common:form.tooLong"),
  nextStepDue: dateString.optional(),
};

/** The forms of a household's page. */
export const householdActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("startFollowUp"), ...followUpFields }),
  z.object({ intent: z.literal("knock"), ...knockFields }),
  z.object({
    intent: z.literal("addMember"),
    name: displayNameField,
    phone: phoneField.optional(),
    child: z.boolean().default(false),
  }),
  z.object({ intent: z.literal("removeMember"), memberId: id }),
  z.object({
    intent: z.literal("refer"),
    memberId: z.string().max(64).optional(),
    kind: z.enum(referralKinds, { errorMap: () => ({ message: "outreach:errors.referralKindRequired" }) }),
    occurrenceId: z.string().max(64).optional(),
    how: z.enum(["invitation", "signUp"], choice).default("invitation"),
    partnerId: z.string().max(64).optional(),
    helpKind: z.enum(helpKinds, choice).optional(),
    note: shortText(600).optional(),
  }),
  z.object({
    intent: z.literal("referralOutcome"),
    referralId: id,
    status: z.enum(["helped", "not_taken"], choice),
    outcomeNote: shortText(300).optional(),
  }),
  z.object({
    intent: z.literal("consent"),
    languages: z.array(z.enum(householdLanguages, choice)).default([]),
    consent: z.array(z.enum(consentItems, choice)).default([]),
    consentMethod: z.enum(consentMethods, choice).optional(),
  }),
]);
export type HouseholdAction = z.infer<typeof householdActionSchema>;

/** The forms of a follow-up's page: what it is about now, a note (with shared problems seen), the end. */
export const followUpActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("update"),
    ...followUpFields,
    status: z.enum(["active", "paused"], choice).default("active"),
    /** Who follows up from now on: a buurtwerker of the household's neighbourhood. */
    ownerId: z.string().max(64).optional(),
  }),
  z.object({
    intent: z.literal("note"),
    body: z
      .string({ required_error: "common:form.required" })
      .trim()
      .min(3, "common:form.tooShort")
      .max(1000, "common:form.tooLong"),
    signals: z.array(z.enum(signalKinds, choice)).max(signalKinds.length).default([]),
  }),
  z.object({ intent: z.literal("end") }),
]);
export type FollowUpAction = z.infer<typeof followUpActionSchema>;

/**
 * One intake at the desk: who (a household we know, or an address and a name), their question in their words, what
 * they agreed to, and where it goes: koffie en papieren, a buddy (a help request), follow-up, or a partner service.
 */
export const intakeSchema = z
  .object({
    ...addressFields,
    neighbourhoodId: id.optional(),
    householdId: z.string().max(64).optional(),
    memberId: z.string().max(64).optional(),
    residentId: z.string().max(64).optional(),
    memberName: displayNameField.optional(),
    memberPhone: phoneField.optional(),
    languages: z.array(z.enum(householdLanguages, choice)).default([]),
    question: z
      .string({ required_error: "outreach:errors.questionRequired" })
      .trim()
      .min(10, "outreach:errors.questionRequired")
      .max(1000, "common:form.tooLong"),
    route: z.enum(intakeRoutes, { errorMap: () => ({ message: "outreach:errors.routeRequired" }) }),
    consent: z.array(z.enum(consentItems, choice)).default([]),
    consentMethod: z.enum(consentMethods, choice).optional(),
    helpKind: z.enum(helpKinds, choice).optional(),
    partnerId: z.string().max(64).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.householdId) {
      if (!value.neighbourhoodId)
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["neighbourhoodId"],
          message: "common:form.required",
        });
      addressIsComplete(value, ctx);
    }
    if (value.consent.length && !value.consentMethod)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["consentMethod"],
        message: "outreach:errors.consentMethod",
      });
    if (value.route === "buddy" && !value.helpKind)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["helpKind"],
        message: "outreach:errors.helpKindRequired",
      });
    if (value.route === "partner" && !value.partnerId)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["partnerId"],
        message: "outreach:errors.partnerRequired",
      });
  });
export type IntakeInput = z.infer<typeof intakeSchema>;

/** A partner service of a neighbourhood, with the organisation's own contact details. */
export const partnerSchema = z.object({
  neighbourhoodId: id,
  name: z
    .string({ required_error: "common:form.required" })
    .trim()
    .min(2, "common:form.tooShort")
    .max(100, "common:form.tooLong"),
  kind: z.enum(partnerKinds, { errorMap: () => ({ message: "common:form.invalidChoice" }) }),
  phone: shortText(40).optional(),
  email: emailField.optional(),
  address: shortText(160).optional(),
  note: shortText(300).optional(),
});
export type PartnerInput = z.infer<typeof partnerSchema>;
