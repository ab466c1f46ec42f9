// Zod schemas for the agreement forms, shared by the browser (Conform) and the server.
// Messages are translation keys.
import { z } from "zod";
import { choices, isPastLocalDay } from "./rules";

/** Languages the author can add per item; the item itself is written in Dutch. */
export const translationLocales = ["fr", "en", "ar"] as const;

const optionalText = (max: number) => z.string().trim().max(max, "common:form.tooLong").optional();

const futureDate = z
  .string({ required_error: "common:form.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "common:form.invalidDate")
  .refine((value) => !isPastLocalDay(value), "agreements:errors.dateInPast");

// A house rule is one sentence; 300 characters leaves room for "quiet after 22:00, also on the terrace".
export const itemSchema = z.object({
  key: z.string().max(40).optional(),
  text: z
    .string({ required_error: "agreements:errors.emptyItem" })
    .trim()
    .min(1, "agreements:errors.emptyItem")
    .max(300, "common:form.tooLong"),
  explanation: optionalText(1000),
  frText: optionalText(300),
  frExplanation: optionalText(1000),
  enText: optionalText(300),
  enExplanation: optionalText(1000),
  arText: optionalText(300),
  arExplanation: optionalText(1000),
  // "The translation still fits the new Dutch text": an outdated translation counts as updated without rewording it.
  frConfirmed: z.boolean().optional(),
  enConfirmed: z.boolean().optional(),
  arConfirmed: z.boolean().optional(),
});
export type ItemInput = z.infer<typeof itemSchema>;

// 30 items: a notice for the hallway must fit on one A4 page.
const items = z
  .array(itemSchema, { required_error: "agreements:errors.noItems" })
  .min(1, "agreements:errors.noItems")
  .max(30, "agreements:errors.tooManyItems");

export const draftSchema = z.object({
  reviewDate: futureDate.optional(),
  // 1 to 100 % of the households; empty means the default, half of them.
  quorumPercent: z
    .number({ invalid_type_error: "common:form.invalidNumber" })
    .int("common:form.invalidNumber")
    .min(1, "agreements:errors.quorumRange")
    .max(100, "agreements:errors.quorumRange")
    .optional(),
  items,
});

export const newAgreementSchema = draftSchema.extend({
  spaceId: z.string({ required_error: "agreements:errors.chooseSpace" }).min(1, "agreements:errors.chooseSpace"),
});

const respond = z.object({
  intent: z.literal("respond"),
  choice: z.enum(choices, { errorMap: () => ({ message: "agreements:errors.chooseResponse" }) }),
  reason: optionalText(1000),
});

const paper = z.object({
  intent: z.literal("paper"),
  unit: z.string({ required_error: "agreements:errors.chooseHousehold" }).trim().min(1).max(20),
  choice: z.enum(choices, { errorMap: () => ({ message: "agreements:errors.chooseResponse" }) }),
  reason: optionalText(1000),
});

/** Every form on an agreement's page, told apart by the button's `intent`. */
export const agreementActionSchema = z
  .discriminatedUnion("intent", [
    respond,
    paper,
    z.object({ intent: z.literal("open"), closesAt: futureDate }),
    z.object({ intent: z.literal("revise") }),
    // Only from the confirmation that shows the tally, the quorum and the closing date (a second, deliberate step).
    z.object({ intent: z.literal("adopt"), confirm: z.literal("yes", { errorMap: () => ({ message: "agreements:errors.confirmAdopt" }) }) }),
    z.object({
      intent: z.literal("comment"),
      itemId: z.string().min(1),
      body: z.string({ required_error: "agreements:errors.emptyComment" }).trim().min(1, "agreements:errors.emptyComment").max(1000, "common:form.tooLong"),
    }),
    z.object({ intent: z.literal("coauthor"), userId: z.string({ required_error: "common:form.invalidChoice" }).min(1) }),
    z.object({ intent: z.literal("note"), meetingNote: optionalText(2000) }),
    z.object({ intent: z.literal("acknowledge") }),
  ])
  .superRefine((value, ctx) => {
    if ((value.intent === "respond" || value.intent === "paper") && value.choice === "object" && !value.reason) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["reason"], message: "agreements:errors.reasonRequired" });
    }
  });
export type AgreementAction = z.infer<typeof agreementActionSchema>;
