import { describe, expect, test } from "vitest";
import {
  checkAnswer,
  countByMethod,
  decodeDraft,
  encodeDraft,
  householdKey,
  isOutdated,
  localise,
  nextTranslation,
  overallResults,
  paperOpen,
  phaseOf,
  progressOf,
  responseRate,
  resultsByGroup,
  tallyQuestion,
  type AnswerRow,
  type ResponseRow,
} from "./rules";

const at = (iso: string) => new Date(iso);

describe("the phases of a survey", () => {
  const survey = { status: "published", opensAt: at("2026-06-01T00:00:00Z"), closesAt: at("2026-06-30T22:00:00Z") };

  test("a draft stays a draft whatever its dates; a published one is scheduled, open, then closed", () => {
    expect(phaseOf({ ...survey, status: "draft" }, at("2026-06-10T10:00:00Z"))).toBe("draft");
    expect(phaseOf(survey, at("2026-05-31T10:00:00Z"))).toBe("scheduled");
    expect(phaseOf(survey, at("2026-06-01T00:00:00Z"))).toBe("open");
    expect(phaseOf(survey, at("2026-06-30T21:59:59Z"))).toBe("open");
    expect(phaseOf(survey, at("2026-06-30T22:00:00Z"))).toBe("closed");
  });

  test("paper answers can be typed in while open and for two weeks after closing", () => {
    expect(paperOpen(survey, at("2026-05-31T10:00:00Z"))).toBe(false);
    expect(paperOpen(survey, at("2026-06-15T10:00:00Z"))).toBe(true);
    expect(paperOpen(survey, at("2026-07-13T10:00:00Z"))).toBe(true);
    expect(paperOpen(survey, at("2026-07-15T10:00:00Z"))).toBe(false);
    expect(paperOpen({ ...survey, status: "draft" }, at("2026-06-15T10:00:00Z"))).toBe(false);
  });
});

describe("who is asked once", () => {
  const home = { buildingId: "blok-vlashof", unit: "2.03" };

  test("per household: two residents of one flat share one key, another flat has its own", () => {
    const amina = householdKey("household", { userId: "amina", home });
    const husband = householdKey("household", { userId: "karim", home: { buildingId: "blok-vlashof", unit: " 2.03 " } });
    expect(amina).toBe(husband);
    expect(householdKey("household", { userId: "buur", home: { buildingId: "blok-vlashof", unit: "2.04" } })).not.toBe(amina);
    // The same unit number in another building is another household.
    expect(householdKey("household", { userId: "x", home: { buildingId: "blok-de-linde", unit: "2.03" } })).not.toBe(amina);
  });

  test("a door-step or paper answer per household needs only the flat", () => {
    expect(householdKey("household", { userId: null, home })).toBe(householdKey("household", { userId: "amina", home }));
  });

  test("per resident: each person answers once; a household survey counts someone without a flat as their own household", () => {
    expect(householdKey("resident", { userId: "amina", home })).not.toBe(householdKey("resident", { userId: "karim", home }));
    expect(householdKey("household", { userId: "zonder-flat", home: null })).toBe("resident:zonder-flat");
    expect(householdKey("resident", { userId: null, home })).toBeNull();
  });
});

describe("checking an answer", () => {
  const choice = { kind: "single", optionIds: ["a", "b", "c"] };

  test("single choice: exactly one of the question's own choices", () => {
    expect(checkAnswer(choice, ["b"])).toEqual({ ok: true, values: ["b"] });
    expect(checkAnswer(choice, ["a", "b"]).ok).toBe(false);
    expect(checkAnswer(choice, ["z"]).ok).toBe(false);
    expect(checkAnswer(choice, [])).toEqual({ ok: false, error: "surveys:errors.chooseAnswer" });
  });

  test("multiple choice: any of its choices, in the question's order, each once", () => {
    expect(checkAnswer({ ...choice, kind: "multiple" }, ["c", "a", "c"])).toEqual({ ok: true, values: ["a", "c"] });
    expect(checkAnswer({ ...choice, kind: "multiple" }, ["a", "elders"]).ok).toBe(false);
  });

  test("faces 1 to 5, yes or no, and a short text", () => {
    expect(checkAnswer({ kind: "scale", optionIds: [] }, ["4"])).toEqual({ ok: true, values: ["4"] });
    expect(checkAnswer({ kind: "scale", optionIds: [] }, ["6"]).ok).toBe(false);
    expect(checkAnswer({ kind: "yesno", optionIds: [] }, ["no"])).toEqual({ ok: true, values: ["no"] });
    expect(checkAnswer({ kind: "yesno", optionIds: [] }, ["misschien"]).ok).toBe(false);
    expect(checkAnswer({ kind: "text", optionIds: [] }, ["  Meer banken in de tuin. "])).toEqual({ ok: true, values: ["Meer banken in de tuin."] });
    expect(checkAnswer({ kind: "text", optionIds: [] }, ["   "])).toEqual({ ok: false, error: "surveys:errors.writeAnswer" });
    expect(checkAnswer({ kind: "text", optionIds: [] }, ["x".repeat(501)])).toEqual({ ok: false, error: "common:form.tooLong" });
  });

  test("a draft keeps the values in one column and gives them back, a text with its line breaks", () => {
    expect(decodeDraft("multiple", encodeDraft("multiple", ["a", "c"]))).toEqual(["a", "c"]);
    expect(decodeDraft("text", encodeDraft("text", ["Eerste regel\nTweede regel"]))).toEqual(["Eerste regel\nTweede regel"]);
    expect(decodeDraft("single", "")).toEqual([]);
  });
});

describe("stopping and going on", () => {
  test("progress counts answered and skipped questions and resumes at the first open one", () => {
    expect(progressOf(["q1", "q2", "q3", "q4"], new Set())).toEqual({ total: 4, seen: 0, resumeAt: 1, percent: 0 });
    expect(progressOf(["q1", "q2", "q3", "q4"], new Set(["q1", "q2"]))).toEqual({ total: 4, seen: 2, resumeAt: 3, percent: 50 });
    // Went back and left a hole: resume there.
    expect(progressOf(["q1", "q2", "q3", "q4"], new Set(["q1", "q3", "q4"])).resumeAt).toBe(2);
    expect(progressOf(["q1", "q2"], new Set(["q1", "q2"]))).toEqual({ total: 2, seen: 2, resumeAt: 3, percent: 100 });
  });
});

describe("translations made for an older Dutch text", () => {
  test("a translation is outdated once the Dutch it was made for changed (spaces aside)", () => {
    expect(isOutdated({ sourceText: "Hoe tevreden ben je?" }, "Hoe  tevreden ben je? ")).toBe(false);
    expect(isOutdated({ sourceText: "Hoe tevreden ben je?" }, "Hoe tevreden ben je over de lift?")).toBe(true);
  });

  test("saving: a changed or confirmed translation is made for today's Dutch, an untouched one keeps its old source", () => {
    const previous = { text: "Êtes-vous satisfait ?", sourceText: "Ben je tevreden?" };
    const dutch = "Ben je tevreden over de lift?";
    expect(nextTranslation(previous, { text: "Êtes-vous satisfait ?" }, dutch)).toEqual(previous);
    expect(nextTranslation(previous, { text: "Êtes-vous satisfait ?", confirm: true }, dutch)).toEqual({ text: "Êtes-vous satisfait ?", sourceText: dutch });
    expect(nextTranslation(previous, { text: "Êtes-vous satisfait de l'ascenseur ?" }, dutch)).toEqual({ text: "Êtes-vous satisfait de l'ascenseur ?", sourceText: dutch });
    expect(nextTranslation(undefined, { text: "Nouveau" }, dutch)).toEqual({ text: "Nouveau", sourceText: dutch });
    expect(nextTranslation(previous, { text: "  " }, dutch)).toBeNull();
  });

  test("the reader gets their language, marked when outdated, or the Dutch when there is none", () => {
    const translations = [
      { locale: "ar", text: "هل أنت راض؟", sourceText: "Ben je tevreden?" },
      { locale: "fr", text: "Êtes-vous satisfait ?", sourceText: "Vroegere tekst" },
    ];
    expect(localise("Ben je tevreden?", translations, "ar")).toEqual({ text: "هل أنت راض؟", lang: "ar", outdated: false, missing: false, dutch: "Ben je tevreden?" });
    expect(localise("Ben je tevreden?", translations, "fr")).toMatchObject({ text: "Êtes-vous satisfait ?", lang: "fr", outdated: true });
    expect(localise("Ben je tevreden?", translations, "en")).toMatchObject({ text: "Ben je tevreden?", lang: "nl", missing: true });
    expect(localise("Ben je tevreden?", translations, "nl")).toMatchObject({ text: "Ben je tevreden?", lang: "nl", missing: false });
  });
});

/** `n` responses in a building, each answering the scale question with `value`. */
function responses(building: string | null, values: string[], start = 0) {
  const rows: ResponseRow[] = values.map((_, i) => ({ id: `${building}-${start + i}`, buildingId: building, method: "online" }));
  const answers: AnswerRow[] = values.map((value, i) => ({ responseId: `${building}-${start + i}`, questionId: "scale", value }));
  return { rows, answers };
}

describe("results", () => {
  const scale = { id: "scale", kind: "scale", optionIds: [] };
  const choices = { id: "choice", kind: "multiple", optionIds: ["tuin", "was", "fiets"] };
  const open = { id: "open", kind: "text", optionIds: [] };

  test("counts and percentages of those who answered the question; multiple choice adds up past 100", () => {
    const { rows, answers } = responses("vlashof", ["5", "4", "4", "2", "5", "5"]);
    const tally = tallyQuestion(scale, answers, new Set(rows.map((r) => r.id)));
    expect(tally).toEqual({
      questionId: "scale",
      kind: "scale",
      answered: 6,
      hidden: false,
      texts: [],
      rows: [
        { value: "1", count: 0, percent: 0 },
        { value: "2", count: 1, percent: 17 },
        { value: "3", count: 0, percent: 0 },
        { value: "4", count: 2, percent: 33 },
        { value: "5", count: 3, percent: 50 },
      ],
    });
    const multiple: AnswerRow[] = rows.flatMap((r, i) => [{ responseId: r.id, questionId: "choice", value: "tuin" }, ...(i % 2 ? [{ responseId: r.id, questionId: "choice", value: "was" }] : [])]);
    const choiceTally = tallyQuestion(choices, multiple, new Set(rows.map((r) => r.id)));
    expect(choiceTally.hidden ? [] : choiceTally.rows.map((r) => r.percent)).toEqual([100, 50, 0]);
  });

  test("a question fewer than 5 answered is hidden, with how many answered", () => {
    const { rows, answers } = responses("vlashof", ["5", "4", "4", "2"]);
    expect(tallyQuestion(scale, answers, new Set(rows.map((r) => r.id)))).toEqual({ questionId: "scale", kind: "scale", answered: 4, hidden: true });
  });

  test("open answers are listed sorted, without who or when", () => {
    const ids = ["r1", "r2", "r3", "r4", "r5"];
    const texts = ["Zet een bank in de tuin", "Meer licht", "Alles goed", "Lift vaak kapot", "Meer licht"];
    const answers = ids.map((responseId, i) => ({ responseId, questionId: "open", value: texts[i] ?? "" }));
    const tally = tallyQuestion(open, answers, new Set(ids));
    expect(tally.hidden ? null : tally.texts).toEqual(["Alles goed", "Lift vaak kapot", "Meer licht", "Meer licht", "Zet een bank in de tuin"]);
  });

  test("per building: a building with fewer than 5 answers is hidden, and a second one so it cannot be found by subtraction", () => {
    const vlashof = responses("vlashof", ["5", "5", "4", "4", "3", "3", "3", "2"]);
    const linde = responses("linde", ["1", "2", "2", "2", "2", "5"]);
    const small = responses("wallen", ["1", "1", "1"]);
    const all = [vlashof, linde, small];
    const groups = resultsByGroup([scale], all.flatMap((g) => g.rows), all.flatMap((g) => g.answers));
    const hidden = Object.fromEntries(groups.map((g) => [g.key, g.questions[0]?.hidden]));
    // Wallen (3) is hidden; total minus Vlashof minus Linde would give it back, so Linde (the smaller) goes too.
    expect(hidden).toEqual({ vlashof: false, linde: true, wallen: true });
    expect(groups.find((g) => g.key === "wallen")?.responses).toBe(3);
    // The total of all 17 is still shown.
    expect(overallResults([scale], all.flatMap((g) => g.rows), all.flatMap((g) => g.answers)).questions[0]?.hidden).toBe(false);
  });

  test("per building: hidden groups that together hold 5 or more answers need nothing else hidden", () => {
    const vlashof = responses("vlashof", ["5", "5", "4", "4", "3"]);
    const a = responses("a", ["1", "2", "3"]);
    const b = responses("b", ["1", "2"]);
    const all = [vlashof, a, b];
    const groups = resultsByGroup([scale], all.flatMap((g) => g.rows), all.flatMap((g) => g.answers));
    expect(Object.fromEntries(groups.map((g) => [g.key, g.questions[0]?.hidden]))).toEqual({ vlashof: false, a: true, b: true });
  });

  test("response rate: households answered out of households, never above 100%", () => {
    expect(responseRate(9, 14)).toEqual({ answered: 9, of: 14, percent: 64 });
    expect(responseRate(0, 0)).toEqual({ answered: 0, of: 0, percent: 0 });
    expect(responseRate(15, 14).percent).toBe(100);
  });

  test("answers by way of answering", () => {
    expect(countByMethod([{ id: "1", buildingId: null, method: "online" }, { id: "2", buildingId: null, method: "paper" }, { id: "3", buildingId: null, method: "paper" }, { id: "4", buildingId: null, method: "x" }])).toEqual({ online: 1, assisted: 0, paper: 2 });
  });
});
