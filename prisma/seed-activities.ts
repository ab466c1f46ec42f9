// Demo meeting moments, relative to today so the demo always has something coming up.
// Ids are stable ("act-..."), so links in docs keep working after a new seed.
import type { PrismaClient } from "@prisma/client";
import { DateTime } from "luxon";
import { createActivity, createSignUp, daysFromNow } from "#tests/fixtures/activities";
import { ZONE } from "~/features/activities/vocabulary";
import { translationSource } from "~/utils/translations";

/** The next given weekday (1 = Monday) from today, as a Brussels date. */
function next(weekday: number, weeks = 0) {
  const today = DateTime.now().setZone(ZONE);
  return today.plus({ days: ((weekday - today.weekday + 7) % 7 || 7) + weeks * 7 }).toISODate() ?? "";
}

const taalcafeTitle = "Taalcafé: samen Nederlands praten";
const taalcafeDescription = "Oefen Nederlands in een gezellige groep. Elk niveau is welkom. We drinken thee en praten over het leven in de buurt.";

export async function seedActivities(db: PrismaClient) {
  if (await db.activity.findUnique({ where: { id: "act-buurtdrink" } })) return;
  const sofie = "buurtwerker-sofie";
  const youssef = "buurtwerker-youssef";

  const drink = await createActivity(db, {
    id: "act-buurtdrink",
    occurrenceIds: ["act-buurtdrink-1"],
    title: "Buurtdrink in de tuin van Residentie Vlashof",
    description: "Een glaasje, een hapje en een babbel met de buren. Nieuwe bewoners zijn extra welkom!\nBreng gerust je kinderen mee.",
    category: "buurtdrink",
    neighbourhoodId: "wijk-noordwijk",
    spaceId: "vlashof-tuin",
    createdById: sofie,
    capacity: 40,
    date: next(5),
    startTime: "17:00",
    endTime: "19:30",
    childrenWelcome: true,
    wheelchairAccess: true,
    languages: "Nederlands, Frans, Arabisch",
  });

  const koffie = await createActivity(db, {
    id: "act-koffie-papieren",
    occurrenceIds: Array.from({ length: 12 }, (_, i) => `act-koffie-papieren-${i + 1}`),
    title: "Koffie en papieren in Wijkhuis De Brug",
    description: "Elke dinsdag: koffie, en iemand die helpt met brieven, formulieren en de energiefactuur. Je hoeft niet in te schrijven, maar het helpt ons wel.",
    category: "koffie_papieren",
    neighbourhoodId: "wijk-noordwijk",
    address: "Wijkhuis De Brug, Brugstraat 5, 8000 Brugge",
    createdById: sofie,
    capacity: 12,
    recurrence: "weekly",
    date: next(2),
    until: next(2, 11),
    startTime: "09:30",
    endTime: "11:30",
    wheelchairAccess: true,
    languages: "Nederlands, Frans, Engels",
  });

  const taalcafe = await createActivity(db, {
    id: "act-taalcafe",
    occurrenceIds: Array.from({ length: 8 }, (_, i) => `act-taalcafe-${i + 1}`),
    title: taalcafeTitle,
    description: taalcafeDescription,
    category: "taalcafe",
    neighbourhoodId: "wijk-kanaalzone",
    spaceId: "wallen-ontmoetingsruimte",
    createdById: youssef,
    capacity: 15,
    recurrence: "biweekly",
    date: next(4),
    until: next(4, 15),
    startTime: "19:00",
    endTime: "20:30",
    languages: "Nederlands",
  });

  // Dag van de Buren: late May, the next one to come.
  const now = DateTime.now().setZone(ZONE);
  const mayYear = now.month > 5 || (now.month === 5 && now.day > 28) ? now.year + 1 : now.year;
  const lastFriday = DateTime.fromObject({ year: mayYear, month: 5, day: 31 }, { zone: ZONE });
  const dagVanDeBuren = lastFriday.minus({ days: (lastFriday.weekday - 5 + 7) % 7 }).toISODate() ?? "";
  await createActivity(db, {
    id: "act-dag-van-de-buren",
    occurrenceIds: ["act-dag-van-de-buren-1"],
    title: "Dag van de Buren: straatfeest Vlasstraat",
    description: "Tafels op straat, iedereen brengt iets mee om te delen. Er is muziek en een springkasteel voor de kinderen.",
    category: "dag_van_de_buren",
    neighbourhoodId: "wijk-noordwijk",
    address: "Vlasstraat, 8000 Brugge (voor nummer 12)",
    createdById: sofie,
    date: dagVanDeBuren,
    startTime: "16:00",
    endTime: "21:00",
    childrenWelcome: true,
    wheelchairAccess: true,
  });

  const kennismaking = await createActivity(db, {
    id: "act-kennismaking-wallen",
    occurrenceIds: ["act-kennismaking-wallen-1"],
    title: "Kennismaking nieuwe huurders Hof ter Wallen",
    description: "Nieuw in Hof ter Wallen? Maak kennis met je buren, de huisbewaarder en je buurtwerker. We vertellen over de gemeenschappelijke ruimtes.",
    category: "kennismaking",
    neighbourhoodId: "wijk-kanaalzone",
    spaceId: "wallen-ontmoetingsruimte",
    createdById: youssef,
    audience: "building",
    audienceBuildingId: "blok-hof-ter-wallen",
    capacity: 25,
    date: daysFromNow(9).date,
    startTime: "18:30",
    endTime: "20:00",
    languages: "Nederlands, Frans, Engels, Arabisch",
  });

  await createActivity(db, {
    id: "act-wandeling",
    occurrenceIds: ["act-wandeling-1"],
    title: "Wandeling langs de vesten",
    description: "Een rustige wandeling van een uur, met een koffiestop. Goede schoenen aan!",
    category: "wandeling",
    neighbourhoodId: "wijk-kanaalzone",
    address: "Start aan de Kruispoort, 8000 Brugge",
    createdById: youssef,
    capacity: 6,
    date: next(6),
    startTime: "10:00",
    endTime: "11:30",
  });

  const signUp = (occurrenceId: string, slug: string, name: string, extra: Partial<Parameters<typeof createSignUp>[1]> = {}) =>
    createSignUp(db, { occurrenceId, userId: `bewoner-${slug}`, name, email: `${slug}@demo.warmebuurt.be`, ...extra });
  const firstDrink = drink.occurrences[0]?.id ?? "";
  await signUp(firstDrink, "jozef-vermeulen", "Jozef Vermeulen", { guests: 1 });
  await signUp(firstDrink, "amina-benali", "Amina Benali", { children: 2, locale: "ar", interpreterLanguage: "Arabisch", childcare: true });
  await signUp(firstDrink, "maria-de-smet", "Maria De Smet", { lift: true });
  await createSignUp(db, { occurrenceId: firstDrink, name: "Georges Verstraete", email: null, wheelchair: true });
  const firstKoffie = koffie.occurrences[0]?.id ?? "";
  await signUp(firstKoffie, "lucienne-dubois", "Lucienne Dubois", { locale: "fr" });
  await signUp(firstKoffie, "rita-claeys", "Rita Claeys");
  await signUp(firstKoffie, "godelieve-wouters", "Godelieve Wouters", { interpreterLanguage: "Turks" });
  const firstKennis = kennismaking.occurrences[0]?.id ?? "";
  await signUp(firstKennis, "mohamed-azzouzi", "Mohamed Azzouzi", { locale: "ar", guests: 1, children: 1 });
  console.log("Seeded 6 activities with their dates and sign-ups.");

  // The taalcafé in the languages of the people it is for, made for its Dutch text (app/utils/translations.ts).
  const source = translationSource(taalcafeTitle, taalcafeDescription);
  await db.activityTranslation.createMany({
    data: [
      { activityId: taalcafe.id, locale: "fr", source, title: "Café des langues : parler néerlandais ensemble", description: "Pratiquez le néerlandais dans un groupe convivial. Tous les niveaux sont les bienvenus. Nous buvons du thé et parlons de la vie dans le quartier." },
      { activityId: taalcafe.id, locale: "en", source, title: "Language café: speaking Dutch together", description: "Practise Dutch in a friendly group. Every level is welcome. We drink tea and talk about life in the neighbourhood." },
      { activityId: taalcafe.id, locale: "ar", source, title: "مقهى اللغة: نتحدث الهولندية معًا", description: "تدرّب على الهولندية في مجموعة ودّية. كل المستويات مرحّب بها. نشرب الشاي ونتحدث عن الحياة في الحي." },
    ],
  });
}
