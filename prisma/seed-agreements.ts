// Demo agreements: an adopted v2 for the common room of Residentie Vlashof (with translations and
// bookings), an open proposal for the laundry of Blok De Linde, a draft for the garden of Hof ter Wallen.
import type { PrismaClient } from "@prisma/client";
import { DateTime } from "luxon";
import { createAgreement, createBookingRow, createResponse, makeBookable } from "#tests/fixtures/agreements";

const day = 24 * 60 * 60 * 1000;

const quiet = {
  key: "stil",
  text: "Na 22:00 is het stil in de ontmoetingsruimte.",
  explanation: "De slaapkamers liggen net boven de ruimte.",
  translations: [
    { locale: "fr", text: "Après 22h00, c'est le silence dans la salle commune.", explanation: "Les chambres sont juste au-dessus de la salle." },
    { locale: "en", text: "After 10 pm the common room is quiet.", explanation: "The bedrooms are right above the room." },
    { locale: "ar", text: "بعد الساعة العاشرة ليلاً يكون الهدوء في قاعة اللقاء.", explanation: "غرف النوم فوق القاعة مباشرة." },
  ],
};
const cleanV1 = { key: "proper", text: "Laat de ruimte proper achter." };
const cleanV2 = {
  key: "proper",
  text: "Laat de ruimte proper achter en stapel de stoelen.",
  explanation: "Zo kan de volgende groep meteen beginnen.",
  translations: [
    { locale: "fr", text: "Laissez la salle propre et empilez les chaises.", explanation: "Ainsi, le groupe suivant peut commencer tout de suite." },
    { locale: "en", text: "Leave the room clean and stack the chairs.", explanation: "Then the next group can start straight away." },
    { locale: "ar", text: "اترك القاعة نظيفة ورتّب الكراسي فوق بعضها.", explanation: "هكذا تبدأ المجموعة التالية مباشرة." },
  ],
};
const book = {
  key: "reserveren",
  text: "Reserveer de ruimte in de app of bij de buurtwerker.",
  translations: [
    { locale: "fr", text: "Réservez la salle dans l'application ou auprès du travailleur de quartier." },
    { locale: "en", text: "Book the room in the app or with the community worker." },
    { locale: "ar", text: "احجز القاعة في التطبيق أو عند العامل الاجتماعي في الحي." },
  ],
};
const smoke = { key: "roken", text: "Niet roken in de ruimte.", translations: [{ locale: "fr", text: "Ne pas fumer dans la salle." }, { locale: "en", text: "No smoking in the room." }, { locale: "ar", text: "ممنوع التدخين في القاعة." }] };

export async function seedAgreements(db: PrismaClient, now = new Date()) {
  const vlashofResidents = await db.residence.findMany({ where: { buildingId: "blok-vlashof" }, orderBy: { userId: "asc" }, select: { userId: true, unit: true } });
  // The seed makes everyone "move in" today; the Vlashof tenants lived there long before the
  // rules were adopted, except Amina, who just arrived and is asked to read them.
  await db.residence.updateMany({ where: { buildingId: "blok-vlashof" }, data: { movedInAt: new Date(now.getTime() - 2 * 365 * day) } });
  await db.residence.updateMany({ where: { buildingId: "blok-vlashof", userId: "bewoner-amina-benali" }, data: { movedInAt: new Date(now.getTime() - 10 * day) } });

  const vlashof = await createAgreement(db, {
    id: "afspraak-vlashof-ontmoetingsruimte",
    buildingId: "blok-vlashof",
    spaceId: "vlashof-ontmoetingsruimte",
    createdById: "buurtwerker-sofie",
    reviewDate: new Date(now.getTime() + 180 * day),
    meetingNote: "Bewonersbijeenkomst in de ontmoetingsruimte: 14 gezinnen waren er. De stoelen stapelen kwam erbij.",
    versions: [
      { status: "revised", items: [quiet, cleanV1, smoke], openedAt: new Date(now.getTime() - 120 * day), closesAt: new Date(now.getTime() - 100 * day) },
      {
        status: "adopted",
        items: [quiet, cleanV2, book],
        openedAt: new Date(now.getTime() - 80 * day),
        closesAt: new Date(now.getTime() - 60 * day),
        adoptedAt: new Date(now.getTime() - 60 * day),
      },
    ],
  });
  const v2 = vlashof.versions.find((v) => v.number === 2)?.id ?? "";
  for (const [index, resident] of vlashofResidents.slice(1, 7).entries()) {
    await createResponse(db, { versionId: v2, userId: resident.userId, buildingId: "blok-vlashof", unit: resident.unit, choice: index === 4 ? "abstain" : "agree" });
  }
  // Four more households said yes on paper at the bewonersbijeenkomst: 10 of the 14 answered, after the closing date,
  // so the hallway notice says "agreed together".
  for (const resident of vlashofResidents.slice(7, 11)) {
    await db.agreementConsent.create({
      data: { versionId: v2, buildingId: "blok-vlashof", unit: resident.unit, choice: "agree", method: "paper", recordedById: "buurtwerker-sofie" },
    });
  }
  await db.agreementVersion.update({
    where: { id: v2 },
    data: {
      adoptedHouseholds: new Set(vlashofResidents.map((r) => r.unit)).size,
      adoptedAnswered: await db.agreementConsent.count({ where: { versionId: v2 } }),
      adoptedQuorumPercent: 50,
      adoptedBeforeClosing: false,
      adoptedBy: "staff",
    },
  });

  const linde = await db.residence.findMany({ where: { buildingId: "blok-de-linde" }, orderBy: { userId: "asc" }, select: { userId: true, unit: true } });
  const laundry = await createAgreement(db, {
    id: "afspraak-linde-wasruimte",
    buildingId: "blok-de-linde",
    spaceId: "linde-wasruimte",
    createdById: "buurtwerker-sofie",
    versions: [
      {
        status: "open",
        openedAt: new Date(now.getTime() - 3 * day),
        closesAt: DateTime.fromJSDate(new Date(now.getTime() + 21 * day), { zone: "Europe/Brussels" }).endOf("day").toJSDate(),
        items: [
          { key: "uren", text: "De wasruimte is open van 8:00 tot 21:00.", translations: [{ locale: "fr", text: "La buanderie est ouverte de 8h00 à 21h00." }, { locale: "en", text: "The laundry is open from 8 am to 9 pm." }, { locale: "ar", text: "غرفة الغسيل مفتوحة من الساعة 8:00 إلى 21:00." }] },
          { key: "leeg", text: "Haal je was meteen uit de machine.", explanation: "Dan kan de volgende buur verder." },
          { key: "filter", text: "Maak de filter van de droogkast leeg na gebruik." },
        ],
      },
    ],
  });
  const lindeVersion = laundry.versions[0]?.id ?? "";
  const answers: [string, string | null][] = [
    ["agree", null],
    ["agree", null],
    ["object", "Ik werk tot 21:00. Kan de wasruimte open blijven tot 22:00?"],
    ["abstain", null],
  ];
  const households = new Set<string>();
  for (const resident of linde) {
    const answer = answers[households.size];
    if (!answer) break;
    if (households.has(resident.unit)) continue;
    households.add(resident.unit);
    await createResponse(db, { versionId: lindeVersion, userId: resident.userId, buildingId: "blok-de-linde", unit: resident.unit, choice: answer[0], reason: answer[1] });
  }

  await createAgreement(db, {
    id: "afspraak-wallen-tuin",
    buildingId: "blok-hof-ter-wallen",
    spaceId: "wallen-tuin",
    createdById: "buurtwerker-youssef",
    versions: [
      {
        status: "draft",
        items: [
          { key: "groen", text: "Iedereen mag groenten kweken in de bakken met zijn appartementsnummer." },
          { key: "water", text: "Giet water in de avond, niet in volle zon." },
        ],
      },
    ],
  });

  // Later on Friday and Saturday evenings, for parties (the house rules say quiet after 22:00 on other days).
  const late = "fri=09:00-23:00,sat=09:00-23:00";
  await makeBookable(db, "vlashof-ontmoetingsruimte", { hours: `mon=09:00-22:00,tue=09:00-22:00,wed=09:00-22:00,thu=09:00-22:00,${late},sun=09:00-22:00`, maxMinutes: 240 });
  const monday = DateTime.fromJSDate(now, { zone: "Europe/Brussels" }).startOf("week").plus({ weeks: 1 });
  const at = (days: number, hour: number) => monday.plus({ days }).set({ hour }).toJSDate();
  const bookers = vlashofResidents.map((r) => r.userId);
  await createBookingRow(db, { id: "reservering-vlashof-1", spaceId: "vlashof-ontmoetingsruimte", userId: bookers[1] ?? "", startsAt: at(2, 14), endsAt: at(2, 17), purpose: "Verjaardag van mijn dochter" });
  await createBookingRow(db, { id: "reservering-vlashof-2", spaceId: "vlashof-ontmoetingsruimte", userId: bookers[2] ?? "", startsAt: at(4, 19), endsAt: at(4, 21), purpose: "Vergadering van de moestuinploeg" });
  await createBookingRow(db, { id: "reservering-vlashof-3", spaceId: "vlashof-ontmoetingsruimte", userId: "buurtwerker-sofie", startsAt: at(0, 9), endsAt: at(0, 12), purpose: "Poetsbeurt", kind: "block" });
}
