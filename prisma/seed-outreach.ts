// Demo data for outreach (issue 17): Sofie's round through the Lindestraat in Noordwijk, 30 addresses visited over the
// last two months with several attempts; households in follow-up with notes, an intake at the desk, partners,
// referrals with their outcomes, and the shared problems seen at the doors (damp in the even numbers, a broken lift at
// Blok De Linde). Built with the factories the tests use; ids are stable.
import type { PrismaClient } from "@prisma/client";
import {
  createFollowUp,
  createHousehold,
  createIntake,
  createKnock,
  createPartner,
  createReferral,
  createRound,
  createSignal,
} from "#tests/fixtures/outreach";
import type { KnockOutcome, SignalKind } from "~/features/outreach/vocabulary";

const DAY = 86_400_000;
/** A moment `days` ago at `hour` o'clock (UTC, close enough to Brussels for a demo). */
function daysAgo(days: number, hour = 17) {
  const at = new Date(Date.now() - days * DAY);
  at.setUTCHours(hour, 0, 0, 0);
  return at;
}
const noord = "wijk-noordwijk";
const sofie = "buurtwerker-sofie";

/** First names given at the door (no accounts): a street is mostly strangers. */
const doorNames = [
  "Fatma",
  "Jan",
  "Mariam",
  "Eddy",
  "Oksana",
  "Hamid",
  "Rita",
  "Nadia",
  "Luc",
  "Samira",
  "Kevin",
  "Amal",
];
const languagesAt = [
  ["nl"],
  ["ar", "nl"],
  ["tr"],
  ["nl"],
  ["uk", "ru"],
  ["ar"],
  ["nl", "fr"],
  ["ti"],
  ["nl"],
  ["ar", "fr"],
];

/**
 * What happened at each door, visit after visit (oldest first): N not home, T talked, X not interested, C come back,
 * M moved. Index 0 is Lindestraat 1.
 */
const visits: string[] = [
  "T",
  "NT",
  "NNT",
  "X",
  "T",
  "NNNN",
  "NC",
  "T",
  "NT",
  "M",
  "T",
  "NNT",
  "T",
  "NX",
  "CT",
  "NN",
  "T",
  "NNN",
  "T",
  "NT",
  "X",
  "T",
  "NNT",
  "N",
  "T",
  "C",
  "NT",
  "T",
  "NNNN",
  "T",
];
const outcomeOf: Record<string, KnockOutcome> = {
  N: "not_home",
  T: "talked",
  X: "not_interested",
  C: "come_back",
  M: "moved",
};

export async function seedOutreach(db: PrismaClient) {
  if (await db.outreachRound.findUnique({ where: { id: "ronde-lindestraat" } })) return;

  const partners = {
    housing: await createPartner(db, {
      id: "partner-woonmaatschappij",
      neighbourhoodId: noord,
      name: "Woonmaatschappij Brugge",
      kind: "housing",
      phone: "050 45 11 00",
      email: "info@woonmaatschappij.example",
      address: "Stationsplein 3, 8000 Brugge",
    }),
    ocmw: await createPartner(db, {
      id: "partner-ocmw",
      neighbourhoodId: noord,
      name: "OCMW Brugge, sociale dienst",
      kind: "ocmw",
      phone: "050 32 72 00",
      note: "Zitdag in het wijkhuis op dinsdag 9-12 u.",
    }),
    caw: await createPartner(db, {
      id: "partner-caw",
      neighbourhoodId: noord,
      name: "CAW Noord-West-Vlaanderen",
      kind: "caw",
      phone: "078 15 30 50",
    }),
    vdab: await createPartner(db, {
      id: "partner-vdab",
      neighbourhoodId: noord,
      name: "VDAB Brugge",
      kind: "vdab",
      phone: "0800 30 700",
    }),
    family: await createPartner(db, {
      id: "partner-huis-van-het-kind",
      neighbourhoodId: noord,
      name: "Huis van het Kind Noordwijk",
      kind: "family",
      phone: "050 44 10 25",
    }),
  };

  // The street: 30 addresses, planned eight weeks ago.
  const households: { id: string; number: number; members: { id: string }[] }[] = [];
  for (let number = 1; number <= 30; number += 1) {
    const outcomes = visits[number - 1] ?? "";
    const talked = outcomes.includes("T");
    const household = await createHousehold(db, {
      id: `huishouden-linde-${number}`,
      neighbourhoodId: noord,
      street: "Lindestraat",
      number: String(number),
      createdById: sofie,
      createdAt: daysAgo(58),
      languages: talked ? languagesAt[number % languagesAt.length] : [],
      consent: talked && number % 3 !== 1 ? ["followUp", ...(number % 2 === 0 ? ["partners"] : [])] : [],
      consentMethod: number % 4 === 0 ? "paper" : "verbal",
      consentRecordedById: sofie,
      members: talked
        ? [{ id: `lid-linde-${number}`, name: `${doorNames[number % doorNames.length]} (nr. ${number})` }]
        : [],
    });
    households.push({ id: household.id, number, members: household.members });
  }
  const round = await createRound(db, {
    id: "ronde-lindestraat",
    neighbourhoodId: noord,
    title: "Lindestraat, huis aan huis",
    plannedOn: daysAgo(56, 9),
    createdById: sofie,
    householdIds: households.map((h) => h.id),
    createdAt: daysAgo(58),
  });

  // The knocks: the first visit 56 to 40 days ago, each next attempt some ten days later at another time of day.
  for (const household of households) {
    const outcomes = [...(visits[household.number - 1] ?? "")];
    for (const [attempt, code] of outcomes.entries()) {
      const outcome = outcomeOf[code] ?? "not_home";
      const day = Math.max(1, 56 - (household.number % 17) - attempt * 11);
      const signals: SignalKind[] =
        outcome === "talked" && household.number % 2 === 0 && household.number <= 20
          ? ["damp"]
          : outcome === "talked" && household.number % 5 === 0
            ? ["energy"]
            : [];
      await createKnock(db, {
        householdId: household.id,
        roundId: round.id,
        knockedById: sofie,
        outcome,
        note:
          outcome === "come_back"
            ? "Liever op woensdag na school."
            : outcome === "talked" && attempt === 0
              ? "Vriendelijk ontvangen, even aan de deur gepraat."
              : "",
        comeBackOn: outcome === "come_back" ? daysAgo(day - 7, 12) : null,
        knockedAt: daysAgo(day, [17, 10, 19, 14][attempt % 4]),
        signals,
      });
    }
  }
  // Two households in the street raised the street lighting at the same visit.
  await createSignal(db, {
    kind: "lighting",
    neighbourhoodId: noord,
    street: "Lindestraat",
    createdById: sofie,
    createdAt: daysAgo(30),
  });
  await createSignal(db, {
    kind: "lighting",
    neighbourhoodId: noord,
    street: "Lindestraat",
    createdById: sofie,
    createdAt: daysAgo(12),
  });
  // The lift at Blok De Linde, raised by residents in two months.
  for (const [unit, days] of [
    ["1.02", 40],
    ["2.01", 33],
    ["3.04", 20],
    ["2.03", 6],
  ] as const) {
    const flat = await createHousehold(db, {
      id: `huishouden-linde-blok-${unit}`,
      neighbourhoodId: noord,
      buildingId: "blok-de-linde",
      unit,
      createdById: sofie,
      createdAt: daysAgo(days),
    });
    await createKnock(db, {
      householdId: flat.id,
      knockedById: sofie,
      outcome: "talked",
      knockedAt: daysAgo(days),
      signals: ["lift"],
    });
  }

  // Follow-ups: households that agreed to it, started after the talk, a few ended; Sofie's next steps this week.
  const followed = households.filter(
    (h) => h.members.length && [2, 3, 5, 8, 9, 12, 15, 17, 20, 23, 27].includes(h.number),
  );
  const steps = [
    "Samen naar koffie en papieren voor de energiefactuur",
    "Bellen met de woonmaatschappij over het vocht",
    "Taalcafé voorstellen",
    "Kinderen inschrijven voor de speelpleinwerking",
    "Afspraak bij VDAB voorbereiden",
  ];
  for (const [index, household] of followed.entries()) {
    const ended = index % 4 === 3;
    const followUp = await createFollowUp(db, {
      id: `opvolging-linde-${household.number}`,
      householdId: household.id,
      ownerId: sofie,
      wishes: [["language", "contact"], ["housing"], ["papers", "money"], ["leisure"], ["work"]][index % 5],
      nextStep: steps[index % steps.length],
      nextStepDue: ended ? null : daysAgo(-((index % 9) - 2), 12),
      startedAt: daysAgo(45 - index * 2, 10),
      endedAt: ended ? daysAgo(8 + index, 16) : null,
      notes: [
        {
          body: "Eerste gesprek aan de keukentafel. Wil graag meer mensen leren kennen in de buurt.",
          authorId: sofie,
          createdAt: daysAgo(44 - index * 2),
        },
        ...(index % 2 === 0
          ? [
              {
                body: "Brief van de woonmaatschappij samen gelezen. Volgende week terug.",
                authorId: sofie,
                createdAt: daysAgo(20 - index),
              },
            ]
          : []),
      ],
    });
    const memberId = household.members[0]?.id ?? null;
    // Referrals with their outcomes.
    if (index % 3 !== 1)
      await createReferral(db, {
        householdId: household.id,
        memberId,
        followUpId: followUp.id,
        kind: "activity",
        how: "invitation",
        activityId: "act-koffie-papieren",
        status: "came",
        firstVisit: true,
        outcomeAt: daysAgo(18 - index),
        referredById: sofie,
        createdAt: daysAgo(30 - index),
      });
    if (index % 3 === 1)
      await createReferral(db, {
        householdId: household.id,
        memberId,
        followUpId: followUp.id,
        kind: "activity",
        how: "invitation",
        activityId: "act-dag-van-de-buren",
        status: "open",
        referredById: sofie,
        createdAt: daysAgo(10),
      });
    if (household.number % 2 === 0)
      await createReferral(db, {
        householdId: household.id,
        memberId,
        followUpId: followUp.id,
        kind: "partner",
        partnerId: index % 2 ? partners.housing.id : partners.ocmw.id,
        status: index % 4 === 0 ? "helped" : "open",
        outcomeAt: index % 4 === 0 ? daysAgo(9) : null,
        outcomeNote: index % 4 === 0 ? "Afbetalingsplan afgesproken." : "",
        referredById: sofie,
        createdAt: daysAgo(25 - index),
      });
  }
  await createReferral(db, {
    householdId: "huishouden-linde-30",
    memberId: "lid-linde-30",
    kind: "partner",
    partnerId: partners.vdab.id,
    status: "not_taken",
    outcomeAt: daysAgo(5),
    outcomeNote: "Wil eerst Nederlands leren.",
    referredById: sofie,
    createdAt: daysAgo(15),
  });
  await createReferral(db, {
    householdId: "huishouden-linde-20",
    memberId: "lid-linde-20",
    kind: "partner",
    partnerId: partners.family.id,
    status: "helped",
    outcomeAt: daysAgo(7),
    referredById: sofie,
    createdAt: daysAgo(21),
  });

  // An intake at the desk: someone from the street came to the wijkhuis; the next worker reads it on the household.
  await createIntake(db, {
    neighbourhoodId: noord,
    householdId: "huishouden-linde-8",
    memberId: "lid-linde-8",
    question: "Krijgt brieven over een energieschuld en begrijpt ze niet. Wil ook graag Nederlands oefenen.",
    route: "followUp",
    followUpId: "opvolging-linde-8",
    createdById: sofie,
    createdAt: daysAgo(43, 10),
  });
}
