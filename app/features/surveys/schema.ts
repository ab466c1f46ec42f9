// Zod schemas for the survey forms, shared by the browser (Conform) and the server. Messages are translation keys.
import { z } from "zod";
import { isPastLocalDay } from "./dates";
import { MAX_OPTIONS, MAX_QUESTIONS, MAX_TEXT, choiceKinds, optionIcons, questionKinds, surveyPers } from "./rules";

/** Languages an author can add; the survey itself is written in Dutch. */
export const translationLocales = ["fr", "en", "ar"] as const;
export type TranslationLocale = (typeof translationLocales)[number];

const optionalText = (max: number) => z.string().trim().max(max, "common:form.tooLong").optional();
const confirm = z.boolean().optional();
const date = z.string({ required_error: "common:form.required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "common:form.invalidDate");

/** "building:<id>" or "neighbourhood:<id>": the households asked. */
export const targetPattern = /^(building|neighbourhood):[A-Za-z0-9_-]{1,60}$/;

const settingsFields = {
  // A title fits on one line of the invitation: "Hoe woon jij in Residentie Vlashof?"
  title: z.string({ required_error: "surveys:errors.title" }).trim().min(1, "surveys:errors.title").max(120, "common:form.tooLong"),
  intro: optionalText(1000),
  opensOn: date,
  closesOn: date.refine((value) => !isPastLocalDay(value), "surveys:errors.closesInPast"),
  frTitle: optionalText(120),
  frIntro: optionalText(1000),
  frConfirm: confirm,
  enTitle: optionalText(120),
  enIntro: optionalText(1000),
  enConfirm: confirm,
  arTitle: optionalText(120),
  arIntro: optionalText(1000),
  arConfirm: confirm,
};

const datesInOrder = (value: { opensOn: string; closesOn: string }, ctx: z.RefinementCtx) => {
  if (value.closesOn < value.opensOn) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closesOn"], message: "surveys:errors.closesBeforeOpens" });
};

export const newSurveySchema = z
  .object({
    target: z.string({ required_error: "surveys:errors.chooseTarget" }).regex(targetPattern, "surveys:errors.chooseTarget"),
    per: z.enum(surveyPers, { errorMap: () => ({ message: "common:form.invalidChoice" }) }),
    ...settingsFields,
  })
  .superRefine(datesInOrder);
export type NewSurveyInput = z.infer<typeof newSurveySchema>;

/** After publishing, whom it asks and how often stay as they are: the page sends them only for a draft. */
export const surveySettingsSchema = z
  .object({
    target: z.string().regex(targetPattern, "surveys:errors.chooseTarget").optional(),
    per: z.enum(surveyPers).optional(),
    ...settingsFields,
  })
  .superRefine(datesInOrder);
export type SurveySettingsInput = z.infer<typeof surveySettingsSchema>;

const optionRow = z.object({
  id: z.string().max(40).optional(),
  text: optionalText(120),
  icon: z.union([z.enum(optionIcons), z.literal("")]).optional(),
  frText: optionalText(120),
  frConfirm: confirm,
  enText: optionalText(120),
  enConfirm: confirm,
  arText: optionalText(120),
  arConfirm: confirm,
});
export type OptionInput = z.infer<typeof optionRow>;

export const questionSchema = z
  .object({
    kind: z.enum(questionKinds, { errorMap: () => ({ message: "common:form.invalidChoice" }) }),
    // One question a screen on a small phone: 300 characters is four or five lines.
    text: z.string({ required_error: "surveys:errors.questionText" }).trim().min(1, "surveys:errors.questionText").max(300, "common:form.tooLong"),
    frText: optionalText(300),
    frConfirm: confirm,
    enText: optionalText(300),
    enConfirm: confirm,
    arText: optionalText(300),
    arConfirm: confirm,
    options: z.array(optionRow).max(MAX_OPTIONS).optional(),
  })
  .superRefine((value, ctx) => {
    if (!choiceKinds.includes(value.kind)) return;
    const filled = (value.options ?? []).filter((option) => option.text);
    if (filled.length < 2) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["options"], message: "surveys:errors.twoOptions" });
  });
export type QuestionInput = z.infer<typeof questionSchema>;

const questionRef = { questionId: z.string().min(1).max(40) };

/** Every form on a survey's page for staff, told apart by the button's `intent`. */
export const manageSurveySchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.literal("close") }),
  z.object({ intent: z.literal("up"), ...questionRef }),
  z.object({ intent: z.literal("down"), ...questionRef }),
  z.object({ intent: z.literal("remove"), ...questionRef }),
]);
export type ManageSurveyAction = z.infer<typeof manageSurveySchema>;

/** One question's screen: the chosen values, or "skip". */
export const answerSchema = z.object({
  value: z.array(z.string().max(MAX_TEXT + 100, "common:form.tooLong")).max(MAX_OPTIONS).optional(),
  skip: z.boolean().optional(),
});

/** The last screen: only the idempotency key, so a phone that sends it twice sends it once. */
export const sendSchema = z.object({});

/** Answers taken at the door or the desk, or typed in from paper, for one household. */
export const collectSchema = z.object({
  method: z.enum(["assisted", "paper"], { errorMap: () => ({ message: "common:form.invalidChoice" }) }),
  buildingId: z.string().max(40).optional(),
  unit: optionalText(20),
  answers: z
    .array(z.object({ questionId: z.string().min(1).max(40), value: z.array(z.string().max(MAX_TEXT + 100, "common:form.tooLong")).max(MAX_OPTIONS).optional() }))
    .max(MAX_QUESTIONS)
    .optional(),
});
export type CollectInput = z.infer<typeof collectSchema>;
