// Writes for surveys, each in one transaction. Every change takes the Actor and asks the permission rules itself,
// on the survey found among those the person may see. Answers become anonymous when they are sent: the draft rows
// (linked to the participation) are copied into a SurveyResponse without person, flat or time, and deleted.
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { noteActing } from "~/utils/acting.server";
import { assistant, type Actor } from "~/utils/actor";
import { AppError } from "~/utils/app-error";
import { prisma } from "~/utils/db.server";
import { endOfLocalDay, localDate, startOfLocalDay } from "./dates";
import { can, type SurveyAction } from "./permissions";
import { findSurvey, type FoundSurvey } from "./queries.server";
import {
  MAX_QUESTIONS,
  checkAnswer,
  choiceKinds,
  decodeDraft,
  encodeDraft,
  householdKey,
  isOptionIcon,
  nextTranslation,
  sheetKey,
} from "./rules";
import { translationLocales, type CollectInput, type ManageSurveyAction, type NewSurveyInput, type QuestionInput, type SurveySettingsInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** Not theirs to change, or not there for them at all. */
const refused = () => new AppError("surveys:errors.forbidden", { status: 403 });
const alreadyAnswered = () => new AppError("surveys:errors.alreadyAnswered", { status: 409 });
const notADraft = () => new AppError("surveys:errors.publishedFixed", { status: 409 });

async function load(tx: Tx, actor: Actor, surveyId: string, action: SurveyAction, now: Date): Promise<FoundSurvey> {
  const found = await findSurvey(actor, surveyId, now, tx);
  if (!found || action === "startSurveys" || action === "create" || !can(actor, action, found.subject)) throw refused();
  return found;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

// ---- Composing ----------------------------------------------------------------------------------------------

/** "building:<id>" or "neighbourhood:<id>", checked against the places this buurtwerker works in. */
async function resolveTarget(tx: Tx, actor: Actor, target: string) {
  const [kind, id] = target.split(":");
  if (kind === "building") {
    const building = await tx.building.findFirst({ where: { id }, select: { id: true, neighbourhoodId: true } });
    if (building && can(actor, "create", building)) return { buildingId: building.id, neighbourhoodId: building.neighbourhoodId };
  } else if (kind === "neighbourhood") {
    const neighbourhood = await tx.neighbourhood.findFirst({ where: { id }, select: { id: true } });
    if (neighbourhood && can(actor, "create", { neighbourhoodId: neighbourhood.id })) return { buildingId: null, neighbourhoodId: neighbourhood.id };
  }
  throw new AppError("surveys:errors.chooseTarget", { field: "target" });
}

function surveyDates(input: { opensOn: string; closesOn: string }) {
  const opensAt = startOfLocalDay(input.opensOn);
  const closesAt = endOfLocalDay(input.closesOn);
  if (!opensAt) throw new AppError("common:form.invalidDate", { field: "opensOn" });
  if (!closesAt) throw new AppError("common:form.invalidDate", { field: "closesOn" });
  return { opensAt, closesAt };
}

type TitleTranslation = { locale: string; title: string; intro: string | null; sourceTitle: string; sourceIntro: string | null };

/** Title and intro translations after a save: changed or confirmed ones are made for today's Dutch. */
function surveyTranslations(previous: readonly TitleTranslation[], input: SurveySettingsInput | NewSurveyInput): TitleTranslation[] {
  return translationLocales.flatMap((locale) => {
    const before = previous.find((t) => t.locale === locale);
    const confirm = input[`${locale}Confirm`];
    const title = nextTranslation(before && { text: before.title, sourceText: before.sourceTitle }, { text: input[`${locale}Title`], confirm }, input.title);
    if (!title) return [];
    const intro = nextTranslation(before?.intro ? { text: before.intro, sourceText: before.sourceIntro ?? "" } : undefined, { text: input[`${locale}Intro`], confirm }, input.intro ?? "");
    return [{ locale, title: title.text, sourceTitle: title.sourceText, intro: intro?.text ?? null, sourceIntro: intro ? intro.sourceText : null }];
  });
}

export async function createSurvey(actor: Actor, input: NewSurveyInput) {
  if (!can(actor, "startSurveys")) throw refused();
  return prisma.$transaction(async (tx) => {
    const place = await resolveTarget(tx, actor, input.target);
    return tx.survey.create({
      data: {
        ...place,
        title: input.title,
        intro: input.intro ?? null,
        per: input.per,
        ...surveyDates(input),
        createdById: actor.user.id,
        translations: { create: surveyTranslations([], input) },
      },
      select: { id: true },
    });
  });
}

export async function updateSurveySettings(actor: Actor, surveyId: string, input: SurveySettingsInput, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const found = await load(tx, actor, surveyId, "manage", now);
    const draft = found.subject.phase === "draft";
    // Whom it asks and how often are fixed once residents may have answered.
    const place = draft && input.target ? await resolveTarget(tx, actor, input.target) : {};
    const previous = await tx.surveyTranslation.findMany({ where: { surveyId }, select: { locale: true, title: true, intro: true, sourceTitle: true, sourceIntro: true } });
    await tx.surveyTranslation.deleteMany({ where: { surveyId } });
    await tx.survey.update({
      where: { id: surveyId },
      data: {
        ...place,
        ...(draft && input.per ? { per: input.per } : {}),
        title: input.title,
        intro: input.intro ?? null,
        ...surveyDates(input),
        translations: { create: surveyTranslations(previous, input) },
      },
      select: { id: true },
    });
  });
}

type OptionRow = { id: string; text: string; icon: string | null; translations: { locale: string; text: string; sourceText: string }[] };

function translated(previous: readonly { locale: string; text: string; sourceText: string }[], input: Record<string, unknown>, dutch: string) {
  return translationLocales.flatMap((locale) => {
    const before = previous.find((t) => t.locale === locale);
    const text = input[`${locale}Text`];
    const next = nextTranslation(before, { text: typeof text === "string" ? text : undefined, confirm: input[`${locale}Confirm`] === true }, dutch);
    return next ? [{ locale, ...next }] : [];
  });
}

/** Adds a question (questionId null) or changes one, while the survey is a draft. */
export async function saveQuestion(actor: Actor, surveyId: string, questionId: string | null, input: QuestionInput, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const found = await load(tx, actor, surveyId, "manage", now);
    if (found.subject.phase !== "draft") throw notADraft();
    const existing = questionId
      ? await tx.surveyQuestion.findFirst({
          where: { id: questionId, surveyId },
          select: { id: true, translations: { select: { locale: true, text: true, sourceText: true } }, options: { select: { id: true, text: true, icon: true, translations: { select: { locale: true, text: true, sourceText: true } } } } },
        })
      : null;
    if (questionId && !existing) throw refused();
    let id = existing?.id;
    if (!id) {
      const count = await tx.surveyQuestion.count({ where: { surveyId } });
      if (count >= MAX_QUESTIONS) throw new AppError("surveys:errors.tooManyQuestions", { status: 409 });
      id = (await tx.surveyQuestion.create({ data: { surveyId, position: count, kind: input.kind, text: input.text }, select: { id: true } })).id;
    }
    await tx.surveyQuestionTranslation.deleteMany({ where: { questionId: id } });
    await tx.surveyQuestion.update({
      where: { id },
      data: { kind: input.kind, text: input.text, translations: { create: translated(existing?.translations ?? [], input, input.text) } },
      select: { id: true },
    });
    const before: OptionRow[] = existing?.options ?? [];
    const wanted = choiceKinds.includes(input.kind) ? (input.options ?? []).filter((o) => o.text) : [];
    if (choiceKinds.includes(input.kind) && wanted.length < 2) throw new AppError("surveys:errors.twoOptions", { field: "options" });
    const kept = new Set<string>();
    for (const [position, option] of wanted.entries()) {
      const text = option.text ?? "";
      const previous = before.find((o) => o.id === option.id);
      const data = { position, text, icon: isOptionIcon(option.icon) ? option.icon : null };
      const optionId = previous ? previous.id : (await tx.surveyOption.create({ data: { ...data, questionId: id }, select: { id: true } })).id;
      kept.add(optionId);
      await tx.surveyOptionTranslation.deleteMany({ where: { optionId } });
      await tx.surveyOption.update({ where: { id: optionId }, data: { ...data, translations: { create: translated(previous?.translations ?? [], option, text) } }, select: { id: true } });
    }
    await tx.surveyOption.deleteMany({ where: { questionId: id, id: { notIn: [...kept] } } });
    return { id };
  });
}

/** Publish, close, and reorder or remove questions (a draft's). */
export async function manageSurvey(actor: Actor, surveyId: string, action: ManageSurveyAction, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const found = await load(tx, actor, surveyId, "manage", now);
    const phase = found.subject.phase;
    switch (action.intent) {
      case "publish": {
        if (phase !== "draft") throw notADraft();
        if ((await tx.surveyQuestion.count({ where: { surveyId } })) === 0) throw new AppError("surveys:errors.noQuestions", { status: 409 });
        if (found.closesAt.getTime() <= now.getTime()) throw new AppError("surveys:errors.closesInPast", { status: 409 });
        await tx.survey.update({ where: { id: surveyId }, data: { status: "published" }, select: { id: true } });
        return;
      }
      case "close": {
        if (phase !== "open" && phase !== "scheduled") throw new AppError("surveys:errors.notOpen", { status: 409 });
        await tx.survey.update({ where: { id: surveyId }, data: { closesAt: now, ...(phase === "scheduled" ? { opensAt: now } : {}) }, select: { id: true } });
        return;
      }
      case "up":
      case "down":
      case "remove": {
        if (phase !== "draft") throw notADraft();
        const questions = await tx.surveyQuestion.findMany({ where: { surveyId }, orderBy: { position: "asc" }, select: { id: true } });
        const at = questions.findIndex((q) => q.id === action.questionId);
        if (at === -1) throw refused();
        const order = questions.map((q) => q.id);
        if (action.intent === "remove") {
          order.splice(at, 1);
          await tx.surveyQuestion.delete({ where: { id: action.questionId } });
        } else {
          const to = action.intent === "up" ? at - 1 : at + 1;
          if (to < 0 || to >= order.length) return;
          [order[at], order[to]] = [order[to] ?? "", order[at] ?? ""];
        }
        for (const [position, id] of order.entries()) await tx.surveyQuestion.update({ where: { id }, data: { position }, select: { id: true } });
        return;
      }
    }
  });
}

// ---- Answering ----------------------------------------------------------------------------------------------

async function questionAt(tx: Tx, surveyId: string, number: number) {
  const question = await tx.surveyQuestion.findFirst({
    where: { surveyId },
    orderBy: { position: "asc" },
    skip: number - 1,
    select: { id: true, kind: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (!question || number < 1) throw new AppError("surveys:errors.noSuchQuestion", { status: 404 });
  return question;
}

async function householdHasAnswered(tx: Tx, surveyId: string, key: string | null) {
  return key !== null && (await tx.surveyParticipation.count({ where: { surveyId, answeredKey: key } })) > 0;
}

/**
 * Saves one screen's answer (or that it was skipped) as the resident's draft, so they can stop and go on later.
 * Runs inside runOnce's transaction: a phone that queued it offline sends it once.
 */
export async function saveDraftAnswer(tx: Tx, actor: Actor, surveyId: string, number: number, input: { value?: string[]; skip?: boolean }, now = new Date()) {
  const found = await load(tx, actor, surveyId, "answer", now);
  const question = await questionAt(tx, surveyId, number);
  let value = "";
  if (!input.skip) {
    const checked = checkAnswer({ kind: question.kind, optionIds: question.options.map((o) => o.id) }, input.value ?? []);
    if (!checked.ok) throw new AppError(checked.error, { field: "value" });
    value = encodeDraft(question.kind, checked.values);
  }
  const mine = await tx.surveyParticipation.findFirst({ where: { surveyId, userId: actor.user.id }, select: { id: true, answeredKey: true } });
  if (mine?.answeredKey || (await householdHasAnswered(tx, surveyId, found.key))) throw alreadyAnswered();
  const participationId =
    mine?.id ??
    (
      await tx.surveyParticipation.create({
        data: { surveyId, userId: actor.user.id, householdKey: found.key ?? `resident:${actor.user.id}`, buildingId: found.home?.buildingId ?? null, unit: found.home?.unit ?? null, method: "online" },
        select: { id: true },
      })
    ).id;
  await tx.surveyDraftAnswer.upsert({
    where: { participationId_questionId: { participationId, questionId: question.id } },
    create: { participationId, questionId: question.id, value },
    update: { value },
    select: { questionId: true },
  });
  const total = await tx.surveyQuestion.count({ where: { surveyId } });
  return { next: number < total ? `/bevragingen/${surveyId}/vraag/${number + 1}` : `/bevragingen/${surveyId}/versturen` };
}

/** Today in Brussels, without the time: all that the participation keeps of when it was sent. */
function today(now: Date) {
  return startOfLocalDay(localDate(now)) ?? now;
}

async function writeResponse(tx: Tx, surveyId: string, buildingId: string | null, method: string, answers: { questionId: string; values: string[] }[]) {
  await tx.surveyResponse.create({
    data: {
      id: randomUUID(),
      surveyId,
      buildingId,
      method,
      answers: { create: answers.flatMap((a) => a.values.map((value) => ({ id: randomUUID(), questionId: a.questionId, value }))) },
    },
    select: { id: true },
  });
}

/**
 * Sends the resident's answers: once per household (or resident). The draft becomes an anonymous response and is
 * deleted; the participation keeps only that, how and on what day this household answered.
 */
export async function sendAnswers(tx: Tx, actor: Actor, surveyId: string, now = new Date()) {
  const found = await load(tx, actor, surveyId, "answer", now);
  const mine = await tx.surveyParticipation.findFirst({
    where: { surveyId, userId: actor.user.id },
    select: { id: true, answeredKey: true, drafts: { select: { value: true, question: { select: { id: true, kind: true } } } } },
  });
  const key = found.key ?? `resident:${actor.user.id}`;
  if (mine?.answeredKey || (await householdHasAnswered(tx, surveyId, key))) throw alreadyAnswered();
  const answers = (mine?.drafts ?? []).filter((d) => d.value !== "").map((d) => ({ questionId: d.question.id, values: decodeDraft(d.question.kind, d.value) }));
  if (!mine || answers.length === 0) throw new AppError("surveys:errors.nothingAnswered", { status: 409 });
  const method = actor.acting ? "assisted" : "online";
  try {
    await tx.surveyParticipation.update({
      where: { id: mine.id },
      data: { answeredKey: key, householdKey: key, method, assistedById: assistant(actor), sentOn: today(now) },
      select: { id: true },
    });
  } catch (error) {
    // Two people of one flat sending at the same moment: the unique key lets one through.
    if (isUniqueViolation(error)) throw alreadyAnswered();
    throw error;
  }
  await tx.surveyDraftAnswer.deleteMany({ where: { participationId: mine.id } });
  await writeResponse(tx, surveyId, found.home?.buildingId ?? null, method, answers);
  const survey = await tx.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { title: true } });
  await noteActing(tx, actor, "surveys.answer", survey.title);
  return { sent: true };
}

/**
 * A household's answers taken by a buurtwerker at the door or the desk ("assisted"), or typed in from a paper form
 * ("paper"): the participation names the flat and the buurtwerker, the response nothing. Per household, a flat
 * answers once; per resident, each sheet counts once (it names nobody).
 */
export async function collectAnswers(tx: Tx, actor: Actor, surveyId: string, input: CollectInput, now = new Date()) {
  const found = await load(tx, actor, surveyId, input.method === "paper" ? "enterPaper" : "collect", now);
  const buildingId = found.buildingId ?? input.buildingId ?? null;
  if (buildingId) {
    const building = await tx.building.findFirst({ where: { id: buildingId, neighbourhoodId: found.neighbourhoodId }, select: { id: true } });
    if (!building) throw new AppError("surveys:errors.chooseBuilding", { field: "buildingId" });
  }
  const unit = input.unit?.trim() || null;
  if (found.per === "household" && (!buildingId || !unit)) throw new AppError(buildingId ? "surveys:errors.unit" : "surveys:errors.chooseBuilding", { field: buildingId ? "unit" : "buildingId" });
  const questions = await tx.surveyQuestion.findMany({
    where: { surveyId },
    orderBy: { position: "asc" },
    select: { id: true, kind: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const given = new Map((input.answers ?? []).map((a) => [a.questionId, a.value ?? []]));
  const answers: { questionId: string; values: string[] }[] = [];
  for (const [index, question] of questions.entries()) {
    const raw = (given.get(question.id) ?? []).filter((v) => v.trim());
    // Not every household answers every question: an empty one is skipped.
    if (raw.length === 0) continue;
    const checked = checkAnswer({ kind: question.kind, optionIds: question.options.map((o) => o.id) }, raw);
    if (!checked.ok) throw new AppError(checked.error, { field: `answers[${index}].value` });
    answers.push({ questionId: question.id, values: checked.values });
  }
  if (answers.length === 0) throw new AppError("surveys:errors.nothingAnswered");
  const home = buildingId && unit ? { buildingId, unit } : null;
  const key = found.per === "household" ? householdKey("household", { userId: null, home }) : sheetKey(randomUUID());
  if (!key) throw new AppError("surveys:errors.unit", { field: "unit" });
  if (await householdHasAnswered(tx, surveyId, key)) throw new AppError("surveys:errors.householdAnswered", { status: 409, field: "unit" });
  try {
    await tx.surveyParticipation.create({
      data: { surveyId, userId: null, householdKey: key, answeredKey: key, buildingId, unit, method: input.method, assistedById: actor.signedIn.id, sentOn: today(now) },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("surveys:errors.householdAnswered", { status: 409, field: "unit" });
    throw error;
  }
  await writeResponse(tx, surveyId, buildingId, input.method, answers);
  return { unit: unit ?? "", method: input.method };
}
