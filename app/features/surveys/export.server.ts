// The results as CSV for a spreadsheet (UTF-8 with BOM, like the attendee list): the counts per question, overall
// and per building (groups under 5 stay hidden), or one anonymous row per response, sorted by what it says so the
// order gives away nothing about who answered when.
import type { Actor } from "~/utils/actor";
import { getAnonymousRows, getResults, type SurveyResults } from "./queries.server";
import { MIN_GROUP, type QuestionTally } from "./rules";

type T = (key: string, options?: Record<string, unknown>) => string;

function cell(value: string | number) {
  const text = String(value);
  // Quote everything; a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

function csv(rows: (string | number)[][]) {
  return "\uFEFF" + rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

function valueLabel(question: SurveyResults["questions"][number], value: string, t: T) {
  if (question.kind === "scale") return `${value} (${t(`scale.${value}`)})`;
  if (question.kind === "yesno") return t(`yesNo.${value === "no" ? "no" : "yes"}`);
  if (question.kind === "text") return value;
  return question.options.find((o) => o.id === value)?.text.text ?? value;
}

export async function totalsCsv(actor: Actor, surveyId: string, locale: string, t: T) {
  const results = await getResults(actor, surveyId, locale);
  if (!results) return null;
  const header = [t("csv.question"), t("csv.group"), t("csv.answer"), t("csv.count"), t("csv.percent"), t("csv.answeredInGroup")];
  const rows: (string | number)[][] = [];
  const groupRows = (number: number, question: SurveyResults["questions"][number], group: string, tally: QuestionTally) => {
    const label = `${number}. ${question.text.text}`;
    if (tally.hidden) {
      rows.push([label, group, t("csv.hidden", { min: MIN_GROUP }), "", "", tally.answered]);
      return;
    }
    if (question.kind === "text") {
      rows.push([label, group, t("csv.openAnswers"), tally.answered, "", tally.answered]);
      return;
    }
    for (const row of tally.rows) rows.push([label, group, valueLabel(question, row.value, t), row.count, row.percent, tally.answered]);
  };
  results.questions.forEach((question, index) => {
    const overall = results.overall.questions[index];
    if (overall) groupRows(index + 1, question, t("csv.everyone"), overall);
    if (results.byBuilding.length > 1) {
      for (const group of results.byBuilding) {
        const tally = group.questions[index];
        if (tally) groupRows(index + 1, question, group.name ?? t("results.noBuilding"), tally);
      }
    }
  });
  for (const rate of results.rates) rows.push([t("csv.responseRate"), rate.name, `${rate.answered} / ${rate.of}`, rate.answered, rate.percent, rate.of]);
  return csv([header, ...rows]);
}

export async function rowsCsv(actor: Actor, surveyId: string, locale: string, t: T) {
  const [results, responses] = await Promise.all([getResults(actor, surveyId, locale), getAnonymousRows(actor, surveyId)]);
  if (!results || !responses) return null;
  // A building is named only where it has 5 answers or more: in a smaller group a row could point to a flat.
  const named = new Map(results.byBuilding.filter((g) => g.responses >= MIN_GROUP && g.name).map((g) => [g.key, g.name ?? ""]));
  const header = [t("csv.building"), t("csv.method"), ...results.questions.map((q, i) => `${i + 1}. ${q.text.text}`)];
  const rows = responses.map((response) => [
    response.buildingId ? (named.get(response.buildingId) ?? t("csv.smallGroup")) : "",
    t(`methods.${response.method}`),
    ...results.questions.map((question) =>
      response.answers
        .filter((a) => a.questionId === question.id)
        .map((a) => valueLabel(question, a.value, t))
        .join("; "),
    ),
  ]);
  rows.sort((a, b) => a.join("\u0000").localeCompare(b.join("\u0000")));
  return csv([header, ...rows]);
}
