// Pure rules for resident surveys: phases, who is asked once (the household key), checking an answer, progress,
// outdated translations, and the results (counts, percentages, groups under 5 hidden, response rate).
// No I/O here: every rule has a unit test next to it (rules.test.ts).
import { isLocale, type Locale } from "~/utils/i18n";

export const questionKinds = ["single", "multiple", "scale", "yesno", "text"] as const;
export type QuestionKind = (typeof questionKinds)[number];
export const isQuestionKind = (value: unknown): value is QuestionKind => typeof value === "string" && (questionKinds as readonly string[]).includes(value);
/** Kinds whose choices the author writes (the others have fixed ones: faces, yes and no, or a text). */
export const choiceKinds: readonly QuestionKind[] = ["single", "multiple"];

export const surveyPers = ["household", "resident"] as const;
export type SurveyPer = (typeof surveyPers)[number];

/** online: the resident themselves; assisted: a buurtwerker at the door, at the desk or acting for them; paper. */
export const answerMethods = ["online", "assisted", "paper"] as const;
export type AnswerMethod = (typeof answerMethods)[number];
export const isAnswerMethod = (value: unknown): value is AnswerMethod => typeof value === "string" && (answerMethods as readonly string[]).includes(value);

export const scaleValues = ["1", "2", "3", "4", "5"] as const;
export const yesNoValues = ["yes", "no"] as const;

/** Pictograms an author can put next to a choice (drawn in components/survey-icons.tsx). */
export const optionIcons = ["house", "people", "clean", "repair", "light", "safe", "noise", "green", "bike", "laundry", "child", "coffee", "chat", "calendar", "money", "trash"] as const;
export type OptionIcon = (typeof optionIcons)[number];
export const isOptionIcon = (value: unknown): value is OptionIcon => typeof value === "string" && (optionIcons as readonly string[]).includes(value);

/** Fewer answers than this in a group (a building, a question) are not shown: five neighbours are not one. */
export const MIN_GROUP = 5;
/** A choice question with more than 8 choices does not fit on one phone screen. */
export const MAX_OPTIONS = 8;
/** 30 questions: more than a resident at the door answers in a quarter of an hour. */
export const MAX_QUESTIONS = 30;
/** An open answer is a sentence or two ("more benches in the garden, a lamp at the bike shed"). */
export const MAX_TEXT = 500;
/** Paper forms come back at the bewonersbijeenkomst: they can be typed in up to two weeks after closing. */
export const PAPER_GRACE_DAYS = 14;

const DAY = 24 * 60 * 60 * 1000;

export type SurveyPhase = "draft" | "scheduled" | "open" | "closed";

export function phaseOf(survey: { status: string; opensAt: Date; closesAt: Date }, now: Date = new Date()): SurveyPhase {
  if (survey.status !== "published") return "draft";
  if (now.getTime() < survey.opensAt.getTime()) return "scheduled";
  return now.getTime() < survey.closesAt.getTime() ? "open" : "closed";
}

/** Paper answers are typed in while the survey is open and for two weeks after it closed. */
export function paperOpen(survey: { status: string; opensAt: Date; closesAt: Date }, now: Date = new Date()) {
  const phase = phaseOf(survey, now);
  return phase === "open" || (phase === "closed" && now.getTime() - survey.closesAt.getTime() < PAPER_GRACE_DAYS * DAY);
}

export type Home = { buildingId: string; unit: string };

/**
 * Who is asked once: the one place that decides it. A household is a flat (building + unit), as the agreements'
 * consents count it; when households get their own table (outreach), this is where the key points to its id.
 * Per resident: the person. A household survey answered by someone without a flat counts them as their own
 * household. Null: nobody to count (a paper form of a per-resident survey), see `sheetKey`.
 */
export function householdKey(per: SurveyPer, who: { userId: string | null; home: Home | null }): string | null {
  if (per === "household" && who.home) return `household:${who.home.buildingId}:${who.home.unit.trim().toLowerCase()}`;
  return who.userId ? `resident:${who.userId}` : null;
}

/** A paper form or door-step answer of a per-resident survey names nobody: each sheet counts once. */
export function sheetKey(random: string) {
  return `sheet:${random}`;
}

export const isSurveyPer = (value: unknown): value is SurveyPer => value === "household" || value === "resident";

// ---- Answers ------------------------------------------------------------------------------------------------

export type AnswerableQuestion = { kind: string; optionIds: readonly string[] };

/** What a person chose for one question, checked against the question. The error is a translation key. */
export function checkAnswer(question: AnswerableQuestion, raw: readonly string[]): { ok: true; values: string[] } | { ok: false; error: string } {
  const values = [...new Set(raw.map((value) => value.trim()).filter(Boolean))];
  const refuse = (error = "surveys:errors.chooseAnswer") => ({ ok: false as const, error });
  if (values.length === 0) return refuse(question.kind === "text" ? "surveys:errors.writeAnswer" : undefined);
  switch (question.kind) {
    case "single":
      return values.length === 1 && question.optionIds.includes(values[0] ?? "") ? { ok: true, values } : refuse();
    case "multiple":
      return values.every((value) => question.optionIds.includes(value)) ? { ok: true, values: question.optionIds.filter((id) => values.includes(id)) } : refuse();
    case "scale":
      return values.length === 1 && (scaleValues as readonly string[]).includes(values[0] ?? "") ? { ok: true, values } : refuse();
    case "yesno":
      return values.length === 1 && (yesNoValues as readonly string[]).includes(values[0] ?? "") ? { ok: true, values } : refuse();
    case "text": {
      const text = raw.join(" ").trim();
      return text.length > MAX_TEXT ? refuse("common:form.tooLong") : { ok: true, values: [text] };
    }
    default:
      return refuse();
  }
}

/** A draft answer in one column: values joined by newlines (option ids have none), "" for a skipped question. */
export function encodeDraft(kind: string, values: readonly string[]) {
  return kind === "text" ? (values[0] ?? "") : values.join("\n");
}

export function decodeDraft(kind: string, value: string): string[] {
  if (value === "") return [];
  return kind === "text" ? [value] : value.split("\n");
}

export type Progress = {
  total: number;
  /** Questions answered or skipped. */
  seen: number;
  /** Where to go on: the first question not seen yet (1-based), or total + 1 for the "send" page. */
  resumeAt: number;
  /** 0-100, for the progress bar. */
  percent: number;
};

/** How far someone got, from the questions in order and the ones they answered or skipped. */
export function progressOf(questionIds: readonly string[], seen: ReadonlySet<string>): Progress {
  const total = questionIds.length;
  const done = questionIds.filter((id) => seen.has(id)).length;
  const firstOpen = questionIds.findIndex((id) => !seen.has(id));
  return { total, seen: done, resumeAt: firstOpen === -1 ? total + 1 : firstOpen + 1, percent: total === 0 ? 100 : Math.round((done / total) * 100) };
}

// ---- Translations -------------------------------------------------------------------------------------------

export type StoredTranslation = { text: string; sourceText: string };

const normalised = (text: string | null | undefined) => (text ?? "").trim().replace(/\s+/g, " ");

/** A translation made for an older Dutch text: shown marked, with the Dutch beside it, until it is updated. */
export function isOutdated(translation: { sourceText: string }, dutch: string) {
  return normalised(translation.sourceText) !== normalised(dutch);
}

/**
 * The translation to store after the author saved the form. A changed translation, or one the author confirms,
 * is made for today's Dutch text; an untouched one keeps the Dutch it was made for (and so becomes outdated when
 * the Dutch changed). An emptied field removes it.
 */
export function nextTranslation(previous: StoredTranslation | undefined, input: { text?: string | null; confirm?: boolean }, dutch: string): StoredTranslation | null {
  const text = (input.text ?? "").trim();
  if (!text) return null;
  if (previous && normalised(previous.text) === normalised(text) && !input.confirm) return { text, sourceText: previous.sourceText };
  return { text, sourceText: dutch };
}

export type Localised = {
  text: string;
  /** The language the text is in (the Dutch original when there is no translation). */
  lang: Locale;
  /** The translation was made for an older Dutch text: show the Dutch beside it. */
  outdated: boolean;
  /** No translation in the reader's language: the Dutch is shown. */
  missing: boolean;
  dutch: string;
};

/** A text in the reader's language when there is a translation, marked when it is outdated; otherwise the Dutch. */
export function localise(dutch: string, translations: readonly { locale: string; text: string; sourceText: string }[], locale: string): Localised {
  const reader: Locale = isLocale(locale) ? locale : "nl";
  if (reader === "nl") return { text: dutch, lang: "nl", outdated: false, missing: false, dutch };
  const translation = translations.find((t) => t.locale === reader);
  if (!translation) return { text: dutch, lang: "nl", outdated: false, missing: true, dutch };
  return { text: translation.text, lang: reader, outdated: isOutdated(translation, dutch), missing: false, dutch };
}

// ---- Results ------------------------------------------------------------------------------------------------

export type ResultQuestion = { id: string; kind: string; optionIds: readonly string[] };
export type ResponseRow = { id: string; buildingId: string | null; method: string };
export type AnswerRow = { responseId: string; questionId: string; value: string };

export type CountRow = { value: string; count: number; percent: number };
export type QuestionTally =
  | { questionId: string; kind: string; answered: number; hidden: true }
  | { questionId: string; kind: string; answered: number; hidden: false; rows: CountRow[]; texts: string[] };

/** The values a question's bars show, in order. */
export function valuesOf(question: ResultQuestion): string[] {
  switch (question.kind) {
    case "scale":
      return [...scaleValues];
    case "yesno":
      return [...yesNoValues];
    case "text":
      return [];
    default:
      return [...question.optionIds];
  }
}

const percentOf = (count: number, of: number) => (of === 0 ? 0 : Math.round((count / of) * 100));

/**
 * Counts and percentages of one question among a group of responses. Percentages are of the responses that answered
 * the question (for multiple choice they add up to more than 100). A group with fewer than MIN_GROUP answers is
 * hidden. Open answers come sorted, so their order says nothing about who sent them when.
 */
export function tallyQuestion(question: ResultQuestion, answers: readonly AnswerRow[], responseIds: ReadonlySet<string>): QuestionTally {
  const mine = answers.filter((a) => a.questionId === question.id && responseIds.has(a.responseId));
  const answered = new Set(mine.map((a) => a.responseId)).size;
  if (answered < MIN_GROUP) return { questionId: question.id, kind: question.kind, answered, hidden: true };
  if (question.kind === "text") {
    const texts = mine.map((a) => a.value).sort((a, b) => a.localeCompare(b));
    return { questionId: question.id, kind: question.kind, answered, hidden: false, rows: [], texts };
  }
  const rows = valuesOf(question).map((value) => {
    const count = new Set(mine.filter((a) => a.value === value).map((a) => a.responseId)).size;
    return { value, count, percent: percentOf(count, answered) };
  });
  return { questionId: question.id, kind: question.kind, answered, hidden: false, rows, texts: [] };
}

export type GroupResult = { key: string; responses: number; questions: QuestionTally[] };

/**
 * The results per building (the key "none": residents of a neighbourhood survey outside the listed buildings).
 * Besides every group under MIN_GROUP, hidden groups that together hold fewer than MIN_GROUP answers would show
 * by subtraction from the total: then the smallest shown group of that question is hidden too.
 */
export function resultsByGroup(questions: readonly ResultQuestion[], responses: readonly ResponseRow[], answers: readonly AnswerRow[]): GroupResult[] {
  const groups = new Map<string, Set<string>>();
  for (const response of responses) {
    const key = response.buildingId ?? "none";
    const ids = groups.get(key) ?? new Set<string>();
    ids.add(response.id);
    groups.set(key, ids);
  }
  const results: GroupResult[] = [...groups.entries()].map(([key, ids]) => ({ key, responses: ids.size, questions: questions.map((q) => tallyQuestion(q, answers, ids)) }));
  if (results.length < 2) return results;
  questions.forEach((_question, index) => {
    const tallies = () => results.map((group) => group.questions[index]).filter((tally): tally is QuestionTally => tally !== undefined);
    for (;;) {
      const hiddenAnswers = tallies().filter((t) => t.hidden).reduce((sum, t) => sum + t.answered, 0);
      if (hiddenAnswers === 0 || hiddenAnswers >= MIN_GROUP) break;
      const smallestShown = results
        .map((group, at) => ({ at, tally: group.questions[index] }))
        .filter((entry) => entry.tally && !entry.tally.hidden)
        .sort((a, b) => (a.tally?.answered ?? 0) - (b.tally?.answered ?? 0))[0];
      if (!smallestShown?.tally) break;
      const hidden: QuestionTally = { questionId: smallestShown.tally.questionId, kind: smallestShown.tally.kind, answered: smallestShown.tally.answered, hidden: true };
      results[smallestShown.at]?.questions.splice(index, 1, hidden);
    }
  });
  return results;
}

/** The whole survey: every response in one group. */
export function overallResults(questions: readonly ResultQuestion[], responses: readonly ResponseRow[], answers: readonly AnswerRow[]) {
  const ids = new Set(responses.map((r) => r.id));
  return { responses: ids.size, questions: questions.map((q) => tallyQuestion(q, answers, ids)) };
}

export type ResponseRate = { answered: number; of: number; percent: number };

/** Households (or residents) that answered out of those asked; more answers than known flats caps at 100%. */
export function responseRate(answered: number, of: number): ResponseRate {
  return { answered, of, percent: of === 0 ? 0 : Math.min(100, percentOf(answered, of)) };
}

/** How many answers came online, with a buurtwerker, or on paper. */
export function countByMethod(responses: readonly ResponseRow[]): Record<AnswerMethod, number> {
  const counts: Record<AnswerMethod, number> = { online: 0, assisted: 0, paper: 0 };
  for (const { method } of responses) if (isAnswerMethod(method)) counts[method] += 1;
  return counts;
}
