import { describe, expect, test } from "vitest";

process.env.SMTP_URL = "smtp://127.0.0.1:9";
const { prisma, prepareDatabase } = await import("~/utils/db.server");
const { cancelSignUp, changeOccurrence, createActivity, signUp } = await import("~/features/activities/mutations.server");
const { sendDigests } = await import("~/features/activities/jobs.server");
const { updatePreferences } = await import("~/features/activities/settings.server");
const { searchResidentsForSignUp } = await import("~/features/activities/queries.server");
const { createPlace, createUser } = await import("#tests/fixtures/factories");
const { daysFromNow } = await import("#tests/fixtures/activities");
const { residentActor, staffActor } = await import("#tests/fixtures/actors");

await prepareDatabase(prisma);
const noNeeds = { guests: 0, children: 0, interpreter: false, childcare: false, wheelchair: false, lift: false };

function input(neighbourhoodId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: "Koffie en papieren",
    description: "Hulp met brieven.",
    category: "koffie_papieren" as const,
    placeKind: "address" as const,
    address: "Brugstraat 5",
    neighbourhoodId,
    date: daysFromNow(3).date,
    startTime: "09:30",
    endTime: "11:30",
    audience: "everyone" as const,
    wheelchairAccess: true,
    childrenWelcome: false,
    recurrence: "weekly" as const,
    repeatUntil: daysFromNow(3 + 21).date,
    capacity: 3,
    ...overrides,
  };
}

describe("organising", () => {
  test("a weekly series makes one occurrence per week, each with its own sign-ups", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const staff = staffActor((await createUser(prisma, { roles: ["buurtwerker"] })).id, [neighbourhood.id]);
    const created = await createActivity(staff, input(neighbourhood.id));
    expect(created.count).toBe(4);
    const dates = await prisma.occurrence.findMany({ where: { activityId: created.activityId }, orderBy: { startsAt: "asc" } });
    expect(dates).toHaveLength(4);
    await signUp(dates[0]?.id ?? "", { name: "Een", phone: "0470 00 00 11", locale: "nl" }, noNeeds);
    expect((await prisma.occurrence.findUniqueOrThrow({ where: { id: dates[1]?.id } })).placesTaken).toBe(0);
  });

  test("capacity below the number already signed up is refused; raising it promotes the waitlist", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const staff = staffActor((await createUser(prisma, { roles: ["buurtwerker"] })).id, [neighbourhood.id]);
    const created = await createActivity(staff, input(neighbourhood.id, { recurrence: "none", repeatUntil: undefined, capacity: 2 }));
    const id = created.occurrenceId;
    for (let i = 0; i < 3; i++) await signUp(id, { name: `Buur ${i}`, phone: `0470 00 00 2${i}`, locale: "nl" }, noNeeds);
    const { date } = daysFromNow(3);
    await expect(changeOccurrence(staff, id, { date, startTime: "09:30", endTime: "11:30", capacity: 1 })).rejects.toMatchObject({
      code: "activities:errors.capacityBelowTaken",
      field: "capacity",
    });
    const result = await changeOccurrence(staff, id, { date, startTime: "09:30", endTime: "11:30", capacity: 3 });
    expect(result.notified).toBe(false);
    const after = await prisma.occurrence.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ placesTaken: 3, waitingCount: 0, sequence: 0 });
  });

  test("a cancellation frees places only once, even when tapped twice at once", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const staff = staffActor((await createUser(prisma, { roles: ["buurtwerker"] })).id, [neighbourhood.id]);
    const created = await createActivity(staff, input(neighbourhood.id, { recurrence: "none", repeatUntil: undefined, capacity: 1 }));
    const first = await signUp(created.occurrenceId, { name: "Eerste", phone: "0470 00 00 31", locale: "nl" }, noNeeds);
    const second = await signUp(created.occurrenceId, { name: "Tweede", phone: "0470 00 00 32", locale: "nl" }, noNeeds);
    const third = await signUp(created.occurrenceId, { name: "Derde", phone: "0470 00 00 33", locale: "nl" }, noNeeds);
    const results = await Promise.all([cancelSignUp(first.id), cancelSignUp(first.id)]);
    expect(results.filter((r) => r.cancelled)).toHaveLength(1);
    expect(results.flatMap((r) => r.promoted)).toEqual([second.id]);
    expect((await prisma.signUp.findUniqueOrThrow({ where: { id: third.id } })).status).toBe("waitlisted");
  });
});

describe("the weekly digest", () => {
  test("goes once a week to people who asked for it, with the new activities of their neighbourhood", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const staff = staffActor((await createUser(prisma, { roles: ["buurtwerker"] })).id, [neighbourhood.id]);
    const wants = await createUser(prisma, { neighbourhoodId: neighbourhood.id });
    const doesNot = await createUser(prisma, { neighbourhoodId: neighbourhood.id });
    await updatePreferences(residentActor(wants.id, { email: wants.email }), { confirmations: true, reminders: true, changes: true, digest: true });
    await createActivity(staff, input(neighbourhood.id, { title: "Nieuwe buurtdrink", recurrence: "none", repeatUntil: undefined }));
    await Promise.all([sendDigests(), sendDigests()]);
    await sendDigests();
    const sent = await prisma.outboxMessage.findMany({ where: { kind: "activity-digest", to: { in: [wants.email ?? "", doesNot.email ?? ""] } } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toBe(wants.email);
    expect(sent[0]?.text).toContain("Nieuwe buurtdrink");
    expect(sent[0]?.text).toContain("/afmelden/");
  });
});

describe("signing someone up at the desk", () => {
  test("finds a resident by part of the name, whatever the capitals (on SQLite and on PostgreSQL)", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const staff = staffActor("buurtwerker-zoekt", [neighbourhood.id]);
    const unique = `Vandermeulen${Date.now().toString(36)}`;
    const resident = await createUser(prisma, { displayName: `Fatima ${unique}`, neighbourhoodId: neighbourhood.id });
    await createUser(prisma, { displayName: `Jan ${unique}`, roles: ["volunteer"], neighbourhoodId: neighbourhood.id });
    const found = await searchResidentsForSignUp(staff, `fatima ${unique.toUpperCase()}`);
    expect(found.map((person) => person.id)).toEqual([resident.id]);
    expect(await searchResidentsForSignUp(staff, unique.toLowerCase().slice(0, 12))).toContainEqual(expect.objectContaining({ id: resident.id }));
  });

  test("finds only residents who live where the buurtwerker works (in their building's neighbourhood or their own)", async () => {
    const here = await createPlace(prisma);
    const elsewhere = await createPlace(prisma);
    const unique = `Zoekbuur${Date.now().toString(36)}`;
    const inBuilding = await createUser(prisma, { displayName: `Anna ${unique}`, residence: { buildingId: here.building.id, unit: "1.01" } });
    const inNeighbourhood = await createUser(prisma, { displayName: `Bert ${unique}`, neighbourhoodId: here.neighbourhood.id });
    await createUser(prisma, { displayName: `Carla ${unique}`, neighbourhoodId: elsewhere.neighbourhood.id, residence: { buildingId: elsewhere.building.id, unit: "2.02" } });
    const found = await searchResidentsForSignUp(staffActor("buurtwerker-hier", [here.neighbourhood.id]), unique);
    expect(found.map((person) => person.id).sort()).toEqual([inBuilding.id, inNeighbourhood.id].sort());
    expect(await searchResidentsForSignUp(staffActor("beheer", "all"), unique)).toHaveLength(3);
    expect(await searchResidentsForSignUp(residentActor(inBuilding.id), unique)).toEqual([]);
  });
});
