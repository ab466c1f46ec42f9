// Resident surveys (issue 18) against a real database: answering once per household, stopping and going on,
// answers taken at the door or from paper, results with groups under 5 hidden, answers kept apart from who gave
// them, and residents seeing nothing of anyone else's answers. Runs on SQLite and on PostgreSQL.
import { afterAll, describe, expect, test } from "vitest";
import { createBuilding, createPlace, createUser } from "#tests/fixtures/factories";
import { createAnswers, createDraft, createSurvey, type QuestionData } from "#tests/fixtures/surveys";
import { startSmtpServer } from "#tests/setup/smtp";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma } = await import("~/utils/db.server");
const { runOnce } = await import("~/utils/idempotency.server");
const mutations = await import("~/features/surveys/mutations.server");
const queries = await import("~/features/surveys/queries.server");
const { actingActor, residentActor, staffActor } = await import("#tests/fixtures/actors");

afterAll(() => smtp.close());

const DAY = 86_400_000;

const questions: QuestionData[] = [
  { kind: "scale", text: "Hoe tevreden ben je over je woning?" },
  { kind: "single", text: "Wat moet eerst beter?", options: [{ text: "Poetsen", icon: "clean" }, { text: "Herstellingen", icon: "repair" }, { text: "Licht", icon: "light" }] },
  { kind: "yesno", text: "Ken je je buren?" },
  { kind: "text", text: "Wil je nog iets zeggen?" },
];

/** A building with two flats (a couple in 1.01, a neighbour in 1.02), its buurtwerker, and an open survey. */
async function world(options: { per?: "household" | "resident" } = {}) {
  const { building, neighbourhood } = await createPlace(prisma);
  const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
  const amina = await createUser(prisma, { locale: "ar", neighbourhoodId: neighbourhood.id, residence: { buildingId: building.id, unit: "1.01" } });
  const karim = await createUser(prisma, { neighbourhoodId: neighbourhood.id, residence: { buildingId: building.id, unit: "1.01" } });
  const neighbour = await createUser(prisma, { neighbourhoodId: neighbourhood.id, residence: { buildingId: building.id, unit: "1.02" } });
  const outsider = await createUser(prisma, {});
  const survey = await createSurvey(prisma, { neighbourhoodId: neighbourhood.id, buildingId: building.id, title: "Hoe woon jij hier?", per: options.per, createdById: worker.id, questions });
  return { building, neighbourhood, worker, amina, karim, neighbour, outsider, survey, staff: staffActor(worker.id, [neighbourhood.id]) };
}

const answerOnce = (actor: ReturnType<typeof residentActor>, surveyId: string, number: number, value: string[] | undefined, key?: string) =>
  runOnce(key, actor.user.id, (tx) => mutations.saveDraftAnswer(tx, actor, surveyId, number, { value }));
const send = (actor: ReturnType<typeof residentActor>, surveyId: string, key?: string) => runOnce(key, actor.user.id, (tx) => mutations.sendAnswers(tx, actor, surveyId));

describe("answering", () => {
  test("a resident answers screen by screen, stops, goes on where they stopped, and sends once", async () => {
    const w = await world();
    const amina = residentActor(w.amina.id, { locale: "ar" });
    const [q1, q2] = w.survey.questions;
    const sendKey = `send-${Date.now().toString(36)}-amina`;
    await answerOnce(amina, w.survey.id, 1, ["4"]);
    await answerOnce(amina, w.survey.id, 2, [q2?.options[2]?.id ?? ""]);
    // She stops; the start page knows where she was.
    const intro = await queries.getIntro(amina, w.survey.id, "ar");
    expect(intro?.progress).toMatchObject({ seen: 2, resumeAt: 3 });
    const screen = await queries.getQuestionScreen(amina, w.survey.id, 2, "ar");
    expect(screen?.answer).toEqual([q2?.options[2]?.id]);
    // Skips the yes/no, answers the text, sends.
    await runOnce(undefined, amina.user.id, (tx) => mutations.saveDraftAnswer(tx, amina, w.survey.id, 3, { skip: true }));
    await answerOnce(amina, w.survey.id, 4, ["De lift is vaak kapot."]);
    await send(amina, w.survey.id, sendKey);

    const responses = await prisma.surveyResponse.findMany({ where: { surveyId: w.survey.id }, select: { buildingId: true, method: true, answers: { select: { questionId: true, value: true } } } });
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ buildingId: w.building.id, method: "online" });
    expect(responses[0]?.answers.map((a) => a.questionId).sort()).toEqual([q1?.id, q2?.id, w.survey.questions[3]?.id].sort());
    // The participation says that (and on which day), no longer what: the drafts are gone.
    const participation = await prisma.surveyParticipation.findFirstOrThrow({ where: { surveyId: w.survey.id, userId: w.amina.id }, select: { answeredKey: true, sentOn: true, method: true, _count: { select: { drafts: true } } } });
    expect(participation).toMatchObject({ answeredKey: `household:${w.building.id}:1.01`, method: "online", _count: { drafts: 0 } });
    expect(participation.sentOn?.getUTCMinutes()).toBe(0);
    // Sent twice by a phone that queued it (same key): still one response.
    await send(amina, w.survey.id, sendKey);
    expect(await prisma.surveyResponse.count({ where: { surveyId: w.survey.id } })).toBe(1);
  });

  test("a household answers once: the other resident of the flat is refused, also when both send at the same moment", async () => {
    const w = await world();
    const amina = residentActor(w.amina.id);
    const karim = residentActor(w.karim.id);
    await answerOnce(amina, w.survey.id, 1, ["5"]);
    await answerOnce(karim, w.survey.id, 1, ["1"]);
    const both = await Promise.allSettled([send(amina, w.survey.id), send(karim, w.survey.id)]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refusal = both.find((r) => r.status === "rejected");
    expect(refusal?.status === "rejected" ? refusal.reason : null).toMatchObject({ code: "surveys:errors.alreadyAnswered", status: 409 });
    expect(await prisma.surveyResponse.count({ where: { surveyId: w.survey.id } })).toBe(1);
    // Whoever lost cannot go on answering either.
    const loser = both[0]?.status === "rejected" ? amina : karim;
    const other = loser === karim ? amina : karim;
    await expect(answerOnce(loser, w.survey.id, 2, [w.survey.questions[1]?.options[0]?.id ?? ""])).rejects.toMatchObject({ code: "surveys:errors.alreadyAnswered" });
    expect((await queries.getIntro(loser, w.survey.id, "nl"))?.state.householdAnswered).toBe(true);
    expect((await queries.getIntro(other, w.survey.id, "nl"))?.state.sentByMe).toBe(true);
    // The neighbour's flat is another household.
    const neighbour = residentActor(w.neighbour.id);
    await answerOnce(neighbour, w.survey.id, 3, ["yes"]);
    await send(neighbour, w.survey.id);
    expect(await prisma.surveyResponse.count({ where: { surveyId: w.survey.id } })).toBe(2);
  });

  test("per resident: both residents of a flat answer", async () => {
    const w = await world({ per: "resident" });
    for (const id of [w.amina.id, w.karim.id]) {
      const actor = residentActor(id);
      await answerOnce(actor, w.survey.id, 3, ["no"]);
      await send(actor, w.survey.id);
    }
    expect(await prisma.surveyResponse.count({ where: { surveyId: w.survey.id } })).toBe(2);
  });

  test("only residents of the building answer, only while it is open, and only valid answers", async () => {
    const w = await world();
    const outsider = residentActor(w.outsider.id);
    await expect(answerOnce(outsider, w.survey.id, 1, ["3"])).rejects.toMatchObject({ status: 403 });
    await expect(answerOnce(residentActor(w.amina.id), w.survey.id, 1, ["9"])).rejects.toMatchObject({ code: "surveys:errors.chooseAnswer", field: "value" });
    await expect(answerOnce(residentActor(w.amina.id), w.survey.id, 2, ["not-an-option"])).rejects.toMatchObject({ code: "surveys:errors.chooseAnswer" });
    await expect(answerOnce(residentActor(w.amina.id), w.survey.id, 9, ["3"])).rejects.toMatchObject({ status: 404 });
    // Staff do not answer for themselves; acting for a resident they do, marked as help.
    await expect(answerOnce(w.staff, w.survey.id, 1, ["3"])).rejects.toMatchObject({ status: 403 });
    const closed = await createSurvey(prisma, { neighbourhoodId: w.neighbourhood.id, buildingId: w.building.id, title: "Voorbij", createdById: w.worker.id, opensAt: new Date(Date.now() - 20 * DAY), closesAt: new Date(Date.now() - DAY), questions });
    await expect(answerOnce(residentActor(w.amina.id), closed.id, 1, ["3"])).rejects.toMatchObject({ status: 403 });
    const draft = await createSurvey(prisma, { neighbourhoodId: w.neighbourhood.id, buildingId: w.building.id, title: "Ontwerp", status: "draft", createdById: w.worker.id, questions });
    await expect(answerOnce(residentActor(w.amina.id), draft.id, 1, ["3"])).rejects.toMatchObject({ status: 403 });
    // Nothing answered, nothing to send.
    await expect(send(residentActor(w.neighbour.id), w.survey.id)).rejects.toMatchObject({ code: "surveys:errors.nothingAnswered" });
  });

  test("a buurtwerker acting for a resident answers on the record: marked assisted, noted for the resident", async () => {
    const w = await world();
    const session = await prisma.actingSession.create({ data: { staffId: w.worker.id, residentId: w.neighbour.id }, select: { id: true } });
    const acting = actingActor(w.worker.id, w.neighbour.id, session.id);
    await answerOnce(acting, w.survey.id, 1, ["2"]);
    await send(acting, w.survey.id);
    expect(await prisma.surveyParticipation.findFirstOrThrow({ where: { surveyId: w.survey.id, userId: w.neighbour.id }, select: { method: true, assistedById: true } })).toEqual({ method: "assisted", assistedById: w.worker.id });
    expect(await prisma.surveyResponse.findFirstOrThrow({ where: { surveyId: w.survey.id }, select: { method: true } })).toEqual({ method: "assisted" });
    expect(await prisma.actingEvent.findMany({ where: { actingSessionId: session.id }, select: { action: true, subject: true } })).toEqual([{ action: "surveys.answer", subject: "Hoe woon jij hier?" }]);
  });
});

describe("answers taken by a buurtwerker", () => {
  const collect = (actor: ReturnType<typeof staffActor>, surveyId: string, input: Parameters<typeof mutations.collectAnswers>[3], key?: string) =>
    runOnce(key, actor.user.id, (tx) => mutations.collectAnswers(tx, actor, surveyId, input));

  test("at the door (assisted) and from paper: the flat answered once, the buurtwerker on the participation, nobody on the answers", async () => {
    const w = await world();
    const ids = w.survey.questions.map((q) => q.id);
    const doorKey = `door-${Date.now().toString(36)}-1.02`;
    const answers = [
      { questionId: ids[0] ?? "", value: ["4"] },
      { questionId: ids[1] ?? "", value: [w.survey.questions[1]?.options[0]?.id ?? ""] },
      { questionId: ids[2] ?? "", value: [] },
    ];
    await collect(w.staff, w.survey.id, { method: "assisted", unit: "1.02", answers }, doorKey);
    // The phone sent it twice after being offline: once.
    await collect(w.staff, w.survey.id, { method: "assisted", unit: "1.02", answers }, doorKey);
    await collect(w.staff, w.survey.id, { method: "paper", unit: "2.07", answers: [{ questionId: ids[3] ?? "", value: ["Meer groen"] }] });
    const participations = await prisma.surveyParticipation.findMany({ where: { surveyId: w.survey.id }, orderBy: { unit: "asc" }, select: { unit: true, method: true, userId: true, assistedById: true } });
    expect(participations).toEqual([
      { unit: "1.02", method: "assisted", userId: null, assistedById: w.worker.id },
      { unit: "2.07", method: "paper", userId: null, assistedById: w.worker.id },
    ]);
    expect((await prisma.surveyResponse.findMany({ where: { surveyId: w.survey.id }, select: { method: true } })).map((r) => r.method).sort()).toEqual(["assisted", "paper"]);
    // The same flat again (another paper form, or its resident online) is refused.
    await expect(collect(w.staff, w.survey.id, { method: "paper", unit: "1.02", answers })).rejects.toMatchObject({ code: "surveys:errors.householdAnswered", status: 409 });
    await answerOnce(residentActor(w.neighbour.id), w.survey.id, 1, ["3"]).catch((error: unknown) => error);
    await expect(send(residentActor(w.neighbour.id), w.survey.id)).rejects.toMatchObject({ code: "surveys:errors.alreadyAnswered" });
    // The door-to-door page shows which flats answered (never what).
    const page = await queries.getCollectPage(w.staff, w.survey.id, "nl");
    expect(page?.buildings[0]?.units).toEqual([
      { unit: "1.01", answered: false },
      { unit: "1.02", answered: true },
    ]);
  });

  test("staff elsewhere and residents are refused; paper is typed in up to two weeks after closing, door-step answers only while open", async () => {
    const w = await world();
    const answers = [{ questionId: w.survey.questions[0]?.id ?? "", value: ["3"] }];
    await expect(collect(staffActor("elders", ["wijk-elders"]), w.survey.id, { method: "assisted", unit: "1.01", answers })).rejects.toMatchObject({ status: 403 });
    await expect(runOnce(undefined, w.amina.id, (tx) => mutations.collectAnswers(tx, residentActor(w.amina.id), w.survey.id, { method: "paper", unit: "1.02", answers }))).rejects.toMatchObject({ status: 403 });
    await expect(collect(w.staff, w.survey.id, { method: "assisted", answers })).rejects.toMatchObject({ code: "surveys:errors.unit", field: "unit" });
    const justClosed = await createSurvey(prisma, { neighbourhoodId: w.neighbourhood.id, buildingId: w.building.id, title: "Net dicht", createdById: w.worker.id, opensAt: new Date(Date.now() - 20 * DAY), closesAt: new Date(Date.now() - 3 * DAY), questions });
    const q = [{ questionId: justClosed.questions[0]?.id ?? "", value: ["3"] }];
    await expect(collect(w.staff, justClosed.id, { method: "assisted", unit: "1.01", answers: q })).rejects.toMatchObject({ status: 403 });
    await collect(w.staff, justClosed.id, { method: "paper", unit: "1.01", answers: q });
    expect(await prisma.surveyResponse.count({ where: { surveyId: justClosed.id, method: "paper" } })).toBe(1);
  });
});

describe("results", () => {
  /** A neighbourhood survey over two buildings: 6 households answered in one, 3 in the other. */
  async function answered() {
    const { neighbourhood, building } = await createPlace(prisma);
    const small = await createBuilding(prisma, { slug: `klein-${Date.now().toString(36)}`, name: "Klein Blok", address: "Kleinstraat 1", neighbourhoodId: neighbourhood.id });
    const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    for (const unit of ["1.01", "1.02", "1.03", "1.04", "1.05", "1.06", "1.07", "1.08"]) await createUser(prisma, { neighbourhoodId: neighbourhood.id, residence: { buildingId: building.id, unit } });
    const resident = await createUser(prisma, { neighbourhoodId: neighbourhood.id, residence: { buildingId: small.id, unit: "0.01" } });
    for (const unit of ["0.02", "0.03", "0.04"]) await createUser(prisma, { neighbourhoodId: neighbourhood.id, residence: { buildingId: small.id, unit } });
    const survey = await createSurvey(prisma, { neighbourhoodId: neighbourhood.id, title: "De wijk", createdById: worker.id, questions });
    const big: (string[] | null)[][] = [
      [["5"], ["0"], ["yes"], ["Meer banken"]],
      [["4"], ["0"], ["yes"], null],
      [["4"], ["1"], ["no"], ["Alles goed"]],
      [["2"], ["2"], ["yes"], null],
      [["5"], ["0"], ["no"], ["Meer licht"]],
      [["3"], ["1"], null, null],
    ];
    for (const [i, values] of big.entries()) await createAnswers(prisma, { survey, buildingId: building.id, unit: `1.0${i + 1}`, method: i % 3 === 0 ? "paper" : "online", values });
    for (const [i, values] of [[["1"], ["2"], ["no"], ["Te veel lawaai"]], [["1"], ["2"], ["no"], null], [["2"], ["1"], ["yes"], null]].entries()) {
      await createAnswers(prisma, { survey, buildingId: small.id, unit: `0.0${i + 1}`, method: "assisted", values });
    }
    return { survey, building, small, worker, resident, staff: staffActor(worker.id, [neighbourhood.id]) };
  }

  test("counts and percentages overall; per building the one under 5 is hidden, and the other too (subtraction would give it away)", async () => {
    const r = await answered();
    const results = await queries.getResults(r.staff, r.survey.id, "nl");
    if (!results) throw new Error("no results");
    const scale = results.overall.questions[0];
    expect(scale).toMatchObject({ answered: 9, hidden: false });
    expect(scale && !scale.hidden ? scale.rows.map((row) => [row.value, row.count, row.percent]) : []).toEqual([
      ["1", 2, 22],
      ["2", 2, 22],
      ["3", 1, 11],
      ["4", 2, 22],
      ["5", 2, 22],
    ]);
    // Yes/no was answered by 8 of 9.
    expect(results.overall.questions[2]).toMatchObject({ answered: 8, hidden: false });
    // The open question: 4 answers, hidden as a whole, texts included.
    expect(results.overall.questions[3]).toEqual({ questionId: r.survey.questions[3]?.id, kind: "text", answered: 4, hidden: true });
    const byName = Object.fromEntries(results.byBuilding.map((g) => [g.name, g.questions[0]?.hidden]));
    expect(byName).toEqual({ "Klein Blok": true, [(await prisma.building.findUniqueOrThrow({ where: { id: r.building.id }, select: { name: true } })).name]: true });
    // Response rate per building: households that answered out of the flats the app knows.
    expect(results.rates.map((rate) => [rate.name, rate.answered, rate.of, rate.percent]).sort()).toEqual(
      [
        ["Klein Blok", 3, 4, 75],
        [expect.any(String), 6, 8, 75],
      ].sort(),
    );
    expect(results.methods).toEqual({ online: 4, assisted: 3, paper: 2 });
  });

  test("open answers are shown without names once 5 or more answered", async () => {
    const r = await answered();
    await createAnswers(prisma, { survey: r.survey, buildingId: r.small.id, unit: "0.04", values: [null, null, null, ["Een speeltuin"]] });
    const results = await queries.getResults(r.staff, r.survey.id, "nl");
    const open = results?.overall.questions[3];
    expect(open?.hidden ? null : open?.texts).toEqual(["Alles goed", "Een speeltuin", "Meer banken", "Meer licht", "Te veel lawaai"]);
  });

  test("residents, staff elsewhere and the survey's own respondents see no results; a resident sees only their own draft", async () => {
    const r = await answered();
    expect(await queries.getResults(residentActor(r.resident.id), r.survey.id, "nl")).toBeNull();
    expect(await queries.getAnonymousRows(residentActor(r.resident.id), r.survey.id)).toBeNull();
    expect(await queries.getResults(staffActor("elders", ["wijk-elders"]), r.survey.id, "nl")).toBeNull();
    expect(await queries.getManagePage(residentActor(r.resident.id), r.survey.id)).toBeNull();
    // Two residents of the small block, each half-way: each sees their own draft, not the other's.
    const other = await prisma.residence.findFirstOrThrow({ where: { buildingId: r.small.id, unit: "0.04" }, select: { userId: true } });
    await createDraft(prisma, { survey: r.survey, userId: other.userId, buildingId: r.small.id, unit: "0.04", values: { 0: "5" } });
    const mine = await queries.getQuestionScreen(residentActor(r.resident.id), r.survey.id, 1, "nl");
    expect(mine?.answer).toEqual([]);
    const theirs = await queries.getQuestionScreen(residentActor(other.userId), r.survey.id, 1, "nl");
    expect(theirs?.answer).toEqual(["5"]);
    // Staff may see the results, but never a row that says who: the responses have no person, flat or time.
    const columns = Object.keys(await prisma.surveyResponse.findFirstOrThrow({ where: { surveyId: r.survey.id } }));
    expect(columns.sort()).toEqual(["buildingId", "id", "method", "surveyId"]);
    expect(Object.keys(await prisma.surveyAnswer.findFirstOrThrow({ where: { response: { surveyId: r.survey.id } } })).sort()).toEqual(["id", "questionId", "responseId", "value"]);
  });
});

describe("composing", () => {
  test("a survey for a building of one's own neighbourhood; questions change only while it is a draft; translations go outdated when the Dutch changes", async () => {
    const { building, neighbourhood } = await createPlace(prisma);
    const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const staff = staffActor(worker.id, [neighbourhood.id]);
    const dates = { opensOn: new Date().toISOString().slice(0, 10), closesOn: new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10) };
    await expect(mutations.createSurvey(staffActor("elders", ["wijk-elders"]), { target: `building:${building.id}`, per: "household", title: "X", ...dates })).rejects.toMatchObject({ field: "target" });
    const { id } = await mutations.createSurvey(staff, { target: `building:${building.id}`, per: "household", title: "Hoe woon jij?", ...dates, arTitle: "كيف تعيش؟" });
    const q = await mutations.saveQuestion(staff, id, null, { kind: "scale", text: "Hoe tevreden ben je?", frText: "Êtes-vous satisfait ?", arText: "هل أنت راض؟" });
    await mutations.saveQuestion(staff, id, null, { kind: "single", text: "Wat eerst?", options: [{ text: "Poetsen", icon: "clean", frText: "Nettoyer" }, { text: "" }, { text: "Licht", icon: "light" }] });
    await expect(mutations.saveQuestion(staff, id, null, { kind: "single", text: "Eén keuze?", options: [{ text: "Alleen" }] })).rejects.toBeTruthy();

    // The Dutch changes, the French is left alone: outdated. The Arabic is confirmed: up to date.
    await mutations.saveQuestion(staff, id, q.id, { kind: "scale", text: "Hoe tevreden ben je over je woning?", frText: "Êtes-vous satisfait ?", arText: "هل أنت راض؟", arConfirm: true });
    const page = await queries.getManagePage(staff, id);
    expect(page?.questions[0]?.translations.map((t) => [t.locale, t.outdated]).sort()).toEqual([
      ["ar", false],
      ["fr", true],
    ]);
    expect(page?.questions[1]?.options.map((o) => [o.text, o.icon])).toEqual([
      ["Poetsen", "clean"],
      ["Licht", "light"],
    ]);
    expect(page?.outdatedTranslations).toBe(1);
    // A French reader sees the old French, marked, with the Dutch beside it.
    const screen = await prisma.surveyQuestion.findUniqueOrThrow({ where: { id: q.id }, select: { id: true, position: true, kind: true, text: true, translations: { select: { locale: true, text: true, sourceText: true } }, options: { select: { id: true, text: true, icon: true, translations: { select: { locale: true, text: true, sourceText: true } } } } } });
    expect(queries.localiseQuestion(screen, "fr").text).toMatchObject({ text: "Êtes-vous satisfait ?", outdated: true, dutch: "Hoe tevreden ben je over je woning?" });

    await mutations.manageSurvey(staff, id, { intent: "down", questionId: q.id });
    expect((await queries.getManagePage(staff, id))?.questions.map((question) => question.kind)).toEqual(["single", "scale"]);
    await mutations.manageSurvey(staff, id, { intent: "publish" });
    await expect(mutations.saveQuestion(staff, id, q.id, { kind: "scale", text: "Anders" })).rejects.toMatchObject({ code: "surveys:errors.publishedFixed" });
    await expect(mutations.manageSurvey(staff, id, { intent: "remove", questionId: q.id })).rejects.toMatchObject({ code: "surveys:errors.publishedFixed" });
    // A resident of the building now finds it.
    const resident = await createUser(prisma, { neighbourhoodId: neighbourhood.id, residence: { buildingId: building.id, unit: "3.01" } });
    const list = await queries.listSurveys(residentActor(resident.id), "ar");
    expect(list.asked.map((s) => s.title.text)).toEqual(["كيف تعيش؟"]);
    await mutations.manageSurvey(staff, id, { intent: "close" });
    expect((await queries.getIntro(residentActor(resident.id), id, "nl"))?.phase).toBe("closed");
  });
});
