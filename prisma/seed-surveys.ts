// Demo survey: an open bewonersbevraging for Residentie Vlashof, one answer per household, with questions of every
// kind in four languages (one French translation is outdated on purpose), answered by 9 of its 14 households online,
// at the door and on paper. The open question was answered by only 3: the results hide it (groups under 5).
// Amina (Arabic) has not answered yet: the demo of answering on a phone.
import type { PrismaClient } from "@prisma/client";
import { DateTime } from "luxon";
import { createAnswers, createDraft, createSurvey } from "#tests/fixtures/surveys";

const day = 24 * 60 * 60 * 1000;

export async function seedSurveys(db: PrismaClient, now = new Date()) {
  const zone = { zone: "Europe/Brussels" };
  const survey = await createSurvey(db, {
    id: "bevraging-vlashof",
    neighbourhoodId: "wijk-noordwijk",
    buildingId: "blok-vlashof",
    title: "Hoe woon jij in Residentie Vlashof?",
    intro: "Samen met woonmaatschappij De Vlashaard willen we weten hoe je woont en wat het buurtwerk voor je kan doen. We bespreken de resultaten op de bewonersbijeenkomst.",
    createdById: "buurtwerker-sofie",
    opensAt: DateTime.fromJSDate(new Date(now.getTime() - 5 * day), zone).startOf("day").toJSDate(),
    closesAt: DateTime.fromJSDate(new Date(now.getTime() + 16 * day), zone).endOf("day").toJSDate(),
    translations: [
      { locale: "fr", title: "Comment vivez-vous à la Residentie Vlashof ?", intro: "Avec la société de logement De Vlashaard, nous voulons savoir comment vous vivez et ce que le travail de quartier peut faire pour vous. Nous parlerons des résultats à la réunion des habitants." },
      { locale: "en", title: "How do you live in Residentie Vlashof?", intro: "Together with the housing company De Vlashaard we want to know how you live and what community work can do for you. We will discuss the results at the residents' meeting." },
      { locale: "ar", title: "كيف تعيش في Residentie Vlashof؟", intro: "نريد مع شركة السكن De Vlashaard أن نعرف كيف تعيش وماذا يمكن أن يقدّم لك العمل الاجتماعي في الحي. سنتحدث عن النتائج في اجتماع السكان." },
    ],
    questions: [
      {
        id: "bevraging-vlashof-woning",
        kind: "scale",
        text: "Hoe tevreden ben je over je woning?",
        translations: [
          { locale: "fr", text: "Êtes-vous satisfait de votre logement ?" },
          { locale: "en", text: "How happy are you with your home?" },
          { locale: "ar", text: "ما مدى رضاك عن مسكنك؟" },
        ],
      },
      {
        id: "bevraging-vlashof-eerst",
        kind: "single",
        text: "Wat moet eerst beter in je gebouw?",
        translations: [
          { locale: "fr", text: "Qu'est-ce qui doit s'améliorer en premier dans votre immeuble ?" },
          { locale: "en", text: "What should get better first in your building?" },
          { locale: "ar", text: "ما الذي يجب أن يتحسن أولًا في مبناك؟" },
        ],
        options: [
          { id: "bevraging-vlashof-eerst-poetsen", text: "De gangen poetsen", icon: "clean", translations: [{ locale: "fr", text: "Nettoyer les couloirs" }, { locale: "en", text: "Cleaning the hallways" }, { locale: "ar", text: "تنظيف الممرات" }] },
          { id: "bevraging-vlashof-eerst-herstellen", text: "Herstellingen sneller doen", icon: "repair", translations: [{ locale: "fr", text: "Réparer plus vite" }, { locale: "en", text: "Faster repairs" }, { locale: "ar", text: "إصلاحات أسرع" }] },
          { id: "bevraging-vlashof-eerst-licht", text: "Licht in de kelder en de fietsenberging", icon: "light", translations: [{ locale: "fr", text: "De la lumière à la cave et au local vélos" }, { locale: "en", text: "Light in the cellar and the bike shed" }, { locale: "ar", text: "إضاءة في القبو ومكان الدراجات" }] },
          { id: "bevraging-vlashof-eerst-veilig", text: "Een veilige voordeur", icon: "safe", translations: [{ locale: "fr", text: "Une porte d'entrée sûre" }, { locale: "en", text: "A safe front door" }, { locale: "ar", text: "باب مدخل آمن" }] },
        ],
      },
      {
        id: "bevraging-vlashof-huur",
        kind: "yesno",
        text: "Weet je bij wie je terecht kan met een vraag over je huur?",
        translations: [
          { locale: "fr", text: "Savez-vous à qui vous adresser pour une question sur votre loyer ?" },
          { locale: "en", text: "Do you know whom to ask about your rent?" },
          { locale: "ar", text: "هل تعرف لمن تتوجه بسؤال عن الإيجار؟" },
        ],
      },
      {
        id: "bevraging-vlashof-activiteiten",
        kind: "multiple",
        text: "Naar welke activiteiten wil je komen?",
        translations: [
          { locale: "fr", text: "À quelles activités voulez-vous venir ?" },
          { locale: "en", text: "Which activities would you like to come to?" },
          { locale: "ar", text: "ما الأنشطة التي تريد أن تحضرها؟" },
        ],
        options: [
          { id: "bevraging-vlashof-act-drink", text: "Buurtdrink", icon: "coffee", translations: [{ locale: "fr", text: "Apéro de quartier" }, { locale: "en", text: "Neighbourhood drinks" }, { locale: "ar", text: "لقاء مشروبات للجيران" }] },
          { id: "bevraging-vlashof-act-taal", text: "Taalcafé", icon: "chat", translations: [{ locale: "fr", text: "Café des langues" }, { locale: "en", text: "Language café" }, { locale: "ar", text: "مقهى اللغة" }] },
          { id: "bevraging-vlashof-act-papieren", text: "Koffie en papieren", icon: "money", translations: [{ locale: "fr", text: "Café et papiers" }, { locale: "en", text: "Coffee and paperwork" }, { locale: "ar", text: "قهوة ومساعدة في الأوراق" }] },
          { id: "bevraging-vlashof-act-tuin", text: "Samen tuinieren", icon: "green", translations: [{ locale: "fr", text: "Jardiner ensemble" }, { locale: "en", text: "Gardening together" }, { locale: "ar", text: "البستنة معًا" }] },
        ],
      },
      {
        id: "bevraging-vlashof-buurtwerk",
        kind: "scale",
        text: "Hoe tevreden ben je over het buurtwerk in je gebouw?",
        translations: [
          // Made for the first Dutch text: marked outdated, with the Dutch beside it.
          { locale: "fr", text: "Êtes-vous satisfait du travailleur de quartier ?", sourceText: "Hoe tevreden ben je over de buurtwerker?" },
          { locale: "en", text: "How happy are you with the community work in your building?" },
          { locale: "ar", text: "ما مدى رضاك عن العمل الاجتماعي في مبناك؟" },
        ],
      },
      {
        id: "bevraging-vlashof-zeggen",
        kind: "text",
        text: "Wil je nog iets zeggen?",
        translations: [
          { locale: "fr", text: "Voulez-vous encore dire quelque chose ?" },
          { locale: "en", text: "Is there anything else you want to say?" },
          { locale: "ar", text: "هل تريد أن تقول شيئًا آخر؟" },
        ],
      },
    ],
  });

  const households = await db.residence.findMany({
    where: { buildingId: "blok-vlashof", movedOutAt: null, userId: { not: "bewoner-amina-benali" } },
    orderBy: { unit: "asc" },
    select: { userId: true, unit: true },
  });
  // [scale, first (option index), yes/no, activities (option indexes), community work, words] per household.
  const answers: (string[] | null)[][] = [
    [["4"], ["1"], ["yes"], ["0", "3"], ["5"], ["Het buurtwerk doet goed werk. De lift is vaak kapot."]],
    [["2"], ["1"], ["no"], ["2"], ["4"], null],
    [["3"], ["0"], ["yes"], ["0", "1"], ["4"], ["Meer licht aan de fietsenberging, alstublieft."]],
    [["5"], ["2"], ["yes"], ["3"], ["5"], null],
    [["2"], ["1"], ["no"], ["1", "2"], ["3"], null],
    [["4"], ["3"], ["yes"], ["0"], ["4"], ["Een bank in de tuin zou fijn zijn."]],
    [["1"], ["1"], ["no"], ["2"], ["2"], null],
    [["4"], ["0"], ["yes"], ["0", "3"], ["5"], null],
    [["3"], ["2"], null, ["1"], ["4"], null],
  ];
  const methods = ["online", "online", "assisted", "online", "paper", "assisted", "paper", "online", "assisted"] as const;
  for (const [index, values] of answers.entries()) {
    const household = households[index];
    if (!household) break;
    const method = methods[index] ?? "online";
    await createAnswers(db, {
      survey,
      buildingId: "blok-vlashof",
      unit: household.unit,
      userId: method === "online" ? household.userId : null,
      method,
      assistedById: method === "online" ? null : "buurtwerker-sofie",
      values,
    });
  }
  // One more household started online and stopped after two questions: it shows "go on at question 3".
  const started = households[answers.length];
  if (started) await createDraft(db, { survey, userId: started.userId, buildingId: "blok-vlashof", unit: started.unit, values: { 0: "3", 1: "2" } });
}
