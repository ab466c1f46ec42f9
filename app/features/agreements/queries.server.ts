// Reads for agreements: every query keeps to the buildings the person may see, in its where (visibleBuildings).
import type { Prisma } from "@prisma/client";
import { prisma } from "~/utils/db.server";
import { staffNeighbourhoods, type Actor } from "~/utils/actor";
import { can, type AgreementSubject, type BuildingSubject } from "./permissions";
import {
  adoptionCheck,
  adoptionOf,
  compareVersions,
  needsAcknowledgement,
  phaseOf,
  tally,
  translationOutdated,
  type AdoptionRecord,
  type ComparableItem,
} from "./rules";

/**
 * The buildings a person may open: where the person the app acts as lives, and for staff working as themselves
 * the buildings of their neighbourhoods (an admin: all). Bookings use it too.
 */
export function visibleBuildings(actor: Actor): Prisma.BuildingWhereInput {
  const home: Prisma.BuildingWhereInput = { residences: { some: { userId: actor.user.id, movedOutAt: null } } };
  if (!actor.staff) return home;
  if (actor.staff.admin) return {};
  return { OR: [home, { neighbourhoodId: staffNeighbourhoods(actor) }] };
}

/** What the permission rules need to know of a building, for this person: where it is, and their flat in it. */
export function buildingAccessSelect(actor: Actor) {
  return {
    neighbourhoodId: true,
    residences: { where: { userId: actor.user.id, movedOutAt: null }, select: { unit: true, movedInAt: true }, take: 1 },
  } satisfies Prisma.BuildingSelect;
}

export function buildingSubject(building: { neighbourhoodId: string; residences: readonly unknown[] }): BuildingSubject {
  return { neighbourhoodId: building.neighbourhoodId, livesHere: building.residences.length > 0 };
}

/** Only this person's co-authorship: enough for the rules, without loading the others. */
function coAuthorSelect(actor: Actor) {
  return { where: { userId: actor.user.id }, select: { userId: true } } as const;
}

function agreementSubject(agreement: { building: { neighbourhoodId: string; residences: readonly unknown[] }; coAuthors: readonly unknown[] }): AgreementSubject {
  return { ...buildingSubject(agreement.building), coAuthor: agreement.coAuthors.length > 0 };
}

type TranslatedItem = {
  id: string;
  key: string;
  position: number;
  text: string;
  explanation: string | null;
  translations: { locale: string; text: string; explanation: string | null; sourceText: string; sourceExplanation: string | null }[];
};

/**
 * The item in the reader's language when the author translated it, otherwise the Dutch original. A translation made
 * for an older Dutch text is marked outdated and comes with the Dutch text as it is now (issue 16).
 */
function localize(item: TranslatedItem, locale: string) {
  const translation = item.translations.find((t) => t.locale === locale);
  const outdated = translation ? translationOutdated(item, translation) : false;
  return {
    id: item.id,
    key: item.key,
    text: translation?.text ?? item.text,
    explanation: translation ? translation.explanation : item.explanation,
    translated: Boolean(translation) || locale === "nl",
    outdated,
    original: outdated ? { text: item.text, explanation: item.explanation } : null,
  };
}

const itemSelect = {
  id: true,
  key: true,
  position: true,
  text: true,
  explanation: true,
  translations: { select: { locale: true, text: true, explanation: true, sourceText: true, sourceExplanation: true } },
} as const;

const versionSummarySelect = {
  id: true,
  number: true,
  status: true,
  openedAt: true,
  closesAt: true,
  adoptedAt: true,
  adoptedHouseholds: true,
  adoptedAnswered: true,
  adoptedQuorumPercent: true,
  adoptedBeforeClosing: true,
  adoptedBy: true,
} as const;

type VersionSummary = { number: number; status: string; closesAt: Date | null; adoptedAt: Date | null } & AdoptionRecord;

/** The adopted version people see: its number and date, and how it came about (agreed together or not). */
function adoptedSummary(version: VersionSummary) {
  return { number: version.number, adoptedAt: version.adoptedAt, adoption: adoptionOf(version) };
}

/**
 * The households of a building: the flats someone lives in now. The quorum and the "1 of 14 households answered"
 * count these, one voice per flat like the tally.
 */
export async function householdCount(db: typeof prisma | Prisma.TransactionClient, buildingId: string) {
  const flats = await db.residence.groupBy({ by: ["unit"], where: { buildingId, movedOutAt: null } });
  return flats.length;
}

/** The version in force: the newest one that was ever adopted (it may be under revision now). */
function inForce<T extends VersionSummary>(versions: readonly T[]) {
  return [...versions].filter((v) => v.adoptedAt).sort((a, b) => b.number - a.number)[0] ?? null;
}

function summarise(agreement: { id: string; currentVersion: number; versions: (VersionSummary & { id: string })[] }, now: Date) {
  const current = agreement.versions.find((v) => v.number === agreement.currentVersion) ?? null;
  const adopted = inForce(agreement.versions);
  return {
    id: agreement.id,
    currentVersion: agreement.currentVersion,
    phase: current ? phaseOf(current, now) : "draft",
    closesAt: current?.closesAt ?? null,
    adopted: adopted ? adoptedSummary(adopted) : null,
  };
}

/**
 * The /afspraken overview: the buildings this person may see with their spaces (a buurtwerker: those of their
 * neighbourhoods), and what asks for their attention as a resident.
 */
export async function getOverview(actor: Actor, now = new Date()) {
  const buildings = await prisma.building.findMany({
    where: visibleBuildings(actor),
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      residences: buildingAccessSelect(actor).residences,
      spaces: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          slug: true,
          name: true,
          kind: true,
          bookable: { select: { active: true } },
          agreement: {
            select: { id: true, currentVersion: true, versions: { select: versionSummarySelect } },
          },
        },
      },
    },
  });
  const homes = buildings.flatMap((b) => b.residences.map((r) => ({ buildingId: b.id, ...r })));
  const agreementIds = buildings.flatMap((b) => b.spaces.flatMap((s) => (s.agreement ? [s.agreement.id] : [])));
  const [consents, acks] = await Promise.all([
    homes.length
      ? prisma.agreementConsent.findMany({
          where: {
            version: { agreementId: { in: agreementIds } },
            OR: homes.map((r) => ({ buildingId: r.buildingId, unit: r.unit })),
          },
          select: { versionId: true },
        })
      : Promise.resolve([]),
    prisma.agreementAcknowledgement.findMany({
      where: { userId: actor.user.id, agreementId: { in: agreementIds } },
      select: { agreementId: true, version: true },
    }),
  ]);
  const answered = new Set(consents.map((c) => c.versionId));
  const notices: {
    kind: "respond" | "changed" | "acknowledge";
    agreementId: string;
    buildingName: string;
    spaceName: string;
    version: number;
    closesAt: Date | null;
  }[] = [];
  for (const building of buildings) {
    const residence = building.residences[0];
    if (!residence) continue;
    for (const space of building.spaces) {
      const agreement = space.agreement;
      if (!agreement) continue;
      const current = agreement.versions.find((v) => v.number === agreement.currentVersion);
      const base = { agreementId: agreement.id, buildingName: building.name, spaceName: space.name };
      if (current && phaseOf(current, now) === "open" && !answered.has(current.id)) {
        notices.push({ ...base, kind: current.number > 1 ? "changed" : "respond", version: current.number, closesAt: current.closesAt });
      }
      const adopted = inForce(agreement.versions);
      const ack = acks.find((a) => a.agreementId === agreement.id);
      if (
        adopted &&
        needsAcknowledgement({
          movedInAt: residence.movedInAt,
          adoptedAt: adopted.adoptedAt,
          acknowledgedVersion: ack?.version ?? null,
          adoptedVersion: adopted.number,
        })
      ) {
        notices.push({ ...base, kind: "acknowledge", version: adopted.number, closesAt: null });
      }
    }
  }
  return {
    notices,
    buildings: buildings.map((b) => ({
      id: b.id,
      slug: b.slug,
      name: b.name,
      spaces: b.spaces.map((s) => ({
        slug: s.slug,
        name: s.name,
        kind: s.kind,
        bookable: Boolean(s.bookable?.active),
        agreement: s.agreement ? summarise(s.agreement, now) : null,
      })),
    })),
  };
}

export async function getBuildingPage(actor: Actor, slug: string, now = new Date()) {
  const building = await prisma.building.findFirst({
    where: { slug, ...visibleBuildings(actor) },
    select: {
      id: true,
      slug: true,
      name: true,
      address: true,
      ...buildingAccessSelect(actor),
      spaces: {
        orderBy: { name: "asc" },
        select: {
          slug: true,
          name: true,
          kind: true,
          bookable: { select: { active: true, hours: true } },
          agreement: { select: { id: true, currentVersion: true, versions: { select: versionSummarySelect } } },
        },
      },
    },
  });
  if (!building) return null;
  const { neighbourhoodId: _n, residences: _r, ...shown } = building;
  return {
    ...shown,
    access: buildingSubject(building),
    spaces: building.spaces.map((s) => ({ ...s, agreement: s.agreement ? summarise(s.agreement, now) : null })),
  };
}

/** A space's page: the agreement in force, in the reader's language, and the opening hours. */
export async function getSpacePage(actor: Actor, buildingSlug: string, spaceSlug: string, now = new Date()) {
  const space = await prisma.space.findFirst({
    where: { slug: spaceSlug, building: { slug: buildingSlug, ...visibleBuildings(actor) } },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      building: { select: { id: true, slug: true, name: true, ...buildingAccessSelect(actor) } },
      bookable: { select: { active: true, hours: true, maxMinutes: true } },
      agreement: {
        select: {
          id: true,
          currentVersion: true,
          versions: { select: { ...versionSummarySelect, items: { orderBy: { position: "asc" }, select: itemSelect } } },
        },
      },
    },
  });
  if (!space) return null;
  const { agreement, building, ...rest } = space;
  const adopted = agreement ? inForce(agreement.versions) : null;
  return {
    ...rest,
    building: { id: building.id, slug: building.slug, name: building.name },
    access: buildingSubject(building),
    agreement: agreement ? summarise(agreement, now) : null,
    adoptedItems: adopted ? adopted.items.map((item) => localize(item, actor.user.locale)) : [],
  };
}

/** Names behind responses and comments are for the staff of the neighbourhood; everyone else sees choices and reasons. */
export async function getAgreement(actor: Actor, id: string, now = new Date()) {
  const agreement = await prisma.agreement.findFirst({
    where: { id, building: visibleBuildings(actor) },
    select: {
      id: true,
      currentVersion: true,
      reviewDate: true,
      meetingNote: true,
      quorumPercent: true,
      createdBy: { select: { displayName: true } },
      building: { select: { id: true, slug: true, name: true, ...buildingAccessSelect(actor) } },
      space: { select: { slug: true, name: true, kind: true } },
      coAuthors: { select: { user: { select: { id: true, displayName: true } } } },
      versions: { orderBy: { number: "asc" }, select: versionSummarySelect },
    },
  });
  if (!agreement) return null;
  const current = agreement.versions.find((v) => v.number === agreement.currentVersion);
  if (!current) return null;
  const access: AgreementSubject = { ...buildingSubject(agreement.building), coAuthor: agreement.coAuthors.some((c) => c.user.id === actor.user.id) };
  const names = can(actor, "seeNames", access);
  const residence = agreement.building.residences[0];
  const locale = actor.user.locale;
  const [items, consents, myResponse, previousItems, ack, flats] = await Promise.all([
    prisma.agreementItem.findMany({
      where: { versionId: current.id },
      orderBy: { position: "asc" },
      select: {
        ...itemSelect,
        comments: {
          orderBy: { createdAt: "asc" },
          select: { id: true, body: true, createdAt: true, user: { select: { displayName: true } } },
        },
      },
    }),
    prisma.agreementConsent.findMany({
      where: { versionId: current.id },
      orderBy: { unit: "asc" },
      select: {
        unit: true,
        choice: true,
        reason: true,
        method: true,
        updatedAt: true,
        user: { select: { displayName: true } },
        assistedBy: { select: { displayName: true } },
      },
    }),
    prisma.agreementResponse.findFirst({
      where: { versionId: current.id, userId: actor.user.id },
      select: { choice: true, reason: true, updatedAt: true },
    }),
    current.number > 1
      ? prisma.agreementItem.findMany({
          where: { version: { agreementId: id, number: current.number - 1 } },
          orderBy: { position: "asc" },
          select: itemSelect,
        })
      : Promise.resolve([]),
    prisma.agreementAcknowledgement.findFirst({ where: { agreementId: id, userId: actor.user.id }, select: { version: true } }),
    householdCount(prisma, agreement.building.id),
  ]);
  const phase = phaseOf(current, now);
  const adopted = inForce(agreement.versions);
  const household = residence ? consents.find((c) => c.unit === residence.unit) : undefined;
  const households = names ? await getHouseholds(agreement.building.id, id, adopted) : null;
  const votes = tally(consents);
  return {
    id: agreement.id,
    access,
    building: { id: agreement.building.id, slug: agreement.building.slug, name: agreement.building.name },
    space: agreement.space,
    reviewDate: agreement.reviewDate,
    meetingNote: agreement.meetingNote,
    author: agreement.createdBy.displayName,
    coAuthors: agreement.coAuthors.map((c) => c.user),
    versions: agreement.versions.map(({ id: _id, ...v }) => v),
    current: { number: current.number, status: current.status, closesAt: current.closesAt, openedAt: current.openedAt, phase },
    adopted: adopted ? adoptedSummary(adopted) : null,
    quorumPercent: agreement.quorumPercent,
    /** What adopting the current version now would mean: shown on the confirmation before it is done. */
    adoptionCheck: adoptionCheck({ households: flats, answered: votes.total, quorumPercent: agreement.quorumPercent, closesAt: current.closesAt }, now),
    items: items.map((item) => ({
      ...localize(item, locale),
      comments: item.comments.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt, name: names ? c.user.displayName : null })),
    })),
    // Draft translations are only for the authors' editing form.
    changes: previousItems.length ? localizedDiff(previousItems, items, locale) : null,
    tally: votes,
    /** Flats in the building now: "3 of 14 households answered". */
    householdCount: flats,
    objections: objectionsOf(consents, names),
    myResponse,
    household: household ? { choice: household.choice, method: household.method } : null,
    needsAcknowledgement: Boolean(
      residence &&
        adopted &&
        needsAcknowledgement({
          movedInAt: residence.movedInAt,
          adoptedAt: adopted.adoptedAt,
          acknowledgedVersion: ack?.version ?? null,
          adoptedVersion: adopted.number,
        }),
    ),
    households: households && {
      ...households,
      consents: consents.map((c) => ({
        unit: c.unit,
        choice: c.choice,
        method: c.method,
        name: c.user?.displayName ?? null,
        // Given online while a buurtwerker acted for the resident: it counts as theirs, staff see who helped.
        assistedBy: c.assistedBy?.displayName ?? null,
      })),
    },
  };
}

type ConsentRow = { choice: string; reason: string | null; method: string; unit: string; user: { displayName: string } | null };

/** The households that do not agree, with their reasons; who and which flat only for staff of the neighbourhood. */
function objectionsOf(consents: readonly ConsentRow[], names: boolean) {
  return consents
    .filter((c) => c.choice === "object")
    .map((c) => ({ reason: c.reason, method: c.method, name: names ? (c.user?.displayName ?? null) : null, unit: names ? c.unit : null }));
}

/** Every household of the building with its answer, and who has not read the rules in force: for staff. */
async function getHouseholds(buildingId: string, agreementId: string, adopted: { adoptedAt: Date | null; number: number } | null) {
  const [residents, acks] = await Promise.all([
    prisma.residence.findMany({
      where: { buildingId, movedOutAt: null, user: { deletedAt: null } },
      orderBy: [{ unit: "asc" }],
      select: { unit: true, movedInAt: true, user: { select: { id: true, displayName: true } } },
    }),
    prisma.agreementAcknowledgement.findMany({ where: { agreementId }, select: { userId: true, version: true } }),
  ]);
  const units = [...new Set(residents.map((r) => r.unit))].sort();
  const notAcknowledged = adopted
    ? residents
        .filter((r) =>
          needsAcknowledgement({
            movedInAt: r.movedInAt,
            adoptedAt: adopted.adoptedAt,
            acknowledgedVersion: acks.find((a) => a.userId === r.user.id)?.version ?? null,
            adoptedVersion: adopted.number,
          }),
        )
        .map((r) => ({ name: r.user.displayName, unit: r.unit }))
    : [];
  return { units, residents: residents.map((r) => ({ id: r.user.id, name: r.user.displayName, unit: r.unit })), notAcknowledged };
}

function localizedDiff(before: TranslatedItem[], after: TranslatedItem[], locale: string) {
  const base = (items: TranslatedItem[]): ComparableItem[] => items.map((i) => ({ key: i.key, text: i.text, explanation: i.explanation }));
  const shown = new Map<string, ReturnType<typeof localize>>();
  for (const item of before) shown.set(`before:${item.key}`, localize(item, locale));
  for (const item of after) shown.set(`after:${item.key}`, localize(item, locale));
  // The kind of change follows the Dutch original; the reader sees it in their own language.
  return compareVersions(base(before), base(after)).map((entry) => ({
    kind: entry.kind,
    key: entry.key,
    before: entry.kind === "removed" || entry.kind === "changed" ? (shown.get(`before:${entry.key}`) ?? null) : null,
    after: entry.kind === "removed" ? null : (shown.get(`after:${entry.key}`) ?? null),
  }));
}

/** The agreement of a version page, comparison or notice: what it is about, and what the rules need. */
function agreementHeadSelect(actor: Actor) {
  return {
    id: true,
    currentVersion: true,
    building: { select: { name: true, slug: true, ...buildingAccessSelect(actor) } },
    space: { select: { name: true, slug: true } },
    coAuthors: coAuthorSelect(actor),
  } satisfies Prisma.AgreementSelect;
}

function agreementHead(agreement: Prisma.AgreementGetPayload<{ select: ReturnType<typeof agreementHeadSelect> }>) {
  return {
    id: agreement.id,
    currentVersion: agreement.currentVersion,
    building: { name: agreement.building.name, slug: agreement.building.slug },
    space: agreement.space,
  };
}

export async function getVersion(actor: Actor, id: string, number: number, now = new Date()) {
  const version = await prisma.agreementVersion.findFirst({
    where: { agreementId: id, number, agreement: { building: visibleBuildings(actor) } },
    select: {
      ...versionSummarySelect,
      agreement: { select: agreementHeadSelect(actor) },
      items: { orderBy: { position: "asc" }, select: itemSelect },
      consents: { orderBy: { unit: "asc" }, select: { choice: true, reason: true, method: true, unit: true, user: { select: { displayName: true } } } },
    },
  });
  if (!version) return null;
  const access = agreementSubject(version.agreement);
  return {
    access,
    agreement: agreementHead(version.agreement),
    number: version.number,
    phase: phaseOf(version, now),
    openedAt: version.openedAt,
    closesAt: version.closesAt,
    adoptedAt: version.adoptedAt,
    adoption: adoptionOf(version),
    items: version.items.map((item) => localize(item, actor.user.locale)),
    tally: tally(version.consents),
    // The same reasons as on the agreement's page (names only for staff): the count and the list never disagree.
    objections: objectionsOf(version.consents, can(actor, "seeNames", access)),
  };
}

export async function getComparison(actor: Actor, id: string, from: number, to: number) {
  const agreement = await prisma.agreement.findFirst({
    where: { id, building: visibleBuildings(actor) },
    select: {
      ...agreementHeadSelect(actor),
      versions: { where: { number: { in: [from, to] } }, select: { number: true, items: { orderBy: { position: "asc" }, select: itemSelect } } },
    },
  });
  const before = agreement?.versions.find((v) => v.number === from);
  const after = agreement?.versions.find((v) => v.number === to);
  if (!agreement || !before || !after) return null;
  return { access: agreementSubject(agreement), agreement: agreementHead(agreement), from, to, entries: localizedDiff(before.items, after.items, actor.user.locale) };
}

/** The agreement in force for the hallway notice, in the chosen languages. */
export async function getNotice(actor: Actor, id: string, locales: string[]) {
  const agreement = await prisma.agreement.findFirst({
    where: { id, building: visibleBuildings(actor) },
    select: {
      id: true,
      building: { select: { name: true, address: true, ...buildingAccessSelect(actor) } },
      space: { select: { name: true } },
      coAuthors: coAuthorSelect(actor),
      versions: {
        where: { adoptedAt: { not: null } },
        orderBy: { number: "desc" },
        take: 1,
        select: { ...versionSummarySelect, items: { orderBy: { position: "asc" }, select: itemSelect } },
      },
    },
  });
  const adopted = agreement?.versions[0];
  if (!agreement || !adopted) return null;
  return {
    id: agreement.id,
    access: agreementSubject(agreement),
    building: { name: agreement.building.name, address: agreement.building.address },
    space: agreement.space,
    number: adopted.number,
    adoptedAt: adopted.adoptedAt,
    adoption: adoptionOf(adopted),
    languages: locales.map((locale) => ({ locale, items: adopted.items.map((item) => localize(item, locale)) })),
  };
}

/** For the authors' edit form: the current draft with every translation. */
export async function getDraftForEditing(actor: Actor, id: string) {
  const agreement = await prisma.agreement.findFirst({
    where: { id, building: visibleBuildings(actor) },
    select: {
      id: true,
      currentVersion: true,
      reviewDate: true,
      quorumPercent: true,
      building: { select: { name: true, ...buildingAccessSelect(actor) } },
      space: { select: { name: true } },
      coAuthors: coAuthorSelect(actor),
      versions: { select: { number: true, status: true, items: { orderBy: { position: "asc" }, select: itemSelect } } },
    },
  });
  const draft = agreement?.versions.find((v) => v.number === agreement.currentVersion);
  if (!agreement || !draft) return null;
  return {
    id: agreement.id,
    access: agreementSubject(agreement),
    number: draft.number,
    status: draft.status,
    reviewDate: agreement.reviewDate,
    quorumPercent: agreement.quorumPercent,
    building: { name: agreement.building.name },
    space: agreement.space,
    items: draft.items,
  };
}

/** Spaces without an agreement yet in the buurtwerker's neighbourhoods, for the "new agreement" form. */
export function listFreeSpaces(actor: Actor) {
  return prisma.building.findMany({
    where: { neighbourhoodId: staffNeighbourhoods(actor) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, spaces: { where: { agreement: null }, orderBy: { name: "asc" }, select: { id: true, name: true } } },
  });
}
