// Reads for agreements: every query scopes by who asks (staff, or a resident of the building).
import { prisma } from "~/utils/db.server";
import type { Actor } from "~/utils/actor";
import { compareVersions, needsAcknowledgement, phaseOf, tally, type ComparableItem } from "./rules";

/**
 * Who asks: the person the app acts as, whether the signed-in person is staff (and not helping someone), and the
 * Actor itself for what is written down (help given while acting).
 */
export type Asker = { userId: string; isStaff: boolean; locale: string; actor: Actor };

export function toAsker(actor: Actor): Asker {
  return { userId: actor.user.id, isStaff: actor.staff !== null, locale: actor.user.locale, actor };
}

/** Residents see their own buildings; staff see every building. */
function buildingScope(asker: Asker) {
  return asker.isStaff ? {} : { residences: { some: { userId: asker.userId, movedOutAt: null } } };
}

export function activeResidence(userId: string, buildingId: string) {
  return prisma.residence.findFirst({
    where: { userId, buildingId, movedOutAt: null, user: { deletedAt: null } },
    select: { unit: true, movedInAt: true },
  });
}

type TranslatedItem = {
  id: string;
  key: string;
  position: number;
  text: string;
  explanation: string | null;
  translations: { locale: string; text: string; explanation: string | null }[];
};

/** The item in the reader's language when the author translated it, otherwise the Dutch original. */
export function localize(item: TranslatedItem, locale: string) {
  const translation = item.translations.find((t) => t.locale === locale);
  return {
    id: item.id,
    key: item.key,
    text: translation?.text ?? item.text,
    explanation: translation ? translation.explanation : item.explanation,
    translated: Boolean(translation) || locale === "nl",
  };
}

const itemSelect = {
  id: true,
  key: true,
  position: true,
  text: true,
  explanation: true,
  translations: { select: { locale: true, text: true, explanation: true } },
} as const;

const versionSummarySelect = { id: true, number: true, status: true, openedAt: true, closesAt: true, adoptedAt: true } as const;

type VersionSummary = { number: number; status: string; closesAt: Date | null; adoptedAt: Date | null };

/** The version in force: the newest one that was ever adopted (it may be under revision now). */
export function inForce<T extends VersionSummary>(versions: readonly T[]) {
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
    adopted: adopted ? { number: adopted.number, adoptedAt: adopted.adoptedAt } : null,
  };
}

/** The /afspraken overview: buildings with their spaces, and what asks for this person's attention. */
export async function getOverview(asker: Asker, now = new Date()) {
  const buildings = await prisma.building.findMany({
    where: buildingScope(asker),
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
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
  const residences = await prisma.residence.findMany({
    where: { userId: asker.userId, movedOutAt: null },
    select: { buildingId: true, unit: true, movedInAt: true },
  });
  const agreementIds = buildings.flatMap((b) => b.spaces.flatMap((s) => (s.agreement ? [s.agreement.id] : [])));
  const [consents, acks] = await Promise.all([
    prisma.agreementConsent.findMany({
      where: {
        version: { agreementId: { in: agreementIds } },
        OR: residences.map((r) => ({ buildingId: r.buildingId, unit: r.unit })),
      },
      select: { versionId: true },
    }),
    prisma.agreementAcknowledgement.findMany({
      where: { userId: asker.userId, agreementId: { in: agreementIds } },
      select: { agreementId: true, version: true },
    }),
  ]);
  const answered = new Set(residences.length ? consents.map((c) => c.versionId) : []);
  const notices: {
    kind: "respond" | "changed" | "acknowledge";
    agreementId: string;
    buildingName: string;
    spaceName: string;
    version: number;
    closesAt: Date | null;
  }[] = [];
  for (const building of buildings) {
    const residence = residences.find((r) => r.buildingId === building.id);
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

export async function getBuildingPage(asker: Asker, slug: string, now = new Date()) {
  const building = await prisma.building.findFirst({
    where: { slug, ...buildingScope(asker) },
    select: {
      id: true,
      slug: true,
      name: true,
      address: true,
      spaces: {
        orderBy: { name: "asc" },
        select: {
          slug: true,
          name: true,
          kind: true,
          bookable: { select: { active: true, opensAt: true, closesAt: true } },
          agreement: { select: { id: true, currentVersion: true, versions: { select: versionSummarySelect } } },
        },
      },
    },
  });
  if (!building) return null;
  return {
    ...building,
    spaces: building.spaces.map((s) => ({ ...s, agreement: s.agreement ? summarise(s.agreement, now) : null })),
  };
}

/** A space's page: the agreement in force, in the reader's language, and the opening hours. */
export async function getSpacePage(asker: Asker, buildingSlug: string, spaceSlug: string, now = new Date()) {
  const space = await prisma.space.findFirst({
    where: { slug: spaceSlug, building: { slug: buildingSlug, ...buildingScope(asker) } },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      building: { select: { id: true, slug: true, name: true } },
      bookable: { select: { active: true, opensAt: true, closesAt: true, maxMinutes: true } },
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
  const { agreement, ...rest } = space;
  const adopted = agreement ? inForce(agreement.versions) : null;
  return {
    ...rest,
    agreement: agreement ? summarise(agreement, now) : null,
    adoptedItems: adopted ? adopted.items.map((item) => localize(item, asker.locale)) : [],
  };
}

/** Names behind responses are for staff only; everyone else sees choices and reasons. */
export async function getAgreement(asker: Asker, id: string, now = new Date()) {
  const agreement = await prisma.agreement.findFirst({
    where: { id, building: buildingScope(asker) },
    select: {
      id: true,
      currentVersion: true,
      reviewDate: true,
      meetingNote: true,
      createdBy: { select: { displayName: true } },
      building: { select: { id: true, slug: true, name: true } },
      space: { select: { slug: true, name: true, kind: true } },
      coAuthors: { select: { user: { select: { id: true, displayName: true } } } },
      versions: { orderBy: { number: "asc" }, select: versionSummarySelect },
    },
  });
  if (!agreement) return null;
  const current = agreement.versions.find((v) => v.number === agreement.currentVersion);
  if (!current) return null;
  const residence = await activeResidence(asker.userId, agreement.building.id);
  const isAuthor = asker.isStaff || agreement.coAuthors.some((c) => c.user.id === asker.userId);
  const [items, consents, myResponse, previousItems, ack] = await Promise.all([
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
      where: { versionId: current.id, userId: asker.userId },
      select: { choice: true, reason: true, updatedAt: true },
    }),
    current.number > 1
      ? prisma.agreementItem.findMany({
          where: { version: { agreementId: id, number: current.number - 1 } },
          orderBy: { position: "asc" },
          select: itemSelect,
        })
      : Promise.resolve([]),
    prisma.agreementAcknowledgement.findFirst({ where: { agreementId: id, userId: asker.userId }, select: { version: true } }),
  ]);
  const phase = phaseOf(current, now);
  const adopted = inForce(agreement.versions);
  const household = residence ? consents.find((c) => c.unit === residence.unit) : undefined;
  const staff = asker.isStaff ? await getStaffExtras(agreement.building.id, id, adopted) : null;
  return {
    id: agreement.id,
    building: agreement.building,
    space: agreement.space,
    reviewDate: agreement.reviewDate,
    meetingNote: agreement.meetingNote,
    author: agreement.createdBy.displayName,
    coAuthors: agreement.coAuthors.map((c) => c.user),
    versions: agreement.versions.map(({ id: _id, ...v }) => v),
    current: { number: current.number, status: current.status, closesAt: current.closesAt, openedAt: current.openedAt, phase },
    adopted: adopted ? { number: adopted.number, adoptedAt: adopted.adoptedAt } : null,
    items: items.map((item) => ({
      ...localize(item, asker.locale),
      comments: item.comments.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt, name: asker.isStaff ? c.user.displayName : null })),
    })),
    // Draft translations are only for the authors' editing form.
    changes: previousItems.length ? localizedDiff(previousItems, items, asker.locale) : null,
    tally: tally(consents),
    objections: consents
      .filter((c) => c.choice === "object")
      .map((c) => ({ reason: c.reason, method: c.method, name: asker.isStaff ? (c.user?.displayName ?? null) : null, unit: asker.isStaff ? c.unit : null })),
    isAuthor,
    canRespond: Boolean(residence),
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
    staff: staff && {
      ...staff,
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

async function getStaffExtras(buildingId: string, agreementId: string, adopted: { adoptedAt: Date | null; number: number } | null) {
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
  const shown = new Map<string, { text: string; explanation: string | null }>();
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

export async function getVersion(asker: Asker, id: string, number: number, now = new Date()) {
  const version = await prisma.agreementVersion.findFirst({
    where: { agreementId: id, number, agreement: { building: buildingScope(asker) } },
    select: {
      ...versionSummarySelect,
      agreement: { select: { id: true, currentVersion: true, building: { select: { name: true, slug: true } }, space: { select: { name: true, slug: true } } } },
      items: { orderBy: { position: "asc" }, select: itemSelect },
      consents: { select: { choice: true } },
    },
  });
  if (!version) return null;
  return {
    agreement: version.agreement,
    number: version.number,
    phase: phaseOf(version, now),
    openedAt: version.openedAt,
    closesAt: version.closesAt,
    adoptedAt: version.adoptedAt,
    items: version.items.map((item) => localize(item, asker.locale)),
    tally: tally(version.consents),
  };
}

export async function getComparison(asker: Asker, id: string, from: number, to: number) {
  const versions = await prisma.agreementVersion.findMany({
    where: { agreementId: id, number: { in: [from, to] }, agreement: { building: buildingScope(asker) } },
    select: { number: true, items: { orderBy: { position: "asc" }, select: itemSelect } },
  });
  const before = versions.find((v) => v.number === from);
  const after = versions.find((v) => v.number === to);
  if (!before || !after) return null;
  const agreement = await prisma.agreement.findFirst({
    where: { id },
    select: { id: true, currentVersion: true, building: { select: { name: true, slug: true } }, space: { select: { name: true, slug: true } } },
  });
  if (!agreement) return null;
  return { agreement, from, to, entries: localizedDiff(before.items, after.items, asker.locale) };
}

/** The agreement in force for the hallway notice, in the chosen languages. */
export async function getNotice(asker: Asker, id: string, locales: string[]) {
  const agreement = await prisma.agreement.findFirst({
    where: { id, building: buildingScope(asker) },
    select: {
      id: true,
      building: { select: { name: true, address: true } },
      space: { select: { name: true } },
      versions: { where: { adoptedAt: { not: null } }, orderBy: { number: "desc" }, take: 1, select: { number: true, adoptedAt: true, items: { orderBy: { position: "asc" }, select: itemSelect } } },
    },
  });
  const adopted = agreement?.versions[0];
  if (!agreement || !adopted) return null;
  return {
    id: agreement.id,
    building: agreement.building,
    space: agreement.space,
    number: adopted.number,
    adoptedAt: adopted.adoptedAt,
    languages: locales.map((locale) => ({ locale, items: adopted.items.map((item) => localize(item, locale)) })),
  };
}

/** For the authors' edit form: the current draft with every translation. */
export async function getDraftForEditing(asker: Asker, id: string) {
  const agreement = await prisma.agreement.findFirst({
    where: {
      id,
      ...(asker.isStaff ? {} : { coAuthors: { some: { userId: asker.userId } }, building: buildingScope(asker) }),
    },
    select: {
      id: true,
      currentVersion: true,
      reviewDate: true,
      building: { select: { name: true } },
      space: { select: { name: true } },
      versions: { select: { number: true, status: true, items: { orderBy: { position: "asc" }, select: itemSelect } } },
    },
  });
  const draft = agreement?.versions.find((v) => v.number === agreement.currentVersion);
  if (!agreement || !draft) return null;
  return {
    id: agreement.id,
    number: draft.number,
    status: draft.status,
    reviewDate: agreement.reviewDate,
    building: agreement.building,
    space: agreement.space,
    items: draft.items,
  };
}

/** Spaces without an agreement yet, for the "new agreement" form. */
export function listFreeSpaces() {
  return prisma.building.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, spaces: { where: { agreement: null }, orderBy: { name: "asc" }, select: { id: true, name: true } } },
  });
}

export function isCoAuthor(userId: string, agreementId: string) {
  return prisma.agreementCoAuthor.findFirst({ where: { agreementId, userId }, select: { userId: true } });
}
