// Outreach on a real database: knocks sent twice arrive once, follow-ups need consent, one intake routes where it
// should, and referrals come back with their outcome by themselves. Scoping: another neighbourhood's buurtwerker
// finds nothing (404), a resident or volunteer may not work here at all (403).
import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";
import { residentActor, staffActor } from "#tests/fixtures/actors";
import { createBuilding, createNeighbourhood, createUser } from "#tests/fixtures/factories";
import { createVolunteerProfile } from "#tests/fixtures/help";
import { createHousehold, createPartner } from "#tests/fixtures/outreach";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma } = await import("~/utils/db.server");
const outreach = await import("~/features/outreach/mutations.server");
const outreachQueries = await import("~/features/outreach/queries.server");
const help = await import("~/features/help/mutations.server");

afterAll(() => smtp.close());

async function refused(promise: Promise<unknown>, status: 403 | 404 | 409 | 400) {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  const got =
    error instanceof Response
      ? error.status
      : error && typeof error === "object" && "status" in error
        ? error.status
        : error;
  expect(got).toBe(status);
}

let n = 0;
async function world() {
  n += 1;
  const slug = `outreach-${Date.now().toString(36)}-${n}`;
  const hood = await createNeighbourhood(prisma, { slug, name: `Wijk ${slug}` });
  const other = await createNeighbourhood(prisma, { slug: `${slug}-ander`, name: `Ander ${slug}` });
  const building = await createBuilding(prisma, {
    slug: `${slug}-blok`,
    name: `Blok ${slug}`,
    address: "Lindestraat 1",
    neighbourhoodId: hood.id,
  });
  const staff = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: hood.id });
  const elsewhere = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: other.id });
  const resident = await createUser(prisma, {
    neighbourhoodId: hood.id,
    residence: { buildingId: building.id, unit: "2.01" },
  });
  return {
    hood,
    building,
    staff,
    resident,
    worker: staffActor(staff.id, [hood.id]),
    elsewhere: staffActor(elsewhere.id, [other.id]),
    residentActor: residentActor(resident.id),
  };
}

describe("door knocks", () => {
  test("a knock sent twice from the offline queue is saved once", async () => {
    const w = await world();
    const household = await createHousehold(prisma, {
      neighbourhoodId: w.hood.id,
      street: "Lindestraat",
      number: "3",
    });
    const knock = {
      intent: "knock" as const,
      householdId: household.id,
      outcome: "not_home" as const,
      signals: [],
    };
    await outreach.performHouseholdAction(w.worker, household.id, knock, { idempotencyKey: "knock-key-1" });
    await outreach.performHouseholdAction(w.worker, household.id, knock, { idempotencyKey: "knock-key-1" });
    expect(await prisma.doorKnock.count({ where: { householdId: household.id } })).toBe(1);
    await refused(
      outreach.performHouseholdAction(w.elsewhere, household.id, knock, { idempotencyKey: "knock-key-2" }),
      404,
    );
    await refused(outreach.performHouseholdAction(w.residentActor, household.id, knock), 403);
    expect(await prisma.doorKnock.count({ where: { householdId: household.id } })).toBe(1);
  });
});

describe("follow-up", () => {
  test("only once the household agreed; notes are a logged view for staff of the neighbourhood only", async () => {
    const w = await world();
    const household = await createHousehold(prisma, {
      neighbourhoodId: w.hood.id,
      street: "Lindestraat",
      number: "5",
    });
    const start = {
      intent: "startFollowUp" as const,
      wishes: ["language" as const],
      nextStep: "Taalcafé dinsdag",
    };
    await refused(outreach.performHouseholdAction(w.worker, household.id, start), 409);
    await outreach.performHouseholdAction(w.worker, household.id, {
      intent: "consent",
      languages: ["ar"],
      consent: ["followUp"],
      consentMethod: "verbal",
    });
    await outreach.performHouseholdAction(w.worker, household.id, start);
    const followUp = await prisma.followUp.findFirstOrThrow({
      where: { householdId: household.id },
      select: { id: true },
    });
    await outreach.performFollowUpAction(
      w.worker,
      followUp.id,
      { intent: "note", body: "Wil Nederlands leren.", signals: ["damp"] },
      { idempotencyKey: "note-1" },
    );
    await outreach.performFollowUpAction(
      w.worker,
      followUp.id,
      { intent: "note", body: "Wil Nederlands leren.", signals: ["damp"] },
      { idempotencyKey: "note-1" },
    );
    expect(await prisma.followUpNote.count({ where: { followUpId: followUp.id } })).toBe(1);
    expect(await outreachQueries.getFollowUp(w.elsewhere, followUp.id)).toBeNull();
    const seen = await outreachQueries.getFollowUp(w.worker, followUp.id);
    expect(seen?.notes.map((note) => note.body)).toEqual(["Wil Nederlands leren."]);
    expect(
      await prisma.householdView.findMany({
        where: { householdId: household.id },
        select: { what: true, viewerId: true },
      }),
    ).toEqual([{ what: "notes", viewerId: w.staff.id }]);
    const mine = await outreachQueries.listMyFollowUps(w.worker);
    expect(mine.map((f) => f.id)).toEqual([followUp.id]);

    // Handed over to a colleague of this neighbourhood: on their list now, off Sofie's; not to someone elsewhere.
    const colleague = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: w.hood.id });
    const update = {
      intent: "update" as const,
      wishes: ["language" as const],
      nextStep: "Taalcafé dinsdag",
      status: "active" as const,
    };
    await refused(
      outreach.performFollowUpAction(w.worker, followUp.id, { ...update, ownerId: w.elsewhere.signedIn.id }),
      400,
    );
    await outreach.performFollowUpAction(w.worker, followUp.id, { ...update, ownerId: colleague.id });
    expect(await outreachQueries.listMyFollowUps(w.worker)).toEqual([]);
    expect(
      (await outreachQueries.listMyFollowUps(staffActor(colleague.id, [w.hood.id]))).map((f) => f.id),
    ).toEqual([followUp.id]);
  });
});

describe("one intake at the desk", () => {
  const base = { languages: [], consent: [], question: "Een vraag in hun eigen woorden, één keer verteld." };

  test("a new household at an address, the person, the question, and a follow-up with the story as its first note", async () => {
    const w = await world();
    const { householdId } = await outreach.takeIntake(w.worker, {
      ...base,
      neighbourhoodId: w.hood.id,
      street: "Lindestraat",
      number: "9",
      memberName: "Amina",
      consent: ["followUp"],
      consentMethod: "paper",
      route: "followUp",
    });
    const household = await prisma.household.findUniqueOrThrow({
      where: { id: householdId },
      select: {
        consent: true,
        members: { select: { name: true } },
        intakes: { select: { route: true, followUpId: true, memberId: true } },
        followUps: { select: { id: true, notes: { select: { body: true } } } },
      },
    });
    expect(household.consent).toBe("followUp");
    expect(household.members).toEqual([{ name: "Amina" }]);
    expect(household.intakes).toEqual([
      { route: "followUp", followUpId: household.followUps[0]?.id, memberId: expect.any(String) },
    ]);
    expect(household.followUps[0]?.notes).toEqual([{ body: base.question }]);
  });

  test("a buddy: a help request for the resident, referred; the match brings the referral back as matched", async () => {
    const w = await world();
    const { householdId } = await outreach.takeIntake(w.worker, {
      ...base,
      neighbourhoodId: w.hood.id,
      buildingId: w.building.id,
      unit: "2.01",
      residentId: w.resident.id,
      route: "buddy",
      helpKind: "walks",
    });
    const intake = await prisma.intake.findFirstOrThrow({
      where: { householdId },
      select: { helpRequestId: true, referralId: true, member: { select: { userId: true } } },
    });
    expect(intake.member?.userId).toBe(w.resident.id);
    const referral = await prisma.referral.findUniqueOrThrow({
      where: { id: intake.referralId ?? "" },
      select: { kind: true, status: true, helpRequestId: true },
    });
    expect(referral).toEqual({ kind: "buddy", status: "open", helpRequestId: intake.helpRequestId });

    const volunteer = await createUser(prisma, { roles: ["volunteer"], neighbourhoodId: w.hood.id });
    await createVolunteerProfile(prisma, {
      userId: volunteer.id,
      neighbourhoods: [w.hood.id],
      approvedById: w.staff.id,
    });
    await help.offerRequest(w.worker, intake.helpRequestId ?? "", [volunteer.id]);
    expect(
      await help.acceptOffer(
        residentActor(volunteer.id, { roles: ["resident", "volunteer"] }),
        intake.helpRequestId ?? "",
      ),
    ).toEqual({ ok: true });
    expect(
      (
        await prisma.referral.findUniqueOrThrow({
          where: { id: intake.referralId ?? "" },
          select: { status: true },
        })
      ).status,
    ).toBe("matched");
  });

  test("a buddy needs an account; a partner needs their agreement and a partner of this neighbourhood; nothing is half-saved", async () => {
    const w = await world();
    const partner = await createPartner(prisma, { neighbourhoodId: w.hood.id, name: "CAW", kind: "caw" });
    const address = {
      neighbourhoodId: w.hood.id,
      street: "Lindestraat",
      number: "11",
      memberName: "Zonder Account",
    };
    await refused(
      outreach.takeIntake(w.worker, { ...base, ...address, route: "buddy", helpKind: "company" }),
      400,
    );
    await refused(
      outreach.takeIntake(w.worker, { ...base, ...address, route: "partner", partnerId: partner.id }),
      400,
    );
    expect(await prisma.household.count({ where: { neighbourhoodId: w.hood.id } })).toBe(0);
    await outreach.takeIntake(w.worker, {
      ...base,
      ...address,
      consent: ["partners"],
      consentMethod: "verbal",
      route: "partner",
      partnerId: partner.id,
    });
    expect(
      await prisma.referral.findMany({
        where: { household: { neighbourhoodId: w.hood.id } },
        select: { kind: true, partnerId: true, status: true },
      }),
    ).toEqual([{ kind: "partner", partnerId: partner.id, status: "open" }]);
    // Another neighbourhood's buurtwerker cannot take an intake for this household.
    const household = await prisma.household.findFirstOrThrow({
      where: { neighbourhoodId: w.hood.id },
      select: { id: true },
    });
    await refused(
      outreach.takeIntake(w.elsewhere, { ...base, householdId: household.id, route: "papers" }),
      404,
    );
    await refused(
      outreach.takeIntake(w.residentActor, { ...base, householdId: household.id, route: "papers" }),
      403,
    );
  });
});

describe("referrals close the loop", () => {
  test("an invitation to an activity comes back 'came' at check-in, first time; unchecking opens it again; a partner outcome by hand once", async () => {
    const w = await world();
    const { createActivity, daysFromNow } = await import("#tests/fixtures/activities");
    const activities = await import("~/features/activities/mutations.server");
    const household = await createHousehold(prisma, {
      neighbourhoodId: w.hood.id,
      street: "Lindestraat",
      number: "13",
      consent: ["partners"],
      members: [{ userId: w.resident.id }],
    });
    const memberId = household.members[0]?.id ?? "";
    const activity = await createActivity(prisma, {
      neighbourhoodId: w.hood.id,
      createdById: w.staff.id,
      date: daysFromNow(3).date,
    });
    const occurrenceId = activity.occurrences[0]?.id ?? "";
    await outreach.performHouseholdAction(w.worker, household.id, {
      intent: "refer",
      memberId,
      kind: "activity",
      occurrenceId,
      how: "invitation",
    });
    await refused(
      outreach.performHouseholdAction(w.elsewhere, household.id, {
        intent: "refer",
        memberId,
        kind: "activity",
        occurrenceId,
        how: "invitation",
      }),
      404,
    );
    const referral = await prisma.referral.findFirstOrThrow({
      where: { householdId: household.id },
      select: { id: true, status: true, signUpId: true },
    });
    expect(referral).toMatchObject({ status: "open", signUpId: null });

    // The resident signs up themselves and comes.
    const { id: signUpId } = await activities.signUp(
      occurrenceId,
      { userId: w.resident.id, name: "Bewoner", locale: "nl" },
      { guests: 0, children: 0, interpreter: false, childcare: false, wheelchair: false, lift: false },
    );
    await activities.setCheckedIn(w.worker, occurrenceId, signUpId, true);
    expect(
      await prisma.referral.findUniqueOrThrow({
        where: { id: referral.id },
        select: { status: true, firstVisit: true, signUpId: true },
      }),
    ).toEqual({ status: "came", firstVisit: true, signUpId });
    await activities.setCheckedIn(w.worker, occurrenceId, signUpId, false);
    expect(
      (await prisma.referral.findUniqueOrThrow({ where: { id: referral.id }, select: { status: true } }))
        .status,
    ).toBe("open");

    const partner = await createPartner(prisma, { neighbourhoodId: w.hood.id, name: "OCMW", kind: "ocmw" });
    await outreach.performHouseholdAction(w.worker, household.id, {
      intent: "refer",
      memberId,
      kind: "partner",
      how: "invitation",
      partnerId: partner.id,
    });
    const toPartner = await prisma.referral.findFirstOrThrow({
      where: { partnerId: partner.id },
      select: { id: true },
    });
    await outreach.performHouseholdAction(w.worker, household.id, {
      intent: "referralOutcome",
      referralId: toPartner.id,
      status: "helped",
      outcomeNote: "Premie aangevraagd",
    });
    await refused(
      outreach.performHouseholdAction(w.worker, household.id, {
        intent: "referralOutcome",
        referralId: toPartner.id,
        status: "not_taken",
      }),
      409,
    );
    // "came" is never set by hand.
    await refused(
      outreach.performHouseholdAction(w.worker, household.id, {
        intent: "referralOutcome",
        referralId: referral.id,
        status: "helped",
      }),
      409,
    );
  });
});

describe("reach and signals", () => {
  test("figures from a fixed fixture: week by week, every number under 5 hidden, no person in the answer; other neighbourhoods not found", async () => {
    const w = await world();
    const { createFollowUp, createKnock, createReferral, createSignal } =
      await import("#tests/fixtures/outreach");
    const now = new Date("2026-11-26T12:00:00Z"); // a Thursday; its week starts Monday 23 November
    const lastWeek = new Date("2026-11-17T10:00:00Z");
    const thisWeek = new Date("2026-11-24T10:00:00Z");
    const households = [];
    for (let i = 1; i <= 7; i += 1)
      households.push(
        await createHousehold(prisma, {
          neighbourhoodId: w.hood.id,
          street: "Lindestraat",
          number: String(i),
        }),
      );
    // Last week: 7 doors, 6 opened (one knocked twice); this week: 3 doors, all talked.
    for (const [i, h] of households.entries())
      await createKnock(prisma, {
        householdId: h.id,
        outcome: i === 0 ? "not_home" : "talked",
        knockedAt: lastWeek,
      });
    await createKnock(prisma, {
      householdId: households[1]?.id ?? "",
      outcome: "talked",
      knockedAt: new Date("2026-11-18T10:00:00Z"),
    });
    for (const h of households.slice(0, 3))
      await createKnock(prisma, {
        householdId: h.id,
        outcome: "talked",
        knockedAt: thisWeek,
        signals: ["damp"],
      });
    // Five follow-ups: 10, 20, 30, 40 days long (ended) and one running since 50 days.
    for (const [i, days] of [10, 20, 30, 40].entries())
      await createFollowUp(prisma, {
        householdId: households[i]?.id ?? "",
        startedAt: new Date(now.getTime() - 60 * 86_400_000),
        endedAt: new Date(now.getTime() - (60 - days) * 86_400_000),
      });
    await createFollowUp(prisma, {
      householdId: households[4]?.id ?? "",
      startedAt: new Date(now.getTime() - 50 * 86_400_000),
    });
    for (let i = 0; i < 5; i += 1)
      await createReferral(prisma, {
        householdId: households[i]?.id ?? "",
        kind: "activity",
        status: "came",
        firstVisit: true,
        createdAt: lastWeek,
      });
    await createReferral(prisma, {
      householdId: households[5]?.id ?? "",
      kind: "partner",
      status: "helped",
      createdAt: lastWeek,
    });

    const reach = await outreachQueries.getReach(w.worker, w.hood.id, now);
    expect(reach?.weeks.slice(-2)).toEqual([
      { week: "2026-11-16", contacted: 7, talked: 6, inFollowUp: "few" },
      { week: "2026-11-23", contacted: "few", talked: "few", inFollowUp: "few" },
    ]);
    // Over the quarter the first door opened too (this week).
    expect(reach?.summary).toEqual({
      contacted: 7,
      talked: 7,
      inFollowUpNow: "few",
      referrals: { open: "few", came: 5, matched: "few", helped: "few", not_taken: "few" },
      firstTimeVisitors: 5,
      averageFollowUpDays: 30,
    });
    expect(JSON.stringify(reach)).not.toMatch(/Lindestraat|householdId/);
    expect(await outreachQueries.getReach(w.elsewhere, w.hood.id, now)).toBeNull();

    await createSignal(prisma, {
      kind: "lift",
      neighbourhoodId: w.hood.id,
      buildingId: w.building.id,
      createdAt: thisWeek,
    });
    const signals = await outreachQueries.getSignals(w.worker, w.hood.id, now);
    expect(
      signals?.rows.map((r) => ({
        place: r.place,
        kind: r.kind,
        total: r.total,
        november: r.byMonth["2026-11"],
      })),
    ).toEqual([
      { place: "Lindestraat", kind: "damp", total: 3, november: 3 },
      { place: w.building.name, kind: "lift", total: 1, november: 1 },
    ]);
    expect(await outreachQueries.getSignals(w.elsewhere, w.hood.id, now)).toBeNull();
  });
});
