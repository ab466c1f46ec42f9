// Reads for outreach. Every query limits its `where` to the neighbourhoods the buurtwerker works in
// (staffNeighbourhoods), so a household, round or note elsewhere is simply not found; the permission check comes
// first and the mutations ask again.
import type { Prisma } from "@prisma/client";
import { livesIn } from "~/features/accounts/queries.server";
import { can } from "~/features/outreach/permissions";
import {
  doorStatus,
  dueByEndOfWeek,
  lastMonths,
  lastWeeks,
  reachByWeek,
  reachSummary,
  signalTable,
  weekBounds,
  needsAnotherKnock,
  roundProgress,
  walkingOrder,
  type DoorStatus,
} from "~/features/outreach/rules";
import { referralStatuses, splitList } from "~/features/outreach/vocabulary";
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { forbidden } from "~/utils/app-error";
import { containsIgnoringCase, prisma } from "~/utils/db.server";
import { localDate } from "~/utils/dates";

type Db = Prisma.TransactionClient | typeof prisma;

/** Households, rounds, partners and signals where this buurtwerker works (every one for an admin). */
export function inMyNeighbourhoods(actor: Actor) {
  return { neighbourhoodId: staffNeighbourhoods(actor) };
}

function requireWork(actor: Actor) {
  if (!can(actor, "work")) throw forbidden();
}

/** The neighbourhoods a buurtwerker works in, with their buildings and the streets we already know: for the forms. */
export async function workPlaces(actor: Actor) {
  requireWork(actor);
  const [neighbourhoods, streets] = await Promise.all([
    prisma.neighbourhood.findMany({
      where: { id: staffNeighbourhoods(actor) },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        slug: true,
        buildings: { orderBy: { name: "asc" }, select: { id: true, name: true } },
      },
    }),
    prisma.household.findMany({
      where: { ...inMyNeighbourhoods(actor), street: { not: "" } },
      distinct: ["neighbourhoodId", "street"],
      orderBy: { street: "asc" },
      select: { neighbourhoodId: true, street: true },
    }),
  ]);
  return neighbourhoods.map((n) => ({
    ...n,
    streets: streets.filter((s) => s.neighbourhoodId === n.id).map((s) => s.street),
  }));
}

/** The household as the permission rules see it, if it is in one of this buurtwerker's neighbourhoods. */
export function findHouseholdSubject(db: Db, actor: Actor, householdId: string) {
  return db.household.findFirst({
    where: { id: householdId, ...inMyNeighbourhoods(actor) },
    select: { id: true, neighbourhoodId: true },
  });
}

const addressSelect = {
  id: true,
  street: true,
  number: true,
  unit: true,
  movedAt: true,
  building: { select: { name: true } },
} satisfies Prisma.HouseholdSelect;

/** "Lindestraat 12" or "Blok De Linde 2.01": how an address reads everywhere in the app. */
export function addressLine(household: {
  street: string;
  number: string;
  unit: string;
  building: { name: string } | null;
}) {
  return household.building
    ? `${household.building.name} ${household.unit}`.trim()
    : `${household.street} ${household.number}`.trim();
}

type KnockRow = {
  householdId: string;
  outcome: string;
  comeBackOn: Date | null;
  knockedAt: Date;
  note: string;
};

async function knocksOf(householdIds: string[]) {
  const knocks = await prisma.doorKnock.findMany({
    where: { householdId: { in: householdIds } },
    orderBy: { knockedAt: "asc" },
    select: { householdId: true, outcome: true, comeBackOn: true, knockedAt: true, note: true },
  });
  const byHousehold = new Map<string, KnockRow[]>();
  for (const knock of knocks)
    byHousehold.set(knock.householdId, [...(byHousehold.get(knock.householdId) ?? []), knock]);
  return byHousehold;
}

function statusOf(knocks: KnockRow[] | undefined, today: string): DoorStatus {
  return doorStatus(
    (knocks ?? []).map((k) => ({
      outcome: k.outcome,
      comeBackOn: k.comeBackOn ? localDate(k.comeBackOn) : null,
      knockedAt: k.knockedAt,
    })),
    today,
  );
}

/** The open rounds in the buurtwerker's neighbourhoods, newest first, each with how far it got. */
export async function listRounds(actor: Actor, now = new Date()) {
  requireWork(actor);
  const rounds = await prisma.outreachRound.findMany({
    where: { ...inMyNeighbourhoods(actor), closedAt: null },
    orderBy: { plannedOn: "desc" },
    // A buurtwerker has a handful of rounds going; older ones are closed.
    take: 20,
    select: {
      id: true,
      title: true,
      plannedOn: true,
      neighbourhood: { select: { name: true } },
      stops: { select: { householdId: true } },
    },
  });
  const knocks = await knocksOf(rounds.flatMap((r) => r.stops.map((s) => s.householdId)));
  const today = localDate(now);
  return rounds.map(({ stops, ...round }) => {
    const statuses = stops.map((s) => statusOf(knocks.get(s.householdId), today));
    return {
      ...round,
      addresses: stops.length,
      progress: roundProgress(statuses),
      toKnockAgain: statuses.filter(needsAnotherKnock).length,
    };
  });
}

/**
 * One round with its addresses in walking order, each with where it stands after all its knocks (of any round: the
 * attempts at one door add up). Null outside the buurtwerker's neighbourhoods.
 */
export async function getRound(actor: Actor, roundId: string, now = new Date()) {
  requireWork(actor);
  const round = await prisma.outreachRound.findFirst({
    where: { id: roundId, ...inMyNeighbourhoods(actor) },
    select: {
      id: true,
      title: true,
      plannedOn: true,
      neighbourhoodId: true,
      neighbourhood: { select: { name: true } },
      stops: {
        select: {
          household: {
            select: {
              ...addressSelect,
              _count: { select: { members: true } },
              followUps: { where: { status: { not: "ended" } }, select: { id: true } },
            },
          },
        },
      },
    },
  });
  if (!round || !can(actor, "seeHousehold", round)) return null;
  const knocks = await knocksOf(round.stops.map((s) => s.household.id));
  const today = localDate(now);
  const statuses = round.stops.map(({ household }) => statusOf(knocks.get(household.id), today));
  const stops = walkingOrder(
    round.stops.map(({ household }, index) => {
      const status = statuses[index] ?? statusOf(undefined, today);
      const last = knocks.get(household.id)?.at(-1) ?? null;
      return {
        householdId: household.id,
        street: household.street,
        number: household.number,
        unit: household.unit,
        building: household.building?.name ?? null,
        address: addressLine(household),
        moved: household.movedAt !== null,
        members: household._count.members,
        followedUp: household.followUps.length > 0,
        state: status.state,
        attempts: status.attempts,
        again: needsAnotherKnock(status),
        last: last && {
          outcome: last.outcome,
          at: last.knockedAt,
          comeBackOn: last.comeBackOn ? localDate(last.comeBackOn) : null,
          note: last.note,
        },
      };
    }),
  );
  const { id, title, plannedOn, neighbourhoodId, neighbourhood } = round;
  return {
    round: { id, title, plannedOn, neighbourhoodId, neighbourhood },
    stops,
    progress: roundProgress(statuses),
    toKnockAgain: stops.filter((s) => s.again).length,
  };
}

/** Households in the buurtwerker's neighbourhoods by street or by a member's name; 50 rows, a search narrows it. */
export async function listHouseholds(actor: Actor, query: string) {
  requireWork(actor);
  const rows = await prisma.household.findMany({
    where: {
      ...inMyNeighbourhoods(actor),
      ...(query
        ? {
            OR: [
              { street: containsIgnoringCase(query) },
              { building: { name: containsIgnoringCase(query) } },
              {
                members: {
                  some: {
                    OR: [
                      { name: containsIgnoringCase(query) },
                      { user: { displayName: containsIgnoringCase(query) } },
                    ],
                  },
                },
              },
            ],
          }
        : {}),
    },
    orderBy: [{ street: "asc" }, { createdAt: "asc" }],
    take: 50,
    select: {
      ...addressSelect,
      neighbourhood: { select: { name: true } },
      members: { select: { name: true, user: { select: { displayName: true } } } },
      followUps: { where: { status: { not: "ended" } }, select: { id: true } },
      knocks: { orderBy: { knockedAt: "desc" }, take: 1, select: { outcome: true, knockedAt: true } },
    },
  });
  return walkingOrder(
    rows.map((h) => ({
      id: h.id,
      street: h.street,
      number: h.number,
      unit: h.unit,
      building: h.building?.name ?? null,
      address: addressLine(h),
      neighbourhood: h.neighbourhood.name,
      names: h.members.map((m) => m.user?.displayName ?? m.name).filter(Boolean),
      followedUp: h.followUps.length > 0,
      lastKnock: h.knocks[0] ?? null,
      moved: h.movedAt !== null,
    })),
  );
}

/**
 * A household's page: address, members (their phone numbers only with `withContact`, a logged view), languages,
 * consent, knocks. Null outside the buurtwerker's neighbourhoods.
 */
export async function getHousehold(
  actor: Actor,
  householdId: string,
  { withContact = false }: { withContact?: boolean } = {},
) {
  requireWork(actor);
  const household = await prisma.household.findFirst({
    where: { id: householdId, ...inMyNeighbourhoods(actor) },
    select: {
      ...addressSelect,
      neighbourhoodId: true,
      neighbourhood: { select: { name: true } },
      languages: true,
      consent: true,
      consentMethod: true,
      consentAt: true,
      consentRecordedBy: { select: { displayName: true } },
      members: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          name: true,
          phone: true,
          child: true,
          userId: true,
          user: { select: { displayName: true, phone: true } },
        },
      },
      knocks: {
        orderBy: { knockedAt: "desc" },
        take: 50,
        select: {
          id: true,
          outcome: true,
          note: true,
          comeBackOn: true,
          knockedAt: true,
          knockedBy: { select: { displayName: true } },
          signals: { select: { kind: true } },
        },
      },
      stops: { select: { round: { select: { id: true, title: true } } } },
      followUps: {
        orderBy: { startedAt: "desc" },
        select: {
          id: true,
          status: true,
          nextStep: true,
          nextStepDue: true,
          startedAt: true,
          endedAt: true,
          owner: { select: { displayName: true } },
        },
      },
      intakes: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: {
          id: true,
          question: true,
          route: true,
          createdAt: true,
          helpRequestId: true,
          followUpId: true,
          createdBy: { select: { displayName: true } },
          member: { select: { name: true, user: { select: { displayName: true } } } },
          referral: { select: { partner: { select: { name: true } } } },
        },
      },
      referrals: {
        orderBy: { createdAt: "desc" },
        take: 50,
        select: {
          id: true,
          kind: true,
          how: true,
          status: true,
          firstVisit: true,
          outcomeAt: true,
          outcomeNote: true,
          createdAt: true,
          helpRequestId: true,
          referredBy: { select: { displayName: true } },
          member: { select: { name: true, user: { select: { displayName: true } } } },
          activity: { select: { title: true } },
          occurrence: { select: { startsAt: true } },
          partner: { select: { name: true, phone: true, email: true } },
        },
      },
    },
  });
  if (!household || !can(actor, "seeHousehold", household)) return null;
  const showContact = withContact && can(actor, "seeContact", household);
  if (showContact)
    await prisma.householdView.create({
      data: { householdId, viewerId: actor.signedIn.id, what: "contact" },
    });
  const { members, languages, consent, knocks, followUps, intakes, referrals, ...rest } = household;
  return {
    household: {
      ...rest,
      address: addressLine(household),
      languages: splitList(languages),
      consent: splitList(consent),
    },
    followUps: followUps.map((f) => ({ ...f, nextStepDue: f.nextStepDue ? localDate(f.nextStepDue) : null })),
    members: members.map((m) => ({
      id: m.id,
      name: m.user?.displayName ?? m.name,
      hasAccount: m.userId !== null,
      child: m.child,
      phone: showContact ? (m.phone ?? m.user?.phone ?? null) : null,
      hasPhone: Boolean(m.phone ?? m.user?.phone),
    })),
    knocks: knocks.map((k) => ({
      ...k,
      comeBackOn: k.comeBackOn ? localDate(k.comeBackOn) : null,
      signals: k.signals.map((s) => s.kind),
    })),
    intakes: intakes.map(({ member, referral, ...intake }) => ({
      ...intake,
      person: member ? (member.user?.displayName ?? member.name) : null,
      partner: referral?.partner?.name ?? null,
    })),
    referrals: referrals.map(({ member, ...referral }) => ({
      ...referral,
      person: member ? (member.user?.displayName ?? member.name) : null,
    })),
    contactShown: showContact,
  };
}

/**
 * A follow-up with its household, for staff of that neighbourhood. Reading its notes is a logged view (HouseholdView
 * "notes"), which the household's members find in their export. Null outside the buurtwerker's neighbourhoods.
 */
export async function getFollowUp(actor: Actor, followUpId: string) {
  requireWork(actor);
  const followUp = await prisma.followUp.findFirst({
    where: { id: followUpId, household: inMyNeighbourhoods(actor) },
    select: {
      id: true,
      status: true,
      wishes: true,
      nextStep: true,
      nextStepDue: true,
      startedAt: true,
      endedAt: true,
      ownerId: true,
      owner: { select: { displayName: true } },
      household: {
        select: {
          ...addressSelect,
          neighbourhoodId: true,
          neighbourhood: { select: { name: true } },
          languages: true,
          members: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              name: true,
              child: true,
              userId: true,
              user: { select: { displayName: true } },
            },
          },
        },
      },
      notes: {
        orderBy: { createdAt: "desc" },
        take: 100,
        select: { id: true, body: true, createdAt: true, author: { select: { displayName: true } } },
      },
    },
  });
  if (!followUp || !can(actor, "seeHousehold", followUp.household)) return null;
  const seeNotes = can(actor, "seeNotes", followUp.household);
  if (seeNotes)
    await prisma.householdView.create({
      data: { householdId: followUp.household.id, viewerId: actor.signedIn.id, what: "notes" },
    });
  const colleagues = await colleaguesIn(prisma, followUp.household.neighbourhoodId);
  const { household, notes, wishes, nextStepDue, ...rest } = followUp;
  return {
    followUp: {
      ...rest,
      wishes: splitList(wishes),
      nextStepDue: nextStepDue ? localDate(nextStepDue) : null,
    },
    household: {
      id: household.id,
      neighbourhoodId: household.neighbourhoodId,
      neighbourhood: household.neighbourhood.name,
      address: addressLine(household),
      languages: splitList(household.languages),
      members: household.members.map((m) => ({
        id: m.id,
        name: m.user?.displayName ?? m.name,
        child: m.child,
        hasAccount: m.userId !== null,
      })),
    },
    notes: seeNotes ? notes : [],
    colleagues,
  };
}

/**
 * "My follow-ups": the running ones this buurtwerker owns, in their neighbourhoods, the next step due soonest
 * first; `dueThisWeek` marks those due by Sunday (or overdue).
 */
export async function listMyFollowUps(actor: Actor, now = new Date()) {
  requireWork(actor);
  const rows = await prisma.followUp.findMany({
    where: { ownerId: actor.signedIn.id, status: { not: "ended" }, household: inMyNeighbourhoods(actor) },
    orderBy: [{ nextStepDue: { sort: "asc", nulls: "last" } }, { startedAt: "asc" }],
    // One buurtwerker follows some 30 to 60 households (a year and a half each); 200 is far beyond it.
    take: 200,
    select: {
      id: true,
      status: true,
      nextStep: true,
      nextStepDue: true,
      household: { select: addressSelect },
    },
  });
  const today = localDate(now);
  return rows.map((row) => {
    const due = row.nextStepDue ? localDate(row.nextStepDue) : null;
    return {
      id: row.id,
      status: row.status,
      nextStep: row.nextStep,
      due,
      address: addressLine(row.household),
      dueThisWeek: due !== null && dueByEndOfWeek(due, now),
      overdue: due !== null && due < today,
    };
  });
}

/**
 * What the intake form needs: the buurtwerker's neighbourhoods with their buildings, the partners there, and who it
 * is about when the desk already knows them (a household, or a resident with an account, both in these
 * neighbourhoods only). No phone numbers here.
 */
export async function intakeFormData(
  actor: Actor,
  about: { householdId?: string | null; residentId?: string | null },
) {
  requireWork(actor);
  // A resident who is already a member of a household here: the intake is about that household.
  const householdId =
    about.householdId ??
    (about.residentId
      ? ((
          await prisma.household.findFirst({
            where: { ...inMyNeighbourhoods(actor), members: { some: { userId: about.residentId } } },
            select: { id: true },
          })
        )?.id ?? null)
      : null);
  const [places, partners, household, resident] = await Promise.all([
    workPlaces(actor),
    prisma.partner.findMany({
      where: inMyNeighbourhoods(actor),
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true, neighbourhoodId: true },
    }),
    householdId
      ? prisma.household.findFirst({
          where: { id: householdId, ...inMyNeighbourhoods(actor) },
          select: {
            ...addressSelect,
            neighbourhoodId: true,
            members: {
              orderBy: { createdAt: "asc" },
              select: { id: true, name: true, user: { select: { displayName: true } } },
            },
          },
        })
      : null,
    about.residentId
      ? prisma.user.findFirst({
          where: { id: about.residentId, deletedAt: null, ...livesIn(staffNeighbourhoods(actor)) },
          select: {
            id: true,
            displayName: true,
            neighbourhoodId: true,
            residences: {
              where: { movedOutAt: null },
              take: 1,
              select: { unit: true, building: { select: { id: true, neighbourhoodId: true } } },
            },
          },
        })
      : null,
  ]);
  return {
    places,
    partners,
    household: household
      ? {
          id: household.id,
          address: addressLine(household),
          members: household.members.map((m) => ({ id: m.id, name: m.user?.displayName ?? m.name })),
        }
      : null,
    resident: resident
      ? {
          id: resident.id,
          name: resident.displayName,
          neighbourhoodId: resident.residences[0]?.building.neighbourhoodId ?? resident.neighbourhoodId,
          buildingId: resident.residences[0]?.building.id ?? null,
          unit: resident.residences[0]?.unit ?? "",
        }
      : null,
  };
}

/**
 * Where a household member can be referred from its page: the coming dates of activities in the buurtwerker's
 * neighbourhoods (eight weeks ahead) and the partners of the household's neighbourhood.
 */
export async function referralOptions(actor: Actor, neighbourhoodId: string, now = new Date()) {
  requireWork(actor);
  const [occurrences, partners] = await Promise.all([
    prisma.occurrence.findMany({
      where: {
        neighbourhoodId: staffNeighbourhoods(actor),
        status: { not: "cancelled" },
        startsAt: { gt: now, lt: new Date(now.getTime() + 56 * 86_400_000) },
        activity: { cancelledAt: null },
      },
      orderBy: { startsAt: "asc" },
      take: 40,
      select: { id: true, startsAt: true, activity: { select: { title: true } } },
    }),
    prisma.partner.findMany({
      where: { AND: [{ neighbourhoodId }, inMyNeighbourhoods(actor)] },
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true, phone: true, email: true, address: true },
    }),
  ]);
  return {
    occurrences: occurrences.map((o) => ({ id: o.id, startsAt: o.startsAt, title: o.activity.title })),
    partners,
  };
}

/** The partners of the buurtwerker's neighbourhoods, per neighbourhood. */
export async function listPartners(actor: Actor) {
  requireWork(actor);
  return prisma.partner.findMany({
    where: inMyNeighbourhoods(actor),
    orderBy: [{ neighbourhoodId: "asc" }, { name: "asc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      kind: true,
      phone: true,
      email: true,
      address: true,
      note: true,
      neighbourhood: { select: { name: true } },
    },
  });
}

/** The neighbourhood whose figures are asked for (or the first one of this buurtwerker), if they may see them. */
async function figuresPlace(actor: Actor, neighbourhoodId: string | null) {
  requireWork(actor);
  const place = await prisma.neighbourhood.findFirst({
    where: neighbourhoodId
      ? { AND: [{ id: neighbourhoodId }, { id: staffNeighbourhoods(actor) }] }
      : { id: staffNeighbourhoods(actor) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  if (!place || !can(actor, "seeFigures", { neighbourhoodId: place.id })) return null;
  return place;
}

/** How many weeks the reach page shows: a quarter, week by week. */
export const REACH_WEEKS = 13;

/**
 * A neighbourhood's reach: households contacted, talked with and in follow-up week by week, referrals by outcome,
 * first-time visitors through a referral, average follow-up length. Counts only, every one under 5 hidden (rules.ts):
 * no row of a person leaves this function.
 */
export async function getReach(actor: Actor, neighbourhoodId: string | null, now = new Date()) {
  const place = await figuresPlace(actor, neighbourhoodId);
  if (!place) return null;
  const weeks = lastWeeks(now, REACH_WEEKS);
  const since = weekBounds(weeks[0] ?? "").start;
  const [knocks, followUps, referrals] = await Promise.all([
    prisma.doorKnock.findMany({
      where: { household: { neighbourhoodId: place.id }, knockedAt: { gte: since } },
      select: { householdId: true, outcome: true, knockedAt: true },
    }),
    prisma.followUp.findMany({
      where: {
        household: { neighbourhoodId: place.id },
        OR: [{ endedAt: null }, { endedAt: { gte: since } }],
      },
      select: { householdId: true, startedAt: true, endedAt: true },
    }),
    prisma.referral.findMany({
      where: { household: { neighbourhoodId: place.id }, createdAt: { gte: since } },
      select: { kind: true, status: true, firstVisit: true },
    }),
  ]);
  const facts = { knocks, followUps, referrals };
  return {
    place,
    weeks: reachByWeek(facts, weeks),
    summary: reachSummary(facts, referralStatuses, now),
    since: localDate(since),
  };
}

/** How many months the signals note covers. */
export const SIGNAL_MONTHS = 6;

/**
 * Shared problems per building or street and kind, month by month, for a note to partners: places and counts, never
 * a household or a name.
 */
export async function getSignals(actor: Actor, neighbourhoodId: string | null, now = new Date()) {
  const place = await figuresPlace(actor, neighbourhoodId);
  if (!place) return null;
  const months = lastMonths(now, SIGNAL_MONTHS);
  const since = new Date(`${months[0]}-01T00:00:00Z`);
  const signals = await prisma.signal.findMany({
    where: { neighbourhoodId: place.id, createdAt: { gte: since } },
    take: 5000,
    select: {
      kind: true,
      street: true,
      householdId: true,
      createdAt: true,
      building: { select: { name: true } },
    },
  });
  const rows = signalTable(
    signals.map((s) => ({
      place: s.building?.name ?? s.street,
      kind: s.kind,
      householdId: s.householdId,
      createdAt: s.createdAt,
    })),
    months,
  );
  return { place, months, rows };
}

/** The buurtwerkers working in a neighbourhood today: who may take over a follow-up there. */
export function colleaguesIn(db: Db, neighbourhoodId: string, now = new Date()) {
  return db.user.findMany({
    where: {
      deletedAt: null,
      roles: { some: { role: "buurtwerker" } },
      staffAssignments: { some: { neighbourhoodId, OR: [{ endsAt: null }, { endsAt: { gt: now } }] } },
    },
    orderBy: { displayName: "asc" },
    take: 50,
    select: { id: true, displayName: true },
  });
}
