// Issue 16, point 7: a resident who made their own account says where they live. The neighbourhood counts at once (the
// weekly digest finds them); a building opens what is only for its residents once the staff of its neighbourhood
// confirmed it, never on the resident's word alone.
import { describe, expect, test } from "vitest";

process.env.SMTP_URL = "smtp://127.0.0.1:9";
const { prisma, prepareDatabase } = await import("~/utils/db.server");
const { chooseHome, decideHome } = await import("~/features/homes/mutations.server");
const { getHome, listHomesToConfirm } = await import("~/features/homes/queries.server");
const { listOccurrences } = await import("~/features/activities/queries.server");
const { sendDigests } = await import("~/features/activities/jobs.server");
const { updatePreferences } = await import("~/features/activities/settings.server");
const { createPlace, createUser } = await import("#tests/fixtures/factories");
const { createActivity, daysFromNow } = await import("#tests/fixtures/activities");
const { actingActor, residentActor, staffActor } = await import("#tests/fixtures/actors");

await prepareDatabase(prisma);

async function newResident() {
  // As after signing in with a new email address: a resident with no neighbourhood and no building.
  const user = await createUser(prisma, { neighbourhoodId: null });
  return { user, actor: residentActor(user.id, { email: user.email }) };
}

describe("saying where you live", () => {
  test("the neighbourhood counts at once: the weekly digest now reaches a resident who made their own account", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const staff = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const { user, actor } = await newResident();
    await updatePreferences(actor, { confirmations: true, reminders: true, changes: true, digest: true });
    await createActivity(prisma, { title: "Soepavond voor de digest", neighbourhoodId: neighbourhood.id, createdById: staff.id, date: daysFromNow(4).date });
    await sendDigests();
    expect(await prisma.outboxMessage.count({ where: { kind: "activity-digest", to: user.email ?? "" } })).toBe(0);

    await chooseHome(actor, { neighbourhoodId: neighbourhood.id });
    await prisma.activitySettings.update({ where: { userId: user.id }, data: { digestSentAt: null } });
    await sendDigests();
    const digest = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "activity-digest", to: user.email ?? "" }, select: { text: true } });
    expect(digest.text).toContain("Soepavond voor de digest");
  });

  test("a building waits for the staff of its neighbourhood; only their yes opens its building-only dates", async () => {
    const { neighbourhood, building } = await createPlace(prisma);
    const elsewhere = await createPlace(prisma);
    const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const here = staffActor(worker.id, [neighbourhood.id]);
    const other = staffActor((await createUser(prisma, { roles: ["buurtwerker"] })).id, [elsewhere.neighbourhood.id]);
    const inside = await createActivity(prisma, { title: "Kennismaking blok", neighbourhoodId: neighbourhood.id, createdById: worker.id, audience: "building", audienceBuildingId: building.id, date: daysFromNow(6).date });
    const { user, actor } = await newResident();
    const sees = async () => (await listOccurrences({}, actor)).items.some((item) => item.id === inside.occurrences[0]?.id);

    // A building that is not in the chosen neighbourhood is refused on its field.
    await expect(chooseHome(actor, { neighbourhoodId: elsewhere.neighbourhood.id, buildingId: building.id, unit: "1.04" })).rejects.toMatchObject({
      code: "common:residence.buildingElsewhere",
      field: "buildingId",
    });
    await chooseHome(actor, { neighbourhoodId: neighbourhood.id, buildingId: building.id, unit: "1.04" });
    expect(await getHome(user.id)).toMatchObject({ neighbourhood: { id: neighbourhood.id }, buildings: [], request: { status: "pending", unit: "1.04" } });
    expect(await prisma.residence.count({ where: { userId: user.id } })).toBe(0);
    expect(await sees()).toBe(false);

    // The desk of another neighbourhood does not see it and cannot decide it.
    const waiting = await listHomesToConfirm(here);
    const request = waiting.find((r) => r.user.displayName === user.displayName);
    expect(request).toMatchObject({ unit: "1.04", building: { name: building.name } });
    expect((await listHomesToConfirm(other)).some((r) => r.id === request?.id)).toBe(false);
    await expect(decideHome(other, request?.id ?? "", "confirm")).rejects.toMatchObject({ status: 404 });

    await decideHome(here, request?.id ?? "", "confirm");
    expect(await getHome(user.id)).toMatchObject({ buildings: [{ unit: "1.04", building: { id: building.id } }], request: null });
    expect(await sees()).toBe(true);
  });

  test("a refused building stays visible to the person; a buurtwerker acting for them is on the record", async () => {
    const { neighbourhood, building } = await createPlace(prisma);
    const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const { user } = await newResident();
    const session = await prisma.actingSession.create({ data: { staffId: worker.id, residentId: user.id } });
    await chooseHome(actingActor(worker.id, user.id, session.id), { neighbourhoodId: neighbourhood.id, buildingId: building.id, unit: "0.01" });
    const events = await prisma.actingEvent.findMany({ where: { actingSessionId: session.id }, select: { action: true, subject: true } });
    expect(events).toEqual([{ action: "home.choose", subject: `${building.name}, ${neighbourhood.name}` }]);

    const request = await prisma.residenceRequest.findUniqueOrThrow({ where: { userId: user.id }, select: { id: true } });
    await decideHome(staffActor(worker.id, [neighbourhood.id]), request.id, "refuse");
    expect(await getHome(user.id)).toMatchObject({ buildings: [], request: { status: "refused" } });
    // Asked again, it waits again.
    await chooseHome(residentActor(user.id), { neighbourhoodId: neighbourhood.id, buildingId: building.id, unit: "0.02" });
    expect(await getHome(user.id)).toMatchObject({ request: { status: "pending", unit: "0.02" } });
  });

  test("staff working as themselves do not say where they live here", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const worker = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    await expect(chooseHome(staffActor(worker.id, [neighbourhood.id]), { neighbourhoodId: neighbourhood.id })).rejects.toMatchObject({ status: 403 });
  });
});
