// Writes for outreach. Every change takes the Actor, loads its subject the way the queries scope it (404 when it is
// in another neighbourhood), asks permissions.ts again (403), and runs in one transaction. A knock may come twice
// from a phone's offline queue: it runs through runOnce with the form's key, in that transaction.
import type { Prisma } from "@prisma/client";
import { livesIn } from "~/features/accounts/queries.server";
import { signUp } from "~/features/activities/mutations.server";
import { createHelpRequestIn } from "~/features/help/mutations.server";
import { helpLanguages, type HelpKind } from "~/features/help/vocabulary";
import { can } from "~/features/outreach/permissions";
import { colleaguesIn, findHouseholdSubject, inMyNeighbourhoods } from "~/features/outreach/queries.server";
import { knockMoment, numbersBetween } from "~/features/outreach/rules";
import type {
  FollowUpAction,
  HouseholdAction,
  IntakeInput,
  NewHouseholdInput,
  PartnerInput,
  PlanRoundInput,
  RoundAction,
} from "~/features/outreach/schema";
import {
  joinList,
  manualOutcomes,
  splitList,
  type KnockOutcome,
  type ReferralKind,
  type SignalKind,
  type Wish,
} from "~/features/outreach/vocabulary";
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { AppError, forbidden, notFound } from "~/utils/app-error";
import { prisma } from "~/utils/db.server";
import { runOnce } from "~/utils/idempotency.server";

type Tx = Prisma.TransactionClient;

const dateOnly = (value: string) => new Date(`${value}T12:00:00Z`);

type HouseholdRule = "knock" | "followUp" | "refer" | "recordOutcome";

/** The household, if it is in this buurtwerker's neighbourhoods (else 404) and they may do `action` there (else 403). */
async function householdFor(tx: Tx, actor: Actor, householdId: string, action: HouseholdRule) {
  const household = await findHouseholdSubject(tx, actor, householdId);
  if (!household) throw notFound();
  if (!can(actor, action, household)) throw forbidden();
  return tx.household.findUniqueOrThrow({
    where: { id: household.id },
    select: { id: true, neighbourhoodId: true, buildingId: true, street: true, movedAt: true },
  });
}

function requireWork(actor: Actor) {
  if (!can(actor, "work")) throw forbidden();
}

/** A neighbourhood the form named, if the buurtwerker works there: the form offers only those. */
function requireWorkIn(actor: Actor, neighbourhoodId: string) {
  if (!can(actor, "workIn", { neighbourhoodId }))
    throw new AppError("outreach:errors.notYourNeighbourhood", { status: 403, field: "neighbourhoodId" });
}

/** Street names as people type them: "  lindestraat " and "Lindestraat" are one street. */
function tidyStreet(street: string) {
  const trimmed = street.trim().replace(/\s+/g, " ");
  return trimmed.charAt(0).toLocaleUpperCase("nl") + trimmed.slice(1);
}

/** The households at these numbers of a street, made where there were none yet. */
async function householdsAt(
  tx: Tx,
  actor: Actor,
  neighbourhoodId: string,
  street: string,
  numbers: string[],
) {
  const wanted = tidyStreet(street);
  const known = await tx.household.findMany({
    where: { neighbourhoodId, buildingId: null, street: { not: "" } },
    select: { id: true, street: true, number: true },
  });
  // One spelling per street: the one already in use wins.
  const sameStreet = known.filter((h) => h.street.toLocaleLowerCase("nl") === wanted.toLocaleLowerCase("nl"));
  const spelling = sameStreet[0]?.street ?? wanted;
  const ids: string[] = [];
  let created = 0;
  for (const number of numbers) {
    const found = sameStreet.find((h) => h.number.toLowerCase() === number.toLowerCase());
    if (found) {
      ids.push(found.id);
      continue;
    }
    const household = await tx.household.create({
      data: { neighbourhoodId, street: spelling, number, createdById: actor.signedIn.id },
      select: { id: true },
    });
    ids.push(household.id);
    created += 1;
  }
  return { ids, created };
}

/** The households of a building's flats: the flats people live in now, and those we already knew. */
async function householdsInBuilding(tx: Tx, actor: Actor, neighbourhoodId: string, buildingId: string) {
  const building = await tx.building.findFirst({
    where: { id: buildingId, neighbourhoodId },
    select: { id: true },
  });
  if (!building) throw new AppError("outreach:errors.buildingRequired", { field: "buildingId" });
  const [residences, known] = await Promise.all([
    tx.residence.findMany({
      where: { buildingId, movedOutAt: null, unit: { not: "" } },
      distinct: ["unit"],
      select: { unit: true },
    }),
    tx.household.findMany({ where: { buildingId }, select: { id: true, unit: true } }),
  ]);
  const ids = known.map((h) => h.id);
  for (const { unit } of residences) {
    if (known.some((h) => h.unit === unit)) continue;
    const created = await tx.household.create({
      data: { neighbourhoodId, buildingId, unit, createdById: actor.signedIn.id },
      select: { id: true },
    });
    ids.push(created.id);
  }
  if (ids.length === 0) throw new AppError("outreach:errors.noUnits", { field: "buildingId" });
  return ids;
}

/** A buurtwerker plans a round over a street (its house numbers) or a building (its flats). */
export async function planRound(actor: Actor, input: PlanRoundInput) {
  requireWork(actor);
  requireWorkIn(actor, input.neighbourhoodId);
  return prisma.$transaction(async (tx) => {
    const householdIds =
      input.kind === "building"
        ? await householdsInBuilding(tx, actor, input.neighbourhoodId, input.buildingId ?? "")
        : (
            await householdsAt(
              tx,
              actor,
              input.neighbourhoodId,
              input.street ?? "",
              numbersBetween(input.from ?? 1, input.to ?? 1, input.side),
            )
          ).ids;
    return tx.outreachRound.create({
      data: {
        neighbourhoodId: input.neighbourhoodId,
        title: input.title,
        plannedOn: dateOnly(input.plannedOn),
        createdById: actor.signedIn.id,
        stops: { create: [...new Set(householdIds)].map((householdId) => ({ householdId })) },
      },
      select: { id: true },
    });
  });
}

/** The round, if it is in this buurtwerker's neighbourhoods. */
async function roundFor(tx: Tx, actor: Actor, roundId: string) {
  const round = await tx.outreachRound.findFirst({
    where: { id: roundId, ...inMyNeighbourhoods(actor) },
    select: { id: true, neighbourhoodId: true },
  });
  if (!round) throw notFound();
  if (!can(actor, "workIn", round)) throw forbidden();
  return round;
}

/** An address the round lacked (a house behind another, a new number). */
export async function addAddressToRound(actor: Actor, roundId: string, street: string, number: string) {
  requireWork(actor);
  await prisma.$transaction(async (tx) => {
    const round = await roundFor(tx, actor, roundId);
    const [householdId] = (await householdsAt(tx, actor, round.neighbourhoodId, street, [number.trim()])).ids;
    if (!householdId) throw notFound();
    await tx.roundStop.upsert({
      where: { roundId_householdId: { roundId, householdId } },
      create: { roundId, householdId },
      update: {},
    });
  });
}

type KnockInput = {
  householdId: string;
  outcome: KnockOutcome;
  note?: string;
  comeBackOn?: string;
  signals: SignalKind[];
  at?: string;
};

/**
 * One knock, in the caller's transaction (runOnce's, so a knock sent twice from the offline queue is saved once).
 * "moved" marks the household as gone; talking with someone there later means new people live there.
 */
export async function logKnockIn(
  tx: Tx,
  actor: Actor,
  input: KnockInput & { roundId?: string },
  now = new Date(),
) {
  const household = await householdFor(tx, actor, input.householdId, "knock");
  if (input.roundId) {
    await roundFor(tx, actor, input.roundId);
    const stop = await tx.roundStop.findUnique({
      where: { roundId_householdId: { roundId: input.roundId, householdId: household.id } },
      select: { roundId: true },
    });
    if (!stop) throw notFound();
  }
  const knockedAt = knockMoment(input.at, now);
  const knock = await tx.doorKnock.create({
    data: {
      householdId: household.id,
      roundId: input.roundId ?? null,
      knockedById: actor.signedIn.id,
      outcome: input.outcome,
      note: input.note ?? "",
      comeBackOn: input.outcome === "come_back" && input.comeBackOn ? dateOnly(input.comeBackOn) : null,
      knockedAt,
    },
    select: { id: true },
  });
  if (input.outcome === "moved")
    await tx.household.update({ where: { id: household.id }, data: { movedAt: knockedAt } });
  if (input.outcome === "talked" && household.movedAt && household.movedAt < knockedAt) {
    await tx.household.update({ where: { id: household.id }, data: { movedAt: null } });
  }
  await tagSignals(tx, actor, household, input.signals, { knockId: knock.id, createdAt: knockedAt });
  return { knockId: knock.id };
}

/** Shared problems seen at this household, counted where it is: its building, or its street. */
async function tagSignals(
  tx: Tx,
  actor: Actor,
  household: { id: string; neighbourhoodId: string; buildingId: string | null; street: string },
  kinds: readonly SignalKind[],
  about: { knockId?: string; followUpId?: string; createdAt?: Date },
) {
  for (const kind of new Set(kinds)) {
    await tx.signal.create({
      data: {
        neighbourhoodId: household.neighbourhoodId,
        buildingId: household.buildingId,
        street: household.buildingId ? "" : household.street,
        kind,
        householdId: household.id,
        knockId: about.knockId ?? null,
        followUpId: about.followUpId ?? null,
        createdById: actor.signedIn.id,
        ...(about.createdAt ? { createdAt: about.createdAt } : {}),
      },
    });
  }
}

/** The forms of a round's page. `idempotencyKey`: a knock logged offline may be sent twice and is saved once. */
export async function performRoundAction(
  actor: Actor,
  roundId: string,
  action: RoundAction,
  { idempotencyKey }: { idempotencyKey?: string } = {},
) {
  requireWork(actor);
  switch (action.intent) {
    case "knock": {
      const { outcome } = await runOnce(idempotencyKey, actor.signedIn.id, (tx) =>
        logKnockIn(tx, actor, { ...action, roundId }),
      );
      return { done: "knocked" as const, householdId: action.householdId, knockId: outcome.knockId };
    }
    case "addAddress":
      await addAddressToRound(actor, roundId, action.street, action.number);
      return { done: "added" as const, householdId: null, knockId: null };
  }
}

/** A household at an address (and the first person in it, if they gave a name). An address we knew already opens as it is. */
export async function createHousehold(actor: Actor, input: NewHouseholdInput) {
  requireWork(actor);
  requireWorkIn(actor, input.neighbourhoodId);
  return prisma.$transaction((tx) => createHouseholdIn(tx, actor, input));
}

/** The same, in the caller's transaction (an intake at the desk registers the household too). */
async function createHouseholdIn(tx: Tx, actor: Actor, input: NewHouseholdInput) {
  requireWorkIn(actor, input.neighbourhoodId);
  let householdId: string;
  let existed = false;
  if (input.buildingId) {
    const building = await tx.building.findFirst({
      where: { id: input.buildingId, neighbourhoodId: input.neighbourhoodId },
      select: { id: true },
    });
    if (!building) throw new AppError("outreach:errors.buildingRequired", { field: "buildingId" });
    const unit = (input.unit ?? "").trim();
    const known = await tx.household.findFirst({
      where: { buildingId: building.id, unit },
      select: { id: true },
    });
    existed = known !== null;
    householdId =
      known?.id ??
      (
        await tx.household.create({
          data: {
            neighbourhoodId: input.neighbourhoodId,
            buildingId: building.id,
            unit,
            createdById: actor.signedIn.id,
          },
          select: { id: true },
        })
      ).id;
  } else {
    const { ids, created } = await householdsAt(tx, actor, input.neighbourhoodId, input.street ?? "", [
      (input.number ?? "").trim(),
    ]);
    if (!ids[0]) throw notFound();
    existed = created === 0;
    householdId = ids[0];
  }
  if (input.languages.length) {
    await tx.household.update({
      where: { id: householdId },
      data: { languages: joinList(input.languages) },
    });
  }
  const member = input.memberName
    ? await tx.householdMember.create({
        data: { householdId, name: input.memberName, phone: input.memberPhone ?? null },
        select: { id: true },
      })
    : null;
  return { id: householdId, existed, memberId: member?.id ?? null };
}

type FollowUpInput = { wishes: Wish[]; nextStep: string; nextStepDue?: string };

/**
 * A buurtwerker starts following a household up: only once it agreed that we keep notes and follow up (recorded
 * consent), and one follow-up at a time. In the caller's transaction (the intake's, or runOnce's).
 */
export async function startFollowUpIn(
  tx: Tx,
  actor: Actor,
  householdId: string,
  input: FollowUpInput,
  now = new Date(),
) {
  const household = await householdFor(tx, actor, householdId, "followUp");
  const { consent } = await tx.household.findUniqueOrThrow({
    where: { id: household.id },
    select: { consent: true },
  });
  if (!splitList(consent).includes("followUp"))
    throw new AppError("outreach:errors.consentFirst", { status: 409 });
  const running = await tx.followUp.findFirst({
    where: { householdId, status: { not: "ended" } },
    select: { id: true },
  });
  if (running) return running;
  return tx.followUp.create({
    data: {
      householdId,
      ownerId: actor.signedIn.id,
      wishes: joinList(input.wishes),
      nextStep: input.nextStep,
      nextStepDue: input.nextStepDue ? dateOnly(input.nextStepDue) : null,
      startedAt: now,
    },
    select: { id: true },
  });
}

/** The follow-up, if its household is in this buurtwerker's neighbourhoods (else 404) and they may follow it up. */
async function followUpFor(tx: Tx, actor: Actor, followUpId: string) {
  const followUp = await tx.followUp.findFirst({
    where: { id: followUpId, household: inMyNeighbourhoods(actor) },
    select: { id: true, status: true, householdId: true },
  });
  if (!followUp) throw notFound();
  const household = await householdFor(tx, actor, followUp.householdId, "followUp");
  return { ...followUp, household };
}

/**
 * The forms of a follow-up's page. A note may be written where the network is bad (a kitchen table in a basement
 * flat): it carries an idempotency key and is saved once.
 */
export async function performFollowUpAction(
  actor: Actor,
  followUpId: string,
  action: FollowUpAction,
  { idempotencyKey, now = new Date() }: { idempotencyKey?: string; now?: Date } = {},
) {
  requireWork(actor);
  const { outcome } = await runOnce(idempotencyKey, actor.signedIn.id, async (tx) => {
    const followUp = await followUpFor(tx, actor, followUpId);
    if (followUp.status === "ended") throw new AppError("outreach:errors.followUpEnded", { status: 409 });
    switch (action.intent) {
      case "update": {
        // Handing over: only to a buurtwerker who works in the household's neighbourhood today.
        const owner = action.ownerId
          ? (await colleaguesIn(tx, followUp.household.neighbourhoodId, now)).find(
              (c) => c.id === action.ownerId,
            )
          : null;
        if (action.ownerId && !owner)
          throw new AppError("outreach:errors.ownerNotHere", { field: "ownerId" });
        await tx.followUp.update({
          where: { id: followUpId },
          data: {
            wishes: joinList(action.wishes),
            nextStep: action.nextStep,
            nextStepDue: action.nextStepDue ? dateOnly(action.nextStepDue) : null,
            status: action.status,
            ...(owner ? { ownerId: owner.id } : {}),
          },
        });
        return "updated" as const;
      }
      case "note":
        await tx.followUpNote.create({
          data: { followUpId, authorId: actor.signedIn.id, body: action.body, createdAt: now },
        });
        await tagSignals(tx, actor, followUp.household, action.signals, { followUpId, createdAt: now });
        return "noted" as const;
      case "end":
        await tx.followUp.update({ where: { id: followUpId }, data: { status: "ended", endedAt: now } });
        return "ended" as const;
    }
  });
  return outcome;
}

/** The forms of a household's page. */
export async function performHouseholdAction(
  actor: Actor,
  householdId: string,
  action: HouseholdAction,
  { idempotencyKey, now = new Date() }: { idempotencyKey?: string; now?: Date } = {},
) {
  requireWork(actor);
  switch (action.intent) {
    case "knock":
      await runOnce(idempotencyKey, actor.signedIn.id, (tx) =>
        logKnockIn(tx, actor, { ...action, householdId }, now),
      );
      return "knocked" as const;
    case "startFollowUp":
      await runOnce(idempotencyKey, actor.signedIn.id, (tx) =>
        startFollowUpIn(tx, actor, householdId, action, now),
      );
      return "followUpStarted" as const;
    case "addMember":
      await prisma.$transaction(async (tx) => {
        await householdFor(tx, actor, householdId, "knock");
        await tx.householdMember.create({
          data: { householdId, name: action.name, phone: action.phone ?? null, child: action.child },
        });
      });
      return "memberAdded" as const;
    case "refer":
      await refer(actor, householdId, action, now);
      return "referred" as const;
    case "referralOutcome":
      await recordReferralOutcome(actor, householdId, action, now);
      return "outcomeSaved" as const;
    case "removeMember":
      await prisma.$transaction(async (tx) => {
        await householdFor(tx, actor, householdId, "knock");
        const removed = await tx.householdMember.deleteMany({ where: { id: action.memberId, householdId } });
        if (removed.count !== 1) throw notFound();
      });
      return "memberRemoved" as const;
    case "consent":
      await prisma.$transaction(async (tx) => {
        await householdFor(tx, actor, householdId, "knock");
        const agreed = action.consent.length > 0;
        if (agreed && !action.consentMethod)
          throw new AppError("outreach:errors.consentMethod", { field: "consentMethod" });
        await tx.household.update({
          where: { id: householdId },
          data: {
            languages: joinList(action.languages),
            consent: joinList(action.consent),
            consentMethod: agreed ? (action.consentMethod ?? null) : null,
            consentAt: agreed ? now : null,
            consentRecordedById: agreed ? actor.signedIn.id : null,
          },
        });
      });
      return "consentSaved" as const;
  }
}

/**
 * One intake at the desk, in one transaction: the household (known, or registered now at its address), the person
 * (a member already there, a resident with an account, or a name), languages and consent, the question in their
 * words, and where it goes — koffie en papieren (nothing more to make), a buddy (a help request for a resident with an
 * account, referred), follow-up (started, with the question as its first note), or a partner (referred; only when
 * they agreed that we name them to partners). The household's page shows it to the next worker.
 */
export async function takeIntake(
  actor: Actor,
  input: IntakeInput,
  { idempotencyKey, now = new Date() }: { idempotencyKey?: string; now?: Date } = {},
) {
  requireWork(actor);
  const { outcome } = await runOnce(idempotencyKey, actor.signedIn.id, async (tx) => {
    // Who: a household we know, or one registered at this address now.
    let householdId: string;
    let memberId: string | null = null;
    if (input.householdId) {
      householdId = (await householdFor(tx, actor, input.householdId, "knock")).id;
    } else {
      const created = await createHouseholdIn(tx, actor, {
        ...input,
        neighbourhoodId: input.neighbourhoodId ?? "",
        memberName: input.residentId ? undefined : input.memberName,
      });
      householdId = created.id;
      memberId = created.memberId;
    }
    const household = await householdFor(tx, actor, householdId, "knock");
    if (input.memberId) {
      const member = await tx.householdMember.findFirst({
        where: { id: input.memberId, householdId },
        select: { id: true },
      });
      if (!member) throw new AppError("common:form.invalidChoice", { field: "memberId" });
      memberId = member.id;
    } else if (input.residentId) {
      const resident = await tx.user.findFirst({
        where: { id: input.residentId, deletedAt: null, ...livesIn(staffNeighbourhoods(actor)) },
        select: { id: true },
      });
      if (!resident) throw notFound();
      const known = await tx.householdMember.findFirst({
        where: { householdId, userId: resident.id },
        select: { id: true },
      });
      memberId =
        known?.id ??
        (
          await tx.householdMember.create({
            data: { householdId, userId: resident.id },
            select: { id: true },
          })
        ).id;
    } else if (input.householdId && input.memberName) {
      memberId = (
        await tx.householdMember.create({
          data: { householdId, name: input.memberName, phone: input.memberPhone ?? null },
          select: { id: true },
        })
      ).id;
    }

    // What they agreed to and speak, added to what we knew.
    const known = await tx.household.findUniqueOrThrow({
      where: { id: householdId },
      select: { languages: true, consent: true },
    });
    const consent = joinList([...splitList(known.consent), ...input.consent]);
    await tx.household.update({
      where: { id: householdId },
      data: {
        languages: joinList([...splitList(known.languages), ...input.languages]),
        ...(input.consent.length
          ? {
              consent,
              consentMethod: input.consentMethod ?? null,
              consentAt: now,
              consentRecordedById: actor.signedIn.id,
            }
          : {}),
      },
    });

    let followUpId: string | null = null;
    let helpRequestId: string | null = null;
    let referralId: string | null = null;
    switch (input.route) {
      case "papers":
        break;
      case "followUp": {
        const followUp = await startFollowUpIn(
          tx,
          actor,
          householdId,
          { wishes: [], nextStep: input.question.slice(0, 200) },
          now,
        );
        followUpId = followUp.id;
        await tx.followUpNote.create({
          data: { followUpId, authorId: actor.signedIn.id, body: input.question, createdAt: now },
        });
        break;
      }
      case "buddy": {
        const spoken = joinList([...splitList(known.languages), ...input.languages]);
        const buddy = await referToBuddyIn(tx, actor, {
          householdId,
          memberId,
          helpKind: input.helpKind ?? "company",
          description: input.question,
          languages: spoken,
          now,
        });
        helpRequestId = buddy.helpRequestId;
        referralId = buddy.referralId;
        break;
      }
      case "partner": {
        if (!splitList(consent).includes("partners"))
          throw new AppError("outreach:errors.consentPartners", { field: "consent" });
        const partner = await tx.partner.findFirst({
          where: { id: input.partnerId ?? "", neighbourhoodId: household.neighbourhoodId },
          select: { id: true },
        });
        if (!partner) throw new AppError("outreach:errors.partnerRequired", { field: "partnerId" });
        referralId = (
          await tx.referral.create({
            data: {
              householdId,
              memberId,
              kind: "partner",
              partnerId: partner.id,
              referredById: actor.signedIn.id,
              createdAt: now,
            },
            select: { id: true },
          })
        ).id;
        break;
      }
    }
    const intake = await tx.intake.create({
      data: {
        neighbourhoodId: household.neighbourhoodId,
        householdId,
        memberId,
        question: input.question,
        route: input.route,
        followUpId,
        helpRequestId,
        referralId,
        createdById: actor.signedIn.id,
        createdAt: now,
      },
      select: { id: true },
    });
    return { intakeId: intake.id, householdId };
  });
  return outcome;
}

/** A running follow-up of this household, to hang a referral on. */
async function runningFollowUp(tx: Tx, householdId: string) {
  const running = await tx.followUp.findFirst({
    where: { householdId, status: { not: "ended" } },
    select: { id: true },
  });
  return running?.id ?? null;
}

/**
 * A buddy for a household member with an account: a help request in their name (the help feature matches it with a
 * volunteer) and a referral that comes back "matched" when a volunteer says yes. In the caller's transaction.
 */
async function referToBuddyIn(
  tx: Tx,
  actor: Actor,
  {
    householdId,
    memberId,
    helpKind,
    description,
    languages,
    now,
    accountField = "route",
  }: {
    householdId: string;
    memberId: string | null;
    helpKind: HelpKind;
    description: string;
    languages: string;
    now: Date;
    /** The form field that shows "needs an account". */
    accountField?: string;
  },
) {
  const member = memberId
    ? await tx.householdMember.findFirst({ where: { id: memberId, householdId }, select: { userId: true } })
    : null;
  if (!member?.userId) throw new AppError("outreach:errors.buddyNeedsAccount", { field: accountField });
  const spoken = splitList(languages).filter((code): code is (typeof helpLanguages)[number] =>
    (helpLanguages as readonly string[]).includes(code),
  );
  const request = await createHelpRequestIn(tx, actor, {
    residentId: member.userId,
    kind: helpKind,
    description: description.slice(0, 600),
    recurrence: "weekly",
    times: [],
    languages: spoken.length ? spoken : ["nl"],
    urgency: "normal",
    meetAtWijkhuis: false,
  });
  const referral = await tx.referral.create({
    data: {
      householdId,
      memberId,
      followUpId: await runningFollowUp(tx, householdId),
      kind: "buddy",
      helpRequestId: request.id,
      referredById: actor.signedIn.id,
      createdAt: now,
    },
    select: { id: true },
  });
  return { helpRequestId: request.id, referralId: referral.id };
}

type ReferAction = Extract<HouseholdAction, { intent: "refer" }>;

const noNeeds = {
  guests: 0,
  children: 0,
  interpreter: false,
  childcare: false,
  wheelchair: false,
  lift: false,
};

/**
 * Lead a household member to an activity (a personal invitation handed over, or signed up now), a buddy, or a
 * partner service. The outcome comes back by itself where the app knows it: check-in marks an activity referral
 * "came", a buddy match "matched"; a partner's by hand. A sign-up runs in the activities feature's own transaction
 * (its locks and mails), the referral right after it.
 */
async function refer(actor: Actor, householdId: string, action: ReferAction, now: Date) {
  const checked = await prisma.$transaction(async (tx) => {
    const household = await householdFor(tx, actor, householdId, "refer");
    const member = action.memberId
      ? await tx.householdMember.findFirst({
          where: { id: action.memberId, householdId },
          select: {
            id: true,
            userId: true,
            name: true,
            phone: true,
            user: { select: { displayName: true, email: true, phone: true, locale: true } },
          },
        })
      : null;
    if (action.memberId && !member) throw new AppError("common:form.invalidChoice", { field: "memberId" });
    const followUpId = await runningFollowUp(tx, householdId);
    const base = {
      householdId,
      memberId: member?.id ?? null,
      followUpId,
      referredById: actor.signedIn.id,
      createdAt: now,
    };
    switch (action.kind) {
      case "partner": {
        const { consent } = await tx.household.findUniqueOrThrow({
          where: { id: householdId },
          select: { consent: true },
        });
        if (!splitList(consent).includes("partners"))
          throw new AppError("outreach:errors.consentPartners", { field: "kind" });
        const partner = await tx.partner.findFirst({
          where: { id: action.partnerId ?? "", neighbourhoodId: household.neighbourhoodId },
          select: { id: true },
        });
        if (!partner) throw new AppError("outreach:errors.partnerRequired", { field: "partnerId" });
        await tx.referral.create({ data: { ...base, kind: "partner", partnerId: partner.id } });
        return null;
      }
      case "buddy": {
        if (!action.note || action.note.length < 10)
          throw new AppError("outreach:errors.buddyNote", { field: "note" });
        if (!action.helpKind) throw new AppError("outreach:errors.helpKindRequired", { field: "helpKind" });
        const { languages } = await tx.household.findUniqueOrThrow({
          where: { id: householdId },
          select: { languages: true },
        });
        await referToBuddyIn(tx, actor, {
          householdId,
          memberId: member?.id ?? null,
          helpKind: action.helpKind,
          description: action.note,
          languages,
          now,
          accountField: "memberId",
        });
        return null;
      }
      case "activity": {
        if (!member) throw new AppError("outreach:errors.memberRequired", { field: "memberId" });
        const occurrence = await tx.occurrence.findFirst({
          where: {
            id: action.occurrenceId ?? "",
            neighbourhoodId: staffNeighbourhoods(actor),
            status: { not: "cancelled" },
            startsAt: { gt: now },
          },
          select: { id: true, activityId: true, neighbourhoodId: true },
        });
        if (!occurrence) throw new AppError("outreach:errors.occurrenceRequired", { field: "occurrenceId" });
        if (
          !can(actor, "refer", {
            neighbourhoodId: household.neighbourhoodId,
            activityNeighbourhoodId: occurrence.neighbourhoodId,
          })
        )
          throw forbidden();
        if (action.how === "invitation") {
          await tx.referral.create({
            data: {
              ...base,
              kind: "activity",
              how: "invitation",
              activityId: occurrence.activityId,
              occurrenceId: occurrence.id,
            },
          });
          return null;
        }
        return { base, occurrence, member };
      }
    }
  });
  if (!checked) return;
  const { base, occurrence, member } = checked;
  const person = {
    userId: member.userId,
    name: member.user?.displayName ?? member.name,
    email: member.user?.email ?? null,
    phone: member.phone ?? member.user?.phone ?? null,
    locale: member.user?.locale ?? "nl",
  };
  const signedUp = await signUp(occurrence.id, person, noNeeds, {
    createdById: actor.signedIn.id,
    skipAudienceCheck: true,
    now,
  });
  await prisma.referral.create({
    data: {
      ...base,
      kind: "activity",
      how: "signUp",
      activityId: occurrence.activityId,
      occurrenceId: occurrence.id,
      signUpId: signedUp.id,
    },
  });
}

/** A referral's outcome by hand: a partner helped, or the person did not take it up. */
async function recordReferralOutcome(
  actor: Actor,
  householdId: string,
  action: Extract<HouseholdAction, { intent: "referralOutcome" }>,
  now: Date,
) {
  await prisma.$transaction(async (tx) => {
    await householdFor(tx, actor, householdId, "recordOutcome");
    const referral = await tx.referral.findFirst({
      where: { id: action.referralId, householdId },
      select: { id: true, kind: true, status: true },
    });
    if (!referral) throw notFound();
    const allowed = manualOutcomes[referral.kind as ReferralKind] ?? [];
    if (referral.status !== "open" || !allowed.includes(action.status))
      throw new AppError("outreach:errors.outcomeNotNow", { status: 409 });
    await tx.referral.update({
      where: { id: referral.id },
      data: { status: action.status, outcomeAt: now, outcomeNote: action.outcomeNote ?? "" },
    });
  });
}

/** A partner service for one of the buurtwerker's neighbourhoods. */
export async function addPartner(actor: Actor, input: PartnerInput) {
  requireWork(actor);
  requireWorkIn(actor, input.neighbourhoodId);
  return prisma.partner.create({
    data: {
      neighbourhoodId: input.neighbourhoodId,
      name: input.name,
      kind: input.kind,
      phone: input.phone ?? "",
      email: input.email ?? "",
      address: input.address ?? "",
      note: input.note ?? "",
    },
    select: { id: true },
  });
}
