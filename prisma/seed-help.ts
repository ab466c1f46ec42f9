// Demo data for buddies and help: volunteer profiles (all but one approved by Sofie), a few requests in
// every state, one weekly buddy pair with visits, a pair that went quiet, and one concern.
import type { PrismaClient } from "@prisma/client";
import { createConcern, createHelpOffer, createHelpRequest, createVisit, createVolunteerProfile } from "#tests/fixtures/help";
import type { Slot } from "~/features/help/vocabulary";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const daysAhead = (n: number) => new Date(Date.now() + n * DAY);

const noord = "wijk-noordwijk";
const kanaal = "wijk-kanaalzone";

type Profile = { id: string; skills: string[]; languages: string[]; availability: Slot[]; neighbourhoods: string[]; maxTasks?: number; approved?: boolean; maxDistanceMeters?: number };

const profiles: Profile[] = [
  { id: "vrijwilliger-lotte-desmedt", skills: ["company", "walks", "groceries"], languages: ["nl", "en"], availability: ["tue-morning", "thu-morning", "sat-afternoon"], neighbourhoods: [noord], maxTasks: 3 },
  { id: "vrijwilliger-bilal-amrani", skills: ["paperwork", "digital", "accompany"], languages: ["ar", "nl", "fr"], availability: ["mon-evening", "wed-evening"], neighbourhoods: [kanaal, noord] },
  { id: "vrijwilliger-sarah-vanhoutte", skills: ["digital", "dutch"], languages: ["en", "nl"], availability: ["wed-afternoon", "fri-afternoon"], neighbourhoods: [noord] },
  { id: "vrijwilliger-pieter-lagae", skills: ["jobs", "company", "walks"], languages: ["nl"], availability: ["sat-morning", "sun-morning"], neighbourhoods: [kanaal], maxTasks: 2 },
  { id: "vrijwilliger-ines-moreau", skills: ["paperwork", "accompany"], languages: ["fr", "nl"], availability: ["mon-morning", "tue-afternoon"], neighbourhoods: [noord] },
  { id: "vrijwilliger-wout-declercq", skills: ["groceries", "jobs"], languages: ["nl"], availability: ["thu-evening", "sat-morning"], neighbourhoods: [kanaal] },
  { id: "vrijwilliger-khadija-saidi", skills: ["groceries", "company", "accompany"], languages: ["ar", "nl", "fr"], availability: ["tue-morning", "wed-morning", "fri-morning"], neighbourhoods: [noord], maxTasks: 3 },
  { id: "vrijwilliger-anouk-bogaert", skills: ["company", "dutch", "walks"], languages: ["nl", "en"], availability: ["wed-afternoon", "sun-afternoon"], neighbourhoods: [noord] },
  { id: "vrijwilliger-daniel-mensah", skills: ["digital", "jobs"], languages: ["en", "nl"], availability: ["mon-evening", "thu-evening"], neighbourhoods: [kanaal] },
  // Intake planned, certificate of good conduct not seen yet.
  { id: "vrijwilliger-greet-decock", skills: ["company", "groceries"], languages: ["nl"], availability: ["tue-afternoon"], neighbourhoods: [kanaal], approved: false },
];

export async function seedHelp(db: PrismaClient) {
  for (const p of profiles) {
    await createVolunteerProfile(db, {
      userId: p.id,
      skills: p.skills,
      languages: p.languages,
      availability: p.availability,
      neighbourhoods: p.neighbourhoods,
      maxTasks: p.maxTasks ?? 2,
      approvedById: p.approved === false ? null : "buurtwerker-sofie",
      approvedAt: p.approved === false ? null : daysAgo(90),
    });
  }

  await createHelpRequest(db, {
    id: "hulpvraag-amina-boodschappen",
    residentId: "bewoner-amina-benali",
    createdById: "buurtwerker-sofie",
    kind: "groceries",
    description: "Amina kan na haar operatie moeilijk de trap af. Wie doet wekelijks de grote boodschappen mee?",
    recurrence: "weekly",
    times: ["tue-morning", "fri-morning"],
    languages: ["ar", "nl"],
    neighbourhoodId: noord,
    buildingId: "blok-vlashof",
    createdAt: daysAgo(10),
  });
  await createHelpRequest(db, {
    id: "hulpvraag-jozef-gsm",
    residentId: "bewoner-jozef-vermeulen",
    kind: "digital",
    description: "Ik wil foto's van mijn kleinkinderen kunnen bekijken op mijn nieuwe gsm.",
    dateFrom: daysAhead(5),
    times: ["wed-afternoon", "fri-afternoon"],
    languages: ["nl"],
    neighbourhoodId: noord,
    buildingId: "blok-de-linde",
    createdAt: daysAgo(2),
  });
  await createHelpRequest(db, {
    id: "hulpvraag-rita-papieren",
    residentId: "bewoner-rita-claeys",
    kind: "paperwork",
    description: "Een brief van de energieleverancier die ik niet begrijp.",
    dateFrom: daysAhead(3),
    times: ["mon-morning", "tue-afternoon"],
    languages: ["nl"],
    neighbourhoodId: noord,
    buildingId: "blok-de-linde",
    status: "offered",
    createdAt: daysAgo(3),
  });
  await createHelpOffer(db, { requestId: "hulpvraag-rita-papieren", volunteerId: "vrijwilliger-ines-moreau", offeredById: "buurtwerker-sofie" });
  await createHelpOffer(db, { requestId: "hulpvraag-rita-papieren", volunteerId: "vrijwilliger-bilal-amrani", offeredById: "buurtwerker-sofie" });
  await createHelpRequest(db, {
    id: "hulpvraag-olena-dokter",
    residentId: "bewoner-olena-kovalenko",
    createdById: "buurtwerker-youssef",
    kind: "accompany",
    description: "Olena heeft een afspraak in het ziekenhuis en zoekt iemand die meegaat en mee luistert.",
    dateFrom: daysAhead(9),
    times: ["thu-morning"],
    languages: ["en", "uk"],
    urgency: "high",
    neighbourhoodId: kanaal,
    buildingId: "blok-hof-ter-wallen",
    createdAt: daysAgo(1),
  });

  // The weekly buddy pair: Gilbert and Lotte walk on Tuesday mornings.
  await createHelpRequest(db, {
    id: "hulpvraag-gilbert-wandelen",
    residentId: "bewoner-gilbert-maes",
    kind: "walks",
    description: "Sinds mijn vrouw er niet meer is, kom ik weinig buiten. Een wandeling in het park zou deugd doen.",
    recurrence: "weekly",
    times: ["tue-morning"],
    languages: ["nl"],
    neighbourhoodId: noord,
    buildingId: "blok-vlashof",
    matchedVolunteerId: "vrijwilliger-lotte-desmedt",
    matchedAt: daysAgo(24),
    meetAtWijkhuis: true,
    createdAt: daysAgo(28),
  });
  for (const [ago, minutes, note] of [
    [21, 45, "Eerste kennismaking in Wijkhuis De Brug met Sofie erbij."],
    [14, 60, "Rondje park, koffie gedronken aan de kiosk."],
    [7, 75, "Tot aan de vaart gewandeld. Gilbert vertelde over vroeger."],
  ] as const) {
    await createVisit(db, { requestId: "hulpvraag-gilbert-wandelen", volunteerId: "vrijwilliger-lotte-desmedt", date: daysAgo(ago), minutes, note });
  }
  await db.helpRequest.update({
    where: { id: "hulpvraag-gilbert-wandelen" },
    // They met at the wijkhuis first, with Sofie; only then did Lotte get Gilbert's address.
    data: { firstMeetingAt: daysAgo(21), firstMeetingDoneAt: daysAgo(21), checkInDueAt: daysAgo(21), checkInDoneAt: daysAgo(19) },
  });

  // A pair that went quiet: no visit logged for more than 30 days.
  await createHelpRequest(db, {
    id: "hulpvraag-maria-bezoek",
    residentId: "bewoner-maria-de-smet",
    kind: "company",
    description: "Maria krijgt graag bezoek voor een babbel en een kaartje.",
    recurrence: "weekly",
    times: ["sat-morning"],
    languages: ["nl"],
    neighbourhoodId: kanaal,
    buildingId: "blok-hof-ter-wallen",
    matchedVolunteerId: "vrijwilliger-pieter-lagae",
    matchedAt: daysAgo(70),
    createdAt: daysAgo(75),
  });
  await createVisit(db, { requestId: "hulpvraag-maria-bezoek", volunteerId: "vrijwilliger-pieter-lagae", date: daysAgo(41), minutes: 60, note: "Kaartje gelegd." });

  await createConcern(db, {
    raisedById: "bewoner-jozef-vermeulen",
    text: "Ik heb mijn buurvrouw op de tweede verdieping al vier dagen niet gezien. Haar rolluiken blijven dicht.",
  });
}
