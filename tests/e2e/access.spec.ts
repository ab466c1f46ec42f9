// Who may open what (issue 13): every route module of app/routes × eight people, with the expected answer in one
// table. A route file without a row fails the first test, so a new page cannot ship without saying who may see it.
// The subjects live in Noordwijk; "staff here" (Sofie) works there, "staff elsewhere" (Youssef) in Kanaalzone.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { expect, sessionCookie, test } from "./fixtures";
import { createActivity, daysFromNow } from "#tests/fixtures/activities";
import { createAgreement, createBookingRow, makeBookable } from "#tests/fixtures/agreements";
import { createBuilding, createUser } from "#tests/fixtures/factories";
import { createHelpRequest, createVolunteerProfile } from "#tests/fixtures/help";
import { createSurvey } from "#tests/fixtures/surveys";
import { createFollowUp, createHousehold, createRound } from "#tests/fixtures/outreach";

type Db = PrismaClient;

const people = ["anonymous", "resident", "otherResident", "volunteer", "newVolunteer", "staffHere", "staffElsewhere", "admin"] as const;
type Persona = (typeof people)[number];

/** ok: 200; in: sent to the sign-in page; no: 403 or 404 (refused, or not shown to exist); or an exact status. */
type Answer = "ok" | "in" | "no" | number;
type Row = { path: (s: Subjects) => string; answers: Record<Persona, Answer> };

/** Eight answers in the order of `people`. */
function answers(...list: Answer[]): Record<Persona, Answer> {
  if (list.length !== people.length) throw new Error("one answer per person");
  return Object.fromEntries(people.map((persona, i) => [persona, list[i] ?? "no"])) as Record<Persona, Answer>;
}
const everyone = (answer: Answer) => answers(...people.map(() => answer));
const signedIn = answers("in", "ok", "ok", "ok", "ok", "ok", "ok", "ok");
const staffOnly = answers("in", "no", "no", "no", "no", "ok", "ok", "ok");
/** Something that belongs to Noordwijk: its staff and the admin, not Kanaalzone's buurtwerker. */
const noordwijkStaff = answers("in", "no", "no", "no", "no", "ok", "no", "ok");
/** A resident's own thing in Noordwijk (their help request, their building). */
const ownerAndNoordwijkStaff = answers("in", "ok", "no", "no", "no", "ok", "no", "ok");
const adminOnly = answers("in", "no", "no", "no", "no", "no", "no", "ok");

type Subjects = {
  occurrenceId: string;
  agreementId: string;
  draftAgreementId: string;
  buildingSlug: string;
  helpRequestId: string;
  residentId: string;
  bookingId: string;
  deskPersonId: string;
  surveyId: string;
  draftSurveyId: string;
  draftQuestionId: string;
  surveyQuestionId: string;
  householdId: string;
  roundId: string;
  followUpId: string;
};

/** One row per route file (relative to app/routes). */
const table: Record<string, Row> = {
  "$.tsx": { path: () => "/bestaat-niet", answers: everyone(404) },
  "_index.tsx": { path: () => "/", answers: everyone("ok") },
  "a.$occurrenceId.ts": { path: (s) => `/a/${s.occurrenceId}`, answers: everyone(301) },
  "activiteiten+/$occurrenceId._index.tsx": { path: (s) => `/activiteiten/${s.occurrenceId}`, answers: everyone("ok") },
  "activiteiten+/$occurrenceId.afdrukken.tsx": { path: (s) => `/activiteiten/${s.occurrenceId}/afdrukken`, answers: noordwijkStaff },
  "activiteiten+/$occurrenceId.affiche.tsx": { path: (s) => `/activiteiten/${s.occurrenceId}/affiche`, answers: noordwijkStaff },
  "activiteiten+/$occurrenceId.bewerken.tsx": { path: (s) => `/activiteiten/${s.occurrenceId}/bewerken`, answers: noordwijkStaff },
  "activiteiten+/$occurrenceId.datum.tsx": { path: (s) => `/activiteiten/${s.occurrenceId}/datum`, answers: noordwijkStaff },
  "activiteiten+/$occurrenceId.deelnemers.tsx": { path: (s) => `/activiteiten/${s.occurrenceId}/deelnemers`, answers: noordwijkStaff },
  "activiteiten+/$occurrenceId.export.ts": { path: (s) => `/activiteiten/${s.occurrenceId}/export`, answers: noordwijkStaff },
  "activiteiten+/$occurrenceId.vertalen.tsx": { path: (s) => `/activiteiten/${s.occurrenceId}/vertalen`, answers: noordwijkStaff },
  "activiteiten+/$occurrenceId.ics.ts": { path: (s) => `/activiteiten/${s.occurrenceId}/ics`, answers: everyone("ok") },
  "activiteiten+/_index.tsx": { path: () => "/activiteiten", answers: everyone("ok") },
  "activiteiten+/annuleren.$token.tsx": { path: () => "/activiteiten/annuleren/geen-geldige-link", answers: everyone("ok") },
  "activiteiten+/nieuw.tsx": { path: () => "/activiteiten/nieuw", answers: staffOnly },
  "annuleren.tsx": { path: () => "/annuleren", answers: everyone("ok") },
  "afmelden.$token.tsx": { path: () => "/afmelden/geen-geldige-link", answers: everyone("ok") },
  "afspraken+/$agreementId._index.tsx": { path: (s) => `/afspraken/${s.agreementId}`, answers: ownerAndNoordwijkStaff },
  "afspraken+/$agreementId.bewerken.tsx": { path: (s) => `/afspraken/${s.draftAgreementId}/bewerken`, answers: noordwijkStaff },
  "afspraken+/$agreementId.mededeling.tsx": { path: (s) => `/afspraken/${s.agreementId}/mededeling`, answers: ownerAndNoordwijkStaff },
  "afspraken+/$agreementId.vergelijk.tsx": { path: (s) => `/afspraken/${s.agreementId}/vergelijk?van=1&naar=2`, answers: ownerAndNoordwijkStaff },
  "afspraken+/$agreementId.versies.$version.tsx": { path: (s) => `/afspraken/${s.agreementId}/versies/1`, answers: ownerAndNoordwijkStaff },
  "afspraken+/_index.tsx": { path: () => "/afspraken", answers: everyone("ok") },
  "afspraken+/gebouw.$buildingSlug.$spaceSlug._index.tsx": { path: (s) => `/afspraken/gebouw/${s.buildingSlug}/ontmoetingsruimte`, answers: ownerAndNoordwijkStaff },
  "afspraken+/gebouw.$buildingSlug.$spaceSlug.reserveren.tsx": { path: (s) => `/afspraken/gebouw/${s.buildingSlug}/ontmoetingsruimte/reserveren`, answers: ownerAndNoordwijkStaff },
  "afspraken+/gebouw.$buildingSlug._index.tsx": { path: (s) => `/afspraken/gebouw/${s.buildingSlug}`, answers: ownerAndNoordwijkStaff },
  "afspraken+/nieuw.tsx": { path: () => "/afspraken/nieuw", answers: staffOnly },
  "beheer+/buurtwerkers.tsx": { path: () => "/beheer/buurtwerkers", answers: adminOnly },
  // A survey of the Noordwijk building (resident lives there): residents answer, staff compose, collect and read counts.
  "bevragingen+/_index.tsx": { path: () => "/bevragingen", answers: everyone("ok") },
  "bevragingen+/nieuw.tsx": { path: () => "/bevragingen/nieuw", answers: staffOnly },
  "bevragingen+/$surveyId._index.tsx": { path: (s) => `/bevragingen/${s.surveyId}`, answers: ownerAndNoordwijkStaff },
  "bevragingen+/$surveyId.bewerken.tsx": { path: (s) => `/bevragingen/${s.surveyId}/bewerken`, answers: noordwijkStaff },
  "bevragingen+/$surveyId.vragen.nieuw.tsx": { path: (s) => `/bevragingen/${s.draftSurveyId}/vragen/nieuw`, answers: noordwijkStaff },
  "bevragingen+/$surveyId.vragen.$questionId.tsx": { path: (s) => `/bevragingen/${s.draftSurveyId}/vragen/${s.draftQuestionId}`, answers: noordwijkStaff },
  // Answering is for residents of the building; its own staff are sent to the survey's page.
  "bevragingen+/$surveyId.vraag.$number.tsx": { path: (s) => `/bevragingen/${s.surveyId}/vraag/1`, answers: answers("in", "ok", "no", "no", "no", 302, "no", 302) },
  "bevragingen+/$surveyId.versturen.tsx": { path: (s) => `/bevragingen/${s.surveyId}/versturen`, answers: answers("in", "ok", "no", "no", "no", 302, "no", 302) },
  "bevragingen+/$surveyId.afnemen.tsx": { path: (s) => `/bevragingen/${s.surveyId}/afnemen`, answers: noordwijkStaff },
  "bevragingen+/$surveyId.resultaten.tsx": { path: (s) => `/bevragingen/${s.surveyId}/resultaten`, answers: noordwijkStaff },
  "bevragingen+/$surveyId.afdrukken.tsx": { path: (s) => `/bevragingen/${s.surveyId}/afdrukken`, answers: noordwijkStaff },
  "bevragingen+/$surveyId.uitnodiging.tsx": { path: (s) => `/bevragingen/${s.surveyId}/uitnodiging`, answers: noordwijkStaff },
  "bevragingen+/$surveyId.export.ts": { path: (s) => `/bevragingen/${s.surveyId}/export?soort=rijen`, answers: noordwijkStaff },
  "beheer+/mails.tsx": { path: () => "/beheer/mails", answers: adminOnly },
  "beheer+/verwijderingen.tsx": { path: () => "/beheer/verwijderingen", answers: adminOnly },
  "buurtwerk+/_index.tsx": { path: () => "/buurtwerk", answers: staffOnly },
  "buurtwerk+/huishoudens._index.tsx": { path: () => "/buurtwerk/huishoudens", answers: staffOnly },
  "buurtwerk+/huishoudens.nieuw.tsx": { path: () => "/buurtwerk/huishoudens/nieuw", answers: staffOnly },
  "buurtwerk+/huishoudens.$householdId.tsx": { path: (s) => `/buurtwerk/huishoudens/${s.householdId}`, answers: noordwijkStaff },
  "buurtwerk+/opvolging.$followUpId.tsx": { path: (s) => `/buurtwerk/opvolging/${s.followUpId}`, answers: noordwijkStaff },
  "buurtwerk+/cijfers.tsx": { path: () => "/buurtwerk/cijfers", answers: staffOnly },
  "buurtwerk+/signalen.tsx": { path: () => "/buurtwerk/signalen", answers: staffOnly },
  "buurtwerk+/partners.tsx": { path: () => "/buurtwerk/partners", answers: staffOnly },
  "buurtwerk+/rondes._index.tsx": { path: () => "/buurtwerk/rondes", answers: staffOnly },
  "buurtwerk+/rondes.$roundId.tsx": { path: (s) => `/buurtwerk/rondes/${s.roundId}`, answers: noordwijkStaff },
  "dev+/outbox.tsx": { path: () => "/dev/outbox", answers: everyone(404) },
  "fout.$reason.tsx": { path: () => "/fout/te-groot", answers: everyone(413) },
  "healthz.ts": { path: () => "/healthz", answers: everyone("ok") },
  "hulp+/_index.tsx": { path: () => "/hulp", answers: everyone("ok") },
  "hulp+/meldingen.tsx": { path: () => "/hulp/meldingen", answers: staffOnly },
  "hulp+/overzicht.tsx": { path: () => "/hulp/overzicht", answers: staffOnly },
  "hulp+/taken.tsx": { path: () => "/hulp/taken", answers: signedIn },
  "hulp+/vragen.$requestId.tsx": { path: (s) => `/hulp/vragen/${s.helpRequestId}`, answers: ownerAndNoordwijkStaff },
  "hulp+/vragen.nieuw.tsx": { path: () => "/hulp/vragen/nieuw", answers: signedIn },
  "hulp+/vrijwilliger.tsx": { path: () => "/hulp/vrijwilliger", answers: signedIn },
  "hulp+/vrijwilligers.tsx": { path: () => "/hulp/vrijwilligers", answers: staffOnly },
  "hulp+/zorgen.tsx": { path: () => "/hulp/zorgen", answers: signedIn },
  "ik+/_index.tsx": { path: () => "/ik", answers: everyone("ok") },
  "ik+/meldingen.tsx": { path: () => "/ik/meldingen", answers: signedIn },
  "ik+/gegevens.tsx": { path: () => "/ik/gegevens", answers: signedIn },
  "ik+/gegevens[.json].ts": { path: () => "/ik/gegevens.json", answers: signedIn },
  // Where one lives: residents and volunteers say it themselves; staff working as themselves do not live "here".
  "ik+/woonplaats.tsx": { path: () => "/ik/woonplaats", answers: answers("in", "ok", "ok", "ok", "ok", "no", "no", "no") },
  "ik+/verwijderen.tsx": { path: () => "/ik/verwijderen", answers: signedIn },
  "inloggen+/_index.tsx": { path: () => "/inloggen", answers: answers("ok", 302, 302, 302, 302, 302, 302, 302) },
  "inloggen+/code.tsx": { path: () => "/inloggen/code", answers: everyone("in") },
  "inloggen+/link.$token.tsx": { path: () => "/inloggen/link/geen-geldige-link", answers: everyone("ok") },
  "kalender+/$file.ts": { path: () => "/kalender/geen-geldige-link-van-twintig.ics", answers: everyone(404) },
  "kalender+/wijk.$file.ts": { path: () => "/kalender/wijk/noordwijk.ics", answers: everyone("ok") },
  "namens.ts": { path: () => "/namens", answers: everyone(302) },
  "offline.tsx": { path: () => "/offline", answers: everyone("ok") },
  "onthaal+/_index.tsx": { path: () => "/onthaal", answers: staffOnly },
  "onthaal+/registreren.tsx": { path: () => "/onthaal/registreren", answers: staffOnly },
  "onthaal+/intake.tsx": { path: () => "/onthaal/intake", answers: staffOnly },
  // Someone registered at the desk (no email) in Noordwijk: the desk acts on their data rights.
  "onthaal+/$residentId.gegevens.tsx": { path: (s) => `/onthaal/${s.deskPersonId}/gegevens`, answers: noordwijkStaff },
  "onthaal+/$residentId.verwijderen.tsx": { path: (s) => `/onthaal/${s.deskPersonId}/verwijderen`, answers: noordwijkStaff },
  "onthaal+/woonplaatsen.ts": { path: () => "/onthaal/woonplaatsen", answers: everyone(302) },
  "onthaal+/te-bekijken.ts": { path: () => "/onthaal/te-bekijken", answers: everyone(302) },
  "privacy.tsx": { path: () => "/privacy", answers: everyone("ok") },
  "taal.ts": { path: () => "/taal", answers: everyone(302) },
  "uitloggen.ts": { path: () => "/uitloggen", answers: everyone(302) },
  // A page's texts: public, the same for everyone (the hash of other texts still gets today's).
  "vertalingen.$file.ts": { path: () => "/vertalingen/nl.common-pwa.000000000000.json", answers: everyone("ok") },
};

function routeFiles(dir = path.resolve("app/routes"), prefix = ""): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full, `${prefix}${entry}/`);
    // Files starting with "__" are parts of a route folder, not routes (remix-flat-routes).
    return /\.(ts|tsx)$/.test(entry) && !entry.startsWith("__") && !entry.includes(".test.") ? [`${prefix}${entry}`] : [];
  });
}

test("every route file has a row in the access table", () => {
  const files = routeFiles();
  expect(files.filter((file) => !(file in table)), "route files without a row").toEqual([]);
  expect(Object.keys(table).filter((file) => !files.includes(file)), "rows without a route file").toEqual([]);
});

const personaIds: Record<Exclude<Persona, "anonymous" | "resident" | "otherResident" | "volunteer" | "newVolunteer">, string> = {
  staffHere: "buurtwerker-sofie",
  staffElsewhere: "buurtwerker-youssef",
  admin: "beheerder-wijkhuis",
};

/** The things the table is about, all in Noordwijk, and the people who look at them. */
async function buildSubjects(db: Db) {
  const stamp = Date.now().toString(36);
  const building = await createBuilding(db, {
    slug: `toegang-${stamp}`,
    name: `Toegangsblok ${stamp}`,
    address: "Toegangsstraat 1, 8000 Brugge",
    neighbourhoodId: "wijk-noordwijk",
    spaces: [
      { slug: "wasruimte", name: "Wasruimte", kind: "laundry" },
      { slug: "ontmoetingsruimte", name: "Ontmoetingsruimte", kind: "common_room" },
      { slug: "tuin", name: "Tuin", kind: "garden" },
    ],
  });
  const space = (slug: string) => building.spaces.find((s) => s.slug === slug)?.id ?? "";
  const resident = await createUser(db, { neighbourhoodId: "wijk-noordwijk", residence: { buildingId: building.id, unit: "1.01" } });
  const deskPerson = await createUser(db, { email: null, neighbourhoodId: "wijk-noordwijk", registeredById: "buurtwerker-sofie", residence: { buildingId: building.id, unit: "0.02" } });
  const otherResident = await createUser(db, { neighbourhoodId: "wijk-kanaalzone", residence: { buildingId: "blok-hof-ter-wallen", unit: "9.09" } });
  const volunteer = await createUser(db, { roles: ["resident", "volunteer"], neighbourhoodId: "wijk-noordwijk" });
  await createVolunteerProfile(db, { userId: volunteer.id, neighbourhoods: ["wijk-noordwijk"], approvedAt: new Date() });
  const newVolunteer = await createUser(db, { roles: ["resident", "volunteer"], neighbourhoodId: "wijk-noordwijk" });
  await createVolunteerProfile(db, { userId: newVolunteer.id, neighbourhoods: ["wijk-noordwijk"], approvedAt: null });
  const week = 7 * 86_400_000;
  const agreement = await createAgreement(db, {
    buildingId: building.id,
    spaceId: space("wasruimte"),
    createdById: "buurtwerker-sofie",
    versions: [
      { status: "adopted", openedAt: new Date(Date.now() - 4 * week), closesAt: new Date(Date.now() - 2 * week), adoptedAt: new Date(Date.now() - 2 * week), items: [{ key: "a", text: "Was op zondag niet." }] },
      { status: "open", openedAt: new Date(), closesAt: new Date(Date.now() + week), items: [{ key: "a", text: "Was op zondag niet na 20 uur." }] },
    ],
  });
  const draft = await createAgreement(db, {
    buildingId: building.id,
    spaceId: space("tuin"),
    createdById: "buurtwerker-sofie",
    versions: [{ status: "draft", items: [{ key: "a", text: "De tuin is van iedereen." }] }],
  });
  await makeBookable(db, space("ontmoetingsruimte"));
  const activity = await createActivity(db, { title: "Toegangssoep", neighbourhoodId: "wijk-noordwijk", createdById: "buurtwerker-sofie", capacity: 10, date: daysFromNow(5).date });
  const help = await createHelpRequest(db, { residentId: resident.id, neighbourhoodId: "wijk-noordwijk", buildingId: building.id });
  const booking = await createBookingRow(db, {
    spaceId: space("ontmoetingsruimte"),
    userId: resident.id,
    startsAt: new Date(Date.now() + 2 * 86_400_000),
    endsAt: new Date(Date.now() + 2 * 86_400_000 + 3_600_000),
    purpose: "Verjaardag",
  });
  const survey = await createSurvey(db, {
    neighbourhoodId: "wijk-noordwijk",
    buildingId: building.id,
    title: "Toegangsbevraging",
    createdById: "buurtwerker-sofie",
    questions: [{ kind: "yesno", text: "Woon je hier graag?" }],
  });
  const draftSurvey = await createSurvey(db, {
    neighbourhoodId: "wijk-noordwijk",
    buildingId: building.id,
    title: "Ontwerpbevraging",
    status: "draft",
    createdById: "buurtwerker-sofie",
    questions: [{ kind: "scale", text: "Hoe tevreden ben je?" }],
  });
  // A household the resident lives in, on a Noordwijk round.
  const household = await createHousehold(db, { neighbourhoodId: "wijk-noordwijk", buildingId: building.id, unit: "1.01", members: [{ userId: resident.id, phone: "0470 00 11 22" }] });
  const round = await createRound(db, { neighbourhoodId: "wijk-noordwijk", title: "Toegangsronde", createdById: "buurtwerker-sofie", householdIds: [household.id] });
  const followUp = await createFollowUp(db, { householdId: household.id, ownerId: "buurtwerker-sofie", wishes: ["language"], nextStep: "Taalcafé", notes: [{ body: "Toegangsnotitie" }] });
  const subjects: Subjects = {
    occurrenceId: activity.occurrences[0]?.id ?? "",
    agreementId: agreement.id,
    draftAgreementId: draft.id,
    buildingSlug: `toegang-${stamp}`,
    helpRequestId: help.id,
    residentId: resident.id,
    bookingId: booking.id,
    deskPersonId: deskPerson.id,
    surveyId: survey.id,
    draftSurveyId: draftSurvey.id,
    draftQuestionId: draftSurvey.questions[0]?.id ?? "",
    surveyQuestionId: survey.questions[0]?.id ?? "",
    householdId: household.id,
    roundId: round.id,
    followUpId: followUp.id,
  };
  const ids: Record<Persona, string | null> = {
    anonymous: null,
    resident: resident.id,
    otherResident: otherResident.id,
    volunteer: volunteer.id,
    newVolunteer: newVolunteer.id,
    ...personaIds,
  };
  return { subjects, ids };
}

test("each person gets the expected answer on every route", async ({ db, baseURL, playwright }) => {
  test.setTimeout(180_000);
  const { subjects, ids } = await buildSubjects(db);

  const wrong: string[] = [];
  for (const persona of people) {
    const userId = ids[persona];
    const cookie = userId ? await sessionCookie(db, userId, baseURL ?? "") : null;
    const client: APIRequestContext = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: cookie ? { Cookie: `${cookie.name}=${cookie.value}` } : {},
    });
    try {
      for (const [file, row] of Object.entries(table)) {
        const url = row.path(subjects);
        const answer = await client.get(url, { maxRedirects: 0 });
        const got = answer.status();
        const location = answer.headers()["location"] ?? "";
        const expected = row.answers[persona];
        const fine =
          expected === "ok" ? got === 200 : expected === "in" ? got === 302 && location.startsWith("/inloggen") : expected === "no" ? got === 403 || got === 404 : got === expected;
        if (!fine) wrong.push(`${persona} ${url} (${file}): expected ${expected}, got ${got}${location ? ` → ${location}` : ""}`);
      }
    } finally {
      await client.dispose();
    }
  }
  expect(wrong).toEqual([]);
});

test("the Kanaalzone buurtwerker and other residents are refused every change to Noordwijk's things; Sofie is not", async ({ db, baseURL, playwright }) => {
  test.setTimeout(120_000);
  const { subjects, ids } = await buildSubjects(db);
  const as = async (persona: Persona) => {
    const userId = ids[persona];
    const cookie = userId ? await sessionCookie(db, userId, baseURL ?? "") : null;
    return playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Origin: baseURL ?? "", ...(cookie ? { Cookie: `${cookie.name}=${cookie.value}` } : {}) },
    });
  };
  const changes: { name: string; post: (client: APIRequestContext) => ReturnType<APIRequestContext["post"]>; done: () => Promise<boolean> }[] = [
    {
      name: "record a paper answer",
      post: (client) => client.post(`/afspraken/${subjects.agreementId}?index`, { form: { intent: "paper", unit: "1.01", choice: "agree" }, maxRedirects: 0 }),
      done: async () => (await db.agreementConsent.count({ where: { unit: "1.01", method: "paper", version: { agreementId: subjects.agreementId } } })) > 0,
    },
    {
      name: "cancel a resident's booking",
      post: (client) =>
        client.post(`/afspraken/gebouw/${subjects.buildingSlug}/ontmoetingsruimte/reserveren`, { form: { intent: "cancel", bookingId: subjects.bookingId }, maxRedirects: 0 }),
      done: async () => (await db.booking.findUniqueOrThrow({ where: { id: subjects.bookingId }, select: { status: true } })).status === "cancelled",
    },
    {
      name: "add a walk-in to the attendee list",
      post: (client) => client.post(`/activiteiten/${subjects.occurrenceId}/deelnemers`, { form: { intent: "walkIn", name: "Binnenloper", guests: "0", children: "0" }, maxRedirects: 0 }),
      done: async () => (await db.signUp.count({ where: { occurrenceId: subjects.occurrenceId, name: "Binnenloper" } })) > 0,
    },
    {
      name: "type in a paper survey answer",
      post: (client) =>
        client.post(`/bevragingen/${subjects.surveyId}/afnemen`, {
          form: { method: "paper", unit: "1.01", "answers[0].questionId": subjects.surveyQuestionId, "answers[0].value": "yes" },
          maxRedirects: 0,
        }),
      done: async () => (await db.surveyResponse.count({ where: { surveyId: subjects.surveyId } })) > 0,
    },
    {
      name: "log a knock at a household",
      post: (client) => client.post(`/buurtwerk/huishoudens/${subjects.householdId}`, { form: { intent: "knock", householdId: subjects.householdId, outcome: "talked" }, maxRedirects: 0 }),
      done: async () => (await db.doorKnock.count({ where: { householdId: subjects.householdId } })) > 0,
    },
    {
      name: "act for the resident",
      post: (client) => client.post("/namens", { form: { residentId: subjects.residentId }, maxRedirects: 0 }),
      done: async () => (await db.actingSession.count({ where: { residentId: subjects.residentId } })) > 0,
    },
  ];
  for (const change of changes) {
    for (const persona of ["staffElsewhere", "otherResident", "volunteer"] as const) {
      const client = await as(persona);
      const answer = await change.post(client);
      await client.dispose();
      expect([403, 404], `${persona}: ${change.name}`).toContain(answer.status());
      expect(await change.done(), `${persona}: ${change.name} happened`).toBe(false);
    }
    const sofie = await as("staffHere");
    const answer = await change.post(sofie);
    await sofie.dispose();
    expect(answer.status(), `staffHere: ${change.name}`).toBeLessThan(400);
    expect(await change.done(), `staffHere: ${change.name} happened`).toBe(true);
  }
});
