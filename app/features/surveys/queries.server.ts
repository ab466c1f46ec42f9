// Reads for surveys. Every query keeps to the surveys the person may see, in its where (visibleSurveys): staff those
// of their neighbourhoods, residents the published ones for their building or neighbourhood. A resident reads only
// their own draft answers; results are counts from the anonymous responses, never rows about a person.
import type { Prisma } from "@prisma/client";
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { prisma } from "~/utils/db.server";
import { can, surveyAbilities, type SurveySubject } from "./permissions";
import {
  choiceKinds,
  countByMethod,
  decodeDraft,
  householdKey,
  isOutdated,
  isSurveyPer,
  localise,
  overallResults,
  paperOpen,
  phaseOf,
  progressOf,
  responseRate,
  resultsByGroup,
  type Home,
  type SurveyPer,
} from "./rules";

type Db = Prisma.TransactionClient | typeof prisma;

const livesInBuilding = (userId: string): Prisma.BuildingWhereInput => ({ residences: { some: { userId, movedOutAt: null } } });

/** The published surveys asking this person: their building's, or their neighbourhood's. */
function askedSurveys(actor: Actor): Prisma.SurveyWhereInput {
  const userId = actor.user.id;
  return {
    status: "published",
    OR: [
      { building: livesInBuilding(userId) },
      { buildingId: null, neighbourhood: { OR: [{ users: { some: { id: userId } } }, { buildings: { some: livesInBuilding(userId) } }] } },
    ],
  };
}

/** What a person may open: the surveys asking them, and for staff working as themselves those where they work. */
export function visibleSurveys(actor: Actor): Prisma.SurveyWhereInput {
  if (!actor.staff) return askedSurveys(actor);
  if (actor.staff.admin) return {};
  return { OR: [askedSurveys(actor), { neighbourhoodId: staffNeighbourhoods(actor) }] };
}

/** What the permission rules need of a survey, for this person: where it is, and their home there. */
function accessSelect(actor: Actor) {
  const mine = { where: { userId: actor.user.id, movedOutAt: null }, select: { buildingId: true, unit: true }, take: 1 } as const;
  return {
    id: true,
    neighbourhoodId: true,
    buildingId: true,
    status: true,
    opensAt: true,
    closesAt: true,
    per: true,
    building: { select: { residences: mine } },
    neighbourhood: { select: { users: { where: { id: actor.user.id }, select: { id: true } }, buildings: { select: { residences: mine } } } },
  } satisfies Prisma.SurveySelect;
}

type AccessRow = Prisma.SurveyGetPayload<{ select: ReturnType<typeof accessSelect> }>;

/** The person's home for this survey (their flat in its building, or in a building of its neighbourhood). */
function homeIn(row: AccessRow): Home | null {
  const residences = row.building ? row.building.residences : row.neighbourhood.buildings.flatMap((b) => b.residences);
  return residences[0] ?? null;
}

export function subjectOf(row: AccessRow, now: Date): SurveySubject {
  const home = homeIn(row);
  const livesHere = row.buildingId ? home !== null : home !== null || row.neighbourhood.users.length > 0;
  return { neighbourhoodId: row.neighbourhoodId, livesHere, phase: phaseOf(row, now), paperOpen: paperOpen(row, now) };
}

const perOf = (value: string): SurveyPer => (isSurveyPer(value) ? value : "household");

/**
 * A survey as this person may see it, with what the rules need; null when it is not there for them. `db` lets a
 * mutation read it inside its own transaction.
 */
export async function findSurvey(actor: Actor, surveyId: string, now = new Date(), db: Db = prisma) {
  const row = await db.survey.findFirst({ where: { AND: [{ id: surveyId }, visibleSurveys(actor)] }, select: accessSelect(actor) });
  if (!row) return null;
  const home = homeIn(row);
  const per = perOf(row.per);
  return {
    id: row.id,
    neighbourhoodId: row.neighbourhoodId,
    buildingId: row.buildingId,
    status: row.status,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    per,
    subject: subjectOf(row, now),
    home,
    key: householdKey(per, { userId: actor.user.id, home }),
  };
}
export type FoundSurvey = NonNullable<Awaited<ReturnType<typeof findSurvey>>>;

const translationSelect = { select: { locale: true, text: true, sourceText: true } } as const;

const surveyTextSelect = {
  title: true,
  intro: true,
  translations: { select: { locale: true, title: true, intro: true, sourceTitle: true, sourceIntro: true } },
} satisfies Prisma.SurveySelect;

type SurveyTexts = Prisma.SurveyGetPayload<{ select: typeof surveyTextSelect }>;

/** The title and intro in the reader's language, marked as outdated or missing like every other text. */
export function localiseSurvey(survey: SurveyTexts, locale: string) {
  const asText = survey.translations.map((t) => ({ locale: t.locale, text: t.title, sourceText: t.sourceTitle }));
  const introTexts = survey.translations.flatMap((t) => (t.intro ? [{ locale: t.locale, text: t.intro, sourceText: t.sourceIntro ?? "" }] : []));
  return { title: localise(survey.title, asText, locale), intro: survey.intro ? localise(survey.intro, introTexts, locale) : null };
}

const questionSelect = {
  id: true,
  position: true,
  kind: true,
  text: true,
  translations: translationSelect,
  options: { orderBy: { position: "asc" }, select: { id: true, text: true, icon: true, translations: translationSelect } },
} satisfies Prisma.SurveyQuestionSelect;

type QuestionRow = Prisma.SurveyQuestionGetPayload<{ select: typeof questionSelect }>;

export function localiseQuestion(question: QuestionRow, locale: string) {
  return {
    id: question.id,
    kind: question.kind,
    text: localise(question.text, question.translations, locale),
    options: question.options.map((option) => ({ id: option.id, icon: option.icon, text: localise(option.text, option.translations, locale) })),
  };
}
export type ShownQuestion = ReturnType<typeof localiseQuestion>;

/** The person's own participation: its drafts while answering, and whether their household already answered. */
async function myParticipation(db: Db, surveyId: string, actor: Actor, key: string | null) {
  const [mine, household] = await Promise.all([
    db.surveyParticipation.findFirst({
      where: { surveyId, userId: actor.user.id },
      select: { id: true, answeredKey: true, sentOn: true, drafts: { select: { questionId: true, value: true } } },
    }),
    key ? db.surveyParticipation.findFirst({ where: { surveyId, answeredKey: key }, select: { userId: true } }) : null,
  ]);
  return {
    draftId: mine && !mine.answeredKey ? mine.id : null,
    drafts: mine && !mine.answeredKey ? mine.drafts : [],
    sentByMe: Boolean(mine?.answeredKey),
    sentOn: mine?.sentOn ?? null,
    // Someone else of the household (or the buurtwerker at the door, or a paper form) answered for it.
    householdAnswered: household !== null && household.userId !== actor.user.id,
  };
}

// ---- Lists --------------------------------------------------------------------------------------------------

/**
 * /bevragingen: for staff the surveys of their neighbourhoods; for residents the published ones asking them, each
 * with how far they got.
 */
export async function listSurveys(actor: Actor, locale: string, now = new Date()) {
  const managed = actor.staff
    ? await prisma.survey.findMany({
        where: { neighbourhoodId: staffNeighbourhoods(actor) },
        orderBy: [{ closesAt: "desc" }],
        select: {
          id: true,
          status: true,
          opensAt: true,
          closesAt: true,
          ...surveyTextSelect,
          building: { select: { name: true } },
          neighbourhood: { select: { name: true } },
          _count: { select: { responses: true, questions: true } },
        },
      })
    : [];
  const asked = await prisma.survey.findMany({
    where: askedSurveys(actor),
    orderBy: [{ closesAt: "asc" }],
    select: { ...surveyTextSelect, questions: { select: { id: true }, orderBy: { position: "asc" } }, ...accessSelect(actor) },
  });
  const mine = await Promise.all(
    asked.map(async (survey) => {
      const key = householdKey(perOf(survey.per), { userId: actor.user.id, home: homeIn(survey) });
      const state = await myParticipation(prisma, survey.id, actor, key);
      const progress = progressOf(
        survey.questions.map((q) => q.id),
        new Set(state.drafts.map((d) => d.questionId)),
      );
      return {
        id: survey.id,
        phase: phaseOf(survey, now),
        closesAt: survey.closesAt,
        ...localiseSurvey(survey, locale),
        state: state.sentByMe || state.householdAnswered ? ("sent" as const) : state.draftId ? ("started" as const) : ("new" as const),
        progress,
      };
    }),
  );
  return {
    managed: managed.map((survey) => ({
      id: survey.id,
      phase: phaseOf(survey, now),
      opensAt: survey.opensAt,
      closesAt: survey.closesAt,
      title: survey.title,
      place: survey.building?.name ?? survey.neighbourhood.name,
      responses: survey._count.responses,
      questions: survey._count.questions,
    })),
    // Scheduled surveys are not shown to residents yet; closed ones stay a while to say "thank you".
    asked: mine.filter((survey) => survey.phase !== "scheduled"),
    mayStart: can(actor, "startSurveys"),
  };
}

/** The buildings and neighbourhoods this buurtwerker may ask (the "new survey" form). */
export function listTargets(actor: Actor) {
  return prisma.neighbourhood.findMany({
    where: { id: staffNeighbourhoods(actor) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, buildings: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
  });
}

// ---- A resident answering -----------------------------------------------------------------------------------

async function surveyContent(db: Db, surveyId: string) {
  return db.survey.findUniqueOrThrow({
    where: { id: surveyId },
    select: { ...surveyTextSelect, questions: { orderBy: { position: "asc" }, select: questionSelect } },
  });
}

/** The survey's first page for a resident: what it is about, until when, and where they stopped. */
export async function getIntro(actor: Actor, surveyId: string, locale: string, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found) return null;
  const content = await surveyContent(prisma, surveyId);
  const state = await myParticipation(prisma, surveyId, actor, found.key);
  const progress = progressOf(
    content.questions.map((q) => q.id),
    new Set(state.drafts.map((d) => d.questionId)),
  );
  return {
    id: found.id,
    ...localiseSurvey(content, locale),
    phase: found.subject.phase,
    closesAt: found.closesAt,
    per: found.per,
    may: surveyAbilities(actor, found.subject),
    state: { sentByMe: state.sentByMe, householdAnswered: state.householdAnswered, started: state.draftId !== null },
    progress,
    screens: screenPaths(surveyId, content.questions.length),
  };
}

/** Every page of answering, for the phone to keep for offline use. */
export function screenPaths(surveyId: string, total: number) {
  const base = `/bevragingen/${surveyId}`;
  return [base, ...Array.from({ length: total }, (_, i) => `${base}/vraag/${i + 1}`), `${base}/versturen`];
}

/** One question's screen: the question in the reader's language, their answer so far, and where to go. */
export async function getQuestionScreen(actor: Actor, surveyId: string, number: number, locale: string, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found) return null;
  const content = await surveyContent(prisma, surveyId);
  const question = content.questions[number - 1];
  const state = await myParticipation(prisma, surveyId, actor, found.key);
  const draft = question ? state.drafts.find((d) => d.questionId === question.id) : undefined;
  const progress = progressOf(
    content.questions.map((q) => q.id),
    new Set(state.drafts.map((d) => d.questionId)),
  );
  const base = `/bevragingen/${surveyId}`;
  return {
    found,
    survey: { id: surveyId, ...localiseSurvey(content, locale) },
    question: question ? localiseQuestion(question, locale) : null,
    answer: question && draft ? decodeDraft(question.kind, draft.value) : [],
    skipped: draft?.value === "",
    number,
    total: content.questions.length,
    progress,
    state: { sentByMe: state.sentByMe, householdAnswered: state.householdAnswered },
    previous: number > 1 ? `${base}/vraag/${number - 1}` : base,
    next: number < content.questions.length ? `${base}/vraag/${number + 1}` : `${base}/versturen`,
    screens: screenPaths(surveyId, content.questions.length),
  };
}

/** The last screen: the person's own answers before they send them. */
export async function getSendScreen(actor: Actor, surveyId: string, locale: string, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found) return null;
  const content = await surveyContent(prisma, surveyId);
  const state = await myParticipation(prisma, surveyId, actor, found.key);
  const byQuestion = new Map(state.drafts.map((d) => [d.questionId, d.value]));
  return {
    found,
    survey: { id: surveyId, ...localiseSurvey(content, locale) },
    answers: content.questions.map((question, index) => {
      const shown = localiseQuestion(question, locale);
      const value = byQuestion.get(question.id);
      return { number: index + 1, question: shown, values: value === undefined ? null : decodeDraft(question.kind, value) };
    }),
    state: { sentByMe: state.sentByMe, householdAnswered: state.householdAnswered },
    total: content.questions.length,
    screens: screenPaths(surveyId, content.questions.length),
  };
}

// ---- Staff: composing ---------------------------------------------------------------------------------------

const translationState = (translations: { locale: string; text: string; sourceText: string }[], dutch: string) =>
  translations.map((t) => ({ locale: t.locale, text: t.text, sourceText: t.sourceText, outdated: isOutdated(t, dutch) }));

/** The survey's page for staff: settings, questions with their translations (outdated ones marked), counts. */
export async function getManagePage(actor: Actor, surveyId: string, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found || !can(actor, "manage", found.subject)) return null;
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    select: {
      ...surveyTextSelect,
      per: true,
      opensAt: true,
      closesAt: true,
      building: { select: { id: true, name: true } },
      neighbourhood: { select: { id: true, name: true } },
      questions: { orderBy: { position: "asc" }, select: questionSelect },
      _count: { select: { responses: true } },
    },
  });
  const outdated =
    survey.translations.filter((t) => isOutdated({ sourceText: t.sourceTitle }, survey.title) || (t.intro !== null && isOutdated({ sourceText: t.sourceIntro ?? "" }, survey.intro ?? ""))).length +
    survey.questions.reduce(
      (sum, q) => sum + q.translations.filter((t) => isOutdated(t, q.text)).length + q.options.reduce((s, o) => s + o.translations.filter((t) => isOutdated(t, o.text)).length, 0),
      0,
    );
  return {
    id: surveyId,
    title: survey.title,
    intro: survey.intro,
    per: found.per,
    phase: found.subject.phase,
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    place: survey.building?.name ?? survey.neighbourhood.name,
    wholeNeighbourhood: survey.building === null,
    responses: survey._count.responses,
    outdatedTranslations: outdated,
    questions: survey.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      text: q.text,
      translations: translationState(q.translations, q.text),
      options: q.options.map((o) => ({ id: o.id, text: o.text, icon: o.icon })),
    })),
    may: surveyAbilities(actor, found.subject),
  };
}

/** The settings form's values (texts, translations with their outdated marks, dates). */
export async function getSettingsForm(actor: Actor, surveyId: string, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found || !can(actor, "manage", found.subject)) return null;
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { ...surveyTextSelect, per: true, opensAt: true, closesAt: true } });
  return {
    id: surveyId,
    phase: found.subject.phase,
    target: found.buildingId ? `building:${found.buildingId}` : `neighbourhood:${found.neighbourhoodId}`,
    per: found.per,
    title: survey.title,
    intro: survey.intro,
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    translations: survey.translations.map((t) => ({
      locale: t.locale,
      title: t.title,
      intro: t.intro,
      outdated: isOutdated({ sourceText: t.sourceTitle }, survey.title) || (t.intro !== null && isOutdated({ sourceText: t.sourceIntro ?? "" }, survey.intro ?? "")),
      sourceTitle: t.sourceTitle,
      sourceIntro: t.sourceIntro,
    })),
  };
}

/** One question for its edit form, with each translation's outdated mark and the Dutch it was made for. */
export async function getQuestionForm(actor: Actor, surveyId: string, questionId: string | null, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found || !can(actor, "manage", found.subject)) return null;
  const base = { id: surveyId, phase: found.subject.phase };
  if (!questionId) return { survey: base, question: null };
  const question = await prisma.surveyQuestion.findFirst({ where: { id: questionId, surveyId }, select: questionSelect });
  if (!question) return null;
  return {
    survey: base,
    question: {
      id: question.id,
      kind: question.kind,
      text: question.text,
      translations: translationState(question.translations, question.text),
      options: question.options.map((o) => ({ id: o.id, text: o.text, icon: o.icon, translations: translationState(o.translations, o.text) })),
    },
  };
}

// ---- Staff: collecting --------------------------------------------------------------------------------------

/** Households the app knows of: the flats where someone lives now, per building of the survey. */
async function knownHouseholds(buildingIds: string[]) {
  const residences = await prisma.residence.findMany({
    where: { buildingId: { in: buildingIds }, movedOutAt: null, user: { deletedAt: null } },
    select: { buildingId: true, unit: true, userId: true },
  });
  return residences;
}

async function surveyBuildings(survey: { buildingId: string | null; neighbourhoodId: string }) {
  return prisma.building.findMany({
    where: survey.buildingId ? { id: survey.buildingId } : { neighbourhoodId: survey.neighbourhoodId },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * The door-to-door and paper page: the questions in the page's language, and per building the flats the app knows
 * with whether their household already answered (never what).
 */
export async function getCollectPage(actor: Actor, surveyId: string, locale: string, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found || !(can(actor, "collect", found.subject) || can(actor, "enterPaper", found.subject))) return null;
  const content = await surveyContent(prisma, surveyId);
  const buildings = await surveyBuildings(found);
  const residences = await knownHouseholds(buildings.map((b) => b.id));
  const answered = await prisma.surveyParticipation.findMany({ where: { surveyId, answeredKey: { not: null } }, select: { answeredKey: true } });
  const done = new Set(answered.map((a) => a.answeredKey));
  return {
    survey: { id: surveyId, per: found.per, ...localiseSurvey(content, locale) },
    questions: content.questions.map((q) => localiseQuestion(q, locale)),
    buildings: buildings.map((building) => {
      const units = [...new Set(residences.filter((r) => r.buildingId === building.id).map((r) => r.unit))].sort((a, b) => a.localeCompare(b, "nl", { numeric: true }));
      return {
        id: building.id,
        name: building.name,
        units: units.map((unit) => ({ unit, answered: done.has(householdKey("household", { userId: null, home: { buildingId: building.id, unit } })) })),
      };
    }),
    may: surveyAbilities(actor, found.subject),
  };
}

// ---- Staff: results -----------------------------------------------------------------------------------------

/**
 * Counts and percentages per question, overall and per building (groups under 5 hidden), open answers without
 * names, response rates and how people answered. Read from the anonymous responses only.
 */
export async function getResults(actor: Actor, surveyId: string, locale: string, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found || !can(actor, "seeResults", found.subject)) return null;
  const content = await surveyContent(prisma, surveyId);
  const [responses, answers, buildings] = await Promise.all([
    prisma.surveyResponse.findMany({ where: { surveyId }, select: { id: true, buildingId: true, method: true } }),
    prisma.surveyAnswer.findMany({ where: { response: { surveyId } }, select: { responseId: true, questionId: true, value: true } }),
    surveyBuildings(found),
  ]);
  const residences = await knownHouseholds(buildings.map((b) => b.id));
  const questions = content.questions.map((q) => ({ ...localiseQuestion(q, locale), optionIds: q.options.map((o) => o.id), isChoice: choiceKinds.some((k) => k === q.kind) }));
  const overall = overallResults(questions, responses, answers);
  const groups = resultsByGroup(questions, responses, answers);
  const names = new Map(buildings.map((b) => [b.id, b.name]));
  const rates = buildings.map((building) => {
    const here = residences.filter((r) => r.buildingId === building.id);
    const asked = found.per === "household" ? new Set(here.map((r) => r.unit.trim().toLowerCase())).size : here.length;
    return { buildingId: building.id, name: building.name, ...responseRate(responses.filter((r) => r.buildingId === building.id).length, asked) };
  });
  const askedTotal = rates.reduce((sum, r) => sum + r.of, 0);
  return {
    survey: { id: surveyId, ...localiseSurvey(content, locale), phase: found.subject.phase, per: found.per, opensAt: found.opensAt, closesAt: found.closesAt },
    questions,
    overall,
    byBuilding: groups
      .map((group) => ({ ...group, name: group.key === "none" ? null : (names.get(group.key) ?? null) }))
      .sort((a, b) => (a.name ?? "~").localeCompare(b.name ?? "~")),
    rates,
    rate: responseRate(
      responses.filter((r) => r.buildingId !== null).length,
      askedTotal,
    ),
    methods: countByMethod(responses),
    may: surveyAbilities(actor, found.subject),
  };
}
export type SurveyResults = NonNullable<Awaited<ReturnType<typeof getResults>>>;

/** The anonymous rows for the CSV: one per response, in an order that says nothing about when it came in. */
export async function getAnonymousRows(actor: Actor, surveyId: string, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found || !can(actor, "seeResults", found.subject)) return null;
  const responses = await prisma.surveyResponse.findMany({
    where: { surveyId },
    select: { buildingId: true, method: true, answers: { select: { questionId: true, value: true } } },
  });
  return responses;
}

/**
 * The note on the pages a follow-up starts from (?bevraging=<id>&vraag=<id>): the survey's title and the question,
 * if this person may see its results; otherwise nothing.
 */
export async function surveyNote(actor: Actor, surveyId: string | null, questionId: string | null, now = new Date()) {
  if (!surveyId) return null;
  const found = await findSurvey(actor, surveyId, now);
  if (!found || !can(actor, "seeResults", found.subject)) return null;
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    select: { id: true, title: true, questions: { where: { id: questionId ?? "" }, select: { text: true } } },
  });
  return { id: survey.id, title: survey.title, question: survey.questions[0]?.text ?? null };
}

/** The invitation: texts in up to two languages, built on the server (the page has only its own language). */
export async function getInvitationContent(actor: Actor, surveyId: string, now = new Date()) {
  const found = await findSurvey(actor, surveyId, now);
  if (!found || !can(actor, "invite", found.subject)) return null;
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    select: { ...surveyTextSelect, opensAt: true, closesAt: true, building: { select: { name: true } }, neighbourhood: { select: { name: true, phone: true } }, _count: { select: { questions: true } } },
  });
  return { found, survey };
}

/**
 * What the data-rights export shows of one person's surveys: which ones they took part in, how and on what day, and
 * the draft answers they have not sent yet. Sent answers are anonymous: nothing links them to the person any more.
 */
export async function participationsOf(userId: string) {
  const rows = await prisma.surveyParticipation.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      unit: true,
      buildingId: true,
      method: true,
      sentOn: true,
      assistedBy: { select: { displayName: true } },
      survey: { select: { title: true } },
      drafts: {
        orderBy: { question: { position: "asc" } },
        select: { value: true, question: { select: { kind: true, text: true, options: { select: { id: true, text: true } } } } },
      },
    },
  });
  const buildings = await prisma.building.findMany({ where: { id: { in: rows.flatMap((r) => (r.buildingId ? [r.buildingId] : [])) } }, select: { id: true, name: true } });
  return rows.map((row) => ({
    survey: row.survey.title,
    building: buildings.find((b) => b.id === row.buildingId)?.name ?? null,
    unit: row.unit,
    method: row.method,
    answeredOn: row.sentOn,
    withHelpOf: row.assistedBy?.displayName ?? null,
    answers: row.drafts.map((draft) => ({
      surveyQuestion: draft.question.text,
      answer: decodeDraft(draft.question.kind, draft.value)
        .map((value) => draft.question.options.find((o) => o.id === value)?.text ?? value)
        .join(", "),
    })),
  }));
}
