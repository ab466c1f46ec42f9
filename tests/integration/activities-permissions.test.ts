// Issue 13: organising is for the staff of the neighbourhood where an activity happens. The features check it
// themselves (in their queries' where and with can()), so a route that forgets cannot leak or change anything.
import { describe, expect, test } from "vitest";

process.env.SMTP_URL = "smtp://127.0.0.1:9";
const { prisma, prepareDatabase } = await import("~/utils/db.server");
const mutations = await import("~/features/activities/mutations.server");
const queries = await import("~/features/activities/queries.server");
const { attendeesCsv } = await import("~/features/activities/export.server");
const { buildPoster } = await import("~/features/activities/poster.server");
const { can } = await import("~/features/activities/permissions");
const { createPlace, createUser } = await import("#tests/fixtures/factories");
const { createActivity, createSignUp, daysFromNow } = await import("#tests/fixtures/activities");
const { actingActor, residentActor, staffActor } = await import("#tests/fixtures/actors");

await prepareDatabase(prisma);
const noNeeds = { guests: 0, children: 0, interpreter: false, childcare: false, wheelchair: false, lift: false };
const t = (key: string) => key;

/** Two neighbourhoods; a date in the first with one person signed up, and its buurtwerker, the other's and an admin. */
async function scene() {
  const here = await createPlace(prisma);
  const elsewhere = await createPlace(prisma);
  const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: here.neighbourhood.id });
  const boss = await createUser(prisma, { roles: ["admin"] });
  const activity = await createActivity(prisma, { title: "Soep in de wijk", neighbourhoodId: here.neighbourhood.id, createdById: worker.id, capacity: 10, date: daysFromNow(6).date });
  const occurrenceId = activity.occurrences[0]?.id ?? "";
  const signUp = await createSignUp(prisma, { occurrenceId, name: "Gerda Buur", email: `gerda-${Date.now()}@example.test` });
  return {
    here,
    elsewhere,
    activityId: activity.id,
    occurrenceId,
    signUpId: signUp.id,
    staffHere: staffActor(worker.id, [here.neighbourhood.id]),
    staffElsewhere: staffActor("buurtwerker-elders", [elsewhere.neighbourhood.id]),
    admin: staffActor(boss.id, "all"),
  };
}

async function refusedAsNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Response);
  expect(error).toMatchObject({ status: 404 });
}

function activityInput(neighbourhoodId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: "Buurtdrink",
    description: "Een glaasje met de buren.",
    category: "buurtdrink" as const,
    placeKind: "address" as const,
    address: "Marktplein 2",
    neighbourhoodId,
    date: daysFromNow(9).date,
    startTime: "18:00",
    endTime: "20:00",
    audience: "everyone" as const,
    wheelchairAccess: false,
    childrenWelcome: true,
    recurrence: "none" as const,
    ...overrides,
  };
}

describe("what organisers see", () => {
  test("attendees, CSV, poster and edit form: the neighbourhood's buurtwerker and the admin, nobody else", async () => {
    const s = await scene();
    for (const actor of [s.staffHere, s.admin]) {
      expect((await queries.getAttendees(actor, s.occurrenceId))?.confirmed.map((a) => a.name)).toEqual(["Gerda Buur"]);
      expect(await attendeesCsv(actor, s.occurrenceId, t)).toContain("Gerda Buur");
      expect(await buildPoster(actor, s.occurrenceId, ["nl"])).toMatchObject({ title: "Soep in de wijk" });
      expect(await queries.getActivityForEdit(actor, s.occurrenceId)).toMatchObject({ id: s.occurrenceId });
    }
    for (const actor of [s.staffElsewhere, residentActor("bewoner"), actingActor(s.staffHere.user.id, "bewoner", "sessie")]) {
      expect(await queries.getAttendees(actor, s.occurrenceId)).toBeNull();
      expect(await attendeesCsv(actor, s.occurrenceId, t)).toBeNull();
      expect(await buildPoster(actor, s.occurrenceId, ["nl"])).toBeNull();
      expect(await queries.getActivityForEdit(actor, s.occurrenceId)).toBeNull();
    }
  });

  test("the activity form offers only the places where the buurtwerker works; the admin gets them all", async () => {
    const s = await scene();
    const ids = (places: { id: string }[]) => places.map((p) => p.id);
    expect(ids(await queries.listPlacesWithSpaces(s.staffHere))).toEqual([s.here.neighbourhood.id]);
    expect(ids(await queries.listPlacesWithSpaces(s.admin))).toEqual(expect.arrayContaining([s.here.neighbourhood.id, s.elsewhere.neighbourhood.id]));
    expect(await queries.listPlacesWithSpaces(residentActor("bewoner"))).toEqual([]);
  });
});

describe("what organisers change", () => {
  test("a buurtwerker creates activities only in a neighbourhood they work in", async () => {
    const s = await scene();
    const space = await prisma.space.findFirstOrThrow({ where: { building: { neighbourhoodId: s.elsewhere.neighbourhood.id } }, select: { id: true } });
    const before = await prisma.activity.count();
    await expect(mutations.createActivity(s.staffHere, activityInput(s.elsewhere.neighbourhood.id))).rejects.toMatchObject({
      code: "activities:refused.notYourNeighbourhood",
      status: 403,
      field: "neighbourhoodId",
    });
    await expect(mutations.createActivity(s.staffHere, activityInput(s.here.neighbourhood.id, { placeKind: "space", spaceId: space.id }))).rejects.toMatchObject({
      code: "activities:refused.notYourNeighbourhood",
      field: "spaceId",
    });
    await expect(
      mutations.createActivity(s.staffHere, activityInput(s.here.neighbourhood.id, { audience: "building", audienceBuildingId: s.elsewhere.building.id })),
    ).rejects.toMatchObject({ code: "activities:refused.notYourNeighbourhood", field: "audienceBuildingId" });
    expect(await prisma.activity.count()).toBe(before);
    const created = await mutations.createActivity(s.staffHere, activityInput(s.here.neighbourhood.id));
    expect(await prisma.activity.findUniqueOrThrow({ where: { id: created.activityId }, select: { createdById: true } })).toEqual({ createdById: s.staffHere.user.id });
    await mutations.createActivity(s.admin, activityInput(s.elsewhere.neighbourhood.id));
  });

  test("the buurtwerker of another neighbourhood can change nothing: edit, cancel, dates, check-in, walk-ins, sign-ups", async () => {
    const s = await scene();
    const other = s.staffElsewhere;
    const { date } = daysFromNow(6);
    await refusedAsNotFound(mutations.performEditAction(other, s.occurrenceId, { intent: "save", ...activityInput(s.elsewhere.neighbourhood.id) }));
    await refusedAsNotFound(mutations.updateActivity(other, s.activityId, activityInput(s.elsewhere.neighbourhood.id)));
    await refusedAsNotFound(mutations.cancelActivity(other, s.activityId));
    await refusedAsNotFound(mutations.performDateAction(other, s.occurrenceId, { intent: "cancel" }));
    await refusedAsNotFound(mutations.changeOccurrence(other, s.occurrenceId, { date, startTime: "10:00", endTime: "11:00" }));
    await refusedAsNotFound(mutations.performAttendeeAction(other, s.occurrenceId, { intent: "checkIn", signUpId: s.signUpId, present: "1" }));
    await refusedAsNotFound(mutations.performAttendeeAction(other, s.occurrenceId, { intent: "walkIn", name: "Binnenloper", ...noNeeds }));
    const resident = await createUser(prisma, { neighbourhoodId: s.elsewhere.neighbourhood.id });
    await refusedAsNotFound(mutations.performAttendeeAction(other, s.occurrenceId, { intent: "resident", residentId: resident.id, ...noNeeds }));

    const occurrence = await prisma.occurrence.findUniqueOrThrow({ where: { id: s.occurrenceId }, select: { status: true, placesTaken: true, sequence: true, activity: { select: { title: true, cancelledAt: true } } } });
    expect(occurrence).toEqual({ status: "scheduled", placesTaken: 1, sequence: 0, activity: { title: "Soep in de wijk", cancelledAt: null } });
    expect(await prisma.signUp.findMany({ where: { occurrenceId: s.occurrenceId }, select: { name: true, checkedInAt: true } })).toEqual([{ name: "Gerda Buur", checkedInAt: null }]);
  });

  test("the neighbourhood's buurtwerker checks in, adds a walk-in and signs up a resident who lives there, not one from elsewhere", async () => {
    const s = await scene();
    await mutations.performAttendeeAction(s.staffHere, s.occurrenceId, { intent: "checkIn", signUpId: s.signUpId, present: "1" });
    expect((await prisma.signUp.findUniqueOrThrow({ where: { id: s.signUpId } })).checkedInAt).not.toBeNull();
    const walkIn = await mutations.performAttendeeAction(s.staffHere, s.occurrenceId, { intent: "walkIn", name: "Binnenloper", ...noNeeds });
    expect(await prisma.signUp.findUniqueOrThrow({ where: { id: walkIn.added ?? "" }, select: { walkIn: true, createdById: true } })).toEqual({ walkIn: true, createdById: s.staffHere.user.id });

    const neighbour = await createUser(prisma, { residence: { buildingId: s.here.building.id, unit: "3.01" } });
    const stranger = await createUser(prisma, { neighbourhoodId: s.elsewhere.neighbourhood.id });
    const done = await mutations.performAttendeeAction(s.staffHere, s.occurrenceId, { intent: "resident", residentId: neighbour.id, ...noNeeds });
    expect(await prisma.signUp.findUniqueOrThrow({ where: { id: done.added ?? "" }, select: { userId: true, createdById: true } })).toEqual({ userId: neighbour.id, createdById: s.staffHere.user.id });
    await refusedAsNotFound(mutations.performAttendeeAction(s.staffHere, s.occurrenceId, { intent: "resident", residentId: stranger.id, ...noNeeds }));
    expect(await prisma.signUp.count({ where: { occurrenceId: s.occurrenceId, userId: stranger.id } })).toBe(0);
  });

  test("the neighbourhood's buurtwerker edits, moves and cancels; moving an activity to another neighbourhood is refused", async () => {
    const s = await scene();
    const edited = await mutations.performEditAction(s.staffHere, s.occurrenceId, { intent: "save", ...activityInput(s.here.neighbourhood.id, { title: "Soep en brood", address: "Marktplein 1, 8000 Brugge", date: daysFromNow(6).date, startTime: "14:00", endTime: "16:00" }) });
    expect(edited).toEqual({ cancelled: false, notified: 0 });
    await expect(mutations.updateActivity(s.staffHere, s.activityId, activityInput(s.elsewhere.neighbourhood.id))).rejects.toMatchObject({ code: "activities:refused.notYourNeighbourhood" });
    expect(await prisma.activity.findUniqueOrThrow({ where: { id: s.activityId }, select: { title: true, neighbourhoodId: true } })).toEqual({ title: "Soep en brood", neighbourhoodId: s.here.neighbourhood.id });
    expect(await mutations.performDateAction(s.staffHere, s.occurrenceId, { intent: "cancel" })).toEqual({ cancelled: true, notified: false });
    expect(await mutations.performEditAction(s.admin, s.occurrenceId, { intent: "cancelActivity" })).toEqual({ cancelled: true, notified: 0 });
  });
});

describe("acting for a resident is on the record", () => {
  test("a sign-up and a cancellation made for a resident name the buurtwerker and are written down under the acting session", async () => {
    const s = await scene();
    const resident = await createUser(prisma, { neighbourhoodId: s.here.neighbourhood.id });
    const session = await prisma.actingSession.create({ data: { staffId: s.staffHere.user.id, residentId: resident.id }, select: { id: true } });
    const acting = actingActor(s.staffHere.user.id, resident.id, session.id);
    const person = { userId: resident.id, name: resident.displayName, email: resident.email, locale: "nl" };
    const prepared = await mutations.prepareSignUp(s.occurrenceId, person, noNeeds, { createdById: s.staffHere.user.id });
    const signedUp = await mutations.signUpOnce(acting, prepared, undefined);
    expect(await prisma.signUp.findUniqueOrThrow({ where: { id: signedUp.id }, select: { userId: true, createdById: true } })).toEqual({ userId: resident.id, createdById: s.staffHere.user.id });
    expect(await mutations.cancelOwnSignUp(acting, signedUp.id, undefined)).toMatchObject({ cancelled: true });
    const events = await prisma.actingEvent.findMany({ where: { actingSessionId: session.id }, orderBy: { createdAt: "asc" }, select: { action: true, subject: true } });
    expect(events).toEqual([
      { action: "activities.signUp", subject: "Soep in de wijk" },
      { action: "activities.cancel", subject: "Soep in de wijk" },
    ]);
  });

  test("a resident signing up themselves leaves no acting record", async () => {
    const s = await scene();
    const resident = await createUser(prisma, { neighbourhoodId: s.here.neighbourhood.id });
    const before = await prisma.actingEvent.count();
    const prepared = await mutations.prepareSignUp(s.occurrenceId, { userId: resident.id, name: resident.displayName, email: resident.email, locale: "nl" }, noNeeds);
    const signedUp = await mutations.signUpOnce(residentActor(resident.id), prepared, undefined);
    await mutations.cancelOwnSignUp(residentActor(resident.id), signedUp.id, undefined);
    expect(await prisma.actingEvent.count()).toBe(before);
  });

  test("one cannot cancel someone else's sign-up from the activity page", async () => {
    const s = await scene();
    expect(await mutations.cancelOwnSignUp(residentActor("iemand-anders"), s.signUpId, undefined)).toMatchObject({ cancelled: false });
    expect((await prisma.signUp.findUniqueOrThrow({ where: { id: s.signUpId } })).status).toBe("confirmed");
  });
});

describe("building-only dates", () => {
  test("the lists show them to the building's residents, the neighbourhood's staff and the admin, as can() says", async () => {
    const s = await scene();
    const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: s.here.neighbourhood.id });
    const activity = await createActivity(prisma, {
      title: "Kennismaking in het blok",
      neighbourhoodId: s.here.neighbourhood.id,
      createdById: worker.id,
      audience: "building",
      audienceBuildingId: s.here.building.id,
      date: daysFromNow(4).date,
    });
    const id = activity.occurrences[0]?.id ?? "";
    const inside = await createUser(prisma, { residence: { buildingId: s.here.building.id, unit: "1.02" } });
    const outside = await createUser(prisma, { neighbourhoodId: s.here.neighbourhood.id });
    const people = {
      inside: { actor: residentActor(inside.id), residentHere: true, sees: true },
      outside: { actor: residentActor(outside.id), residentHere: false, sees: false },
      staffHere: { actor: s.staffHere, residentHere: false, sees: true },
      staffElsewhere: { actor: s.staffElsewhere, residentHere: false, sees: false },
      admin: { actor: s.admin, residentHere: false, sees: true },
      actingForInside: { actor: actingActor(s.staffHere.user.id, inside.id, "sessie"), residentHere: true, sees: true },
      actingForOutside: { actor: actingActor(s.staffHere.user.id, outside.id, "sessie"), residentHere: false, sees: false },
    };
    for (const [who, { actor, residentHere, sees }] of Object.entries(people)) {
      expect(can(actor, "seeBuildingDate", { neighbourhoodId: s.here.neighbourhood.id, residentHere }), who).toBe(sees);
      expect(Boolean(await queries.getOccurrence(id, actor)), `${who}: page`).toBe(sees);
      expect(Boolean(await queries.getOccurrenceForCalendar(id, actor)), `${who}: .ics`).toBe(sees);
      const list = await queries.listOccurrences({ neighbourhoodSlug: s.here.neighbourhood.slug }, actor);
      expect(list.items.some((item) => item.id === id), `${who}: list`).toBe(sees);
    }
    expect(await queries.getOccurrence(id, null)).toBeNull();
  });
});
