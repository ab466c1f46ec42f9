// Pure rules for agreements: lifecycle, tally, version comparison, new tenants, closing dates.
// No I/O here, so every rule has a unit test next to it (rules.test.ts).
import { endOfLocalDay } from "~/utils/dates";
import { isOutdated, normaliseText } from "~/utils/translations";

export { endOfLocalDay };

export const choices = ["agree", "abstain", "object"] as const;
export type Choice = (typeof choices)[number];
export function isChoice(value: unknown): value is Choice {
  return typeof value === "string" && (choices as readonly string[]).includes(value);
}

/** Stored on a version. A version past its closing date stays "open" in the database: see phaseOf. */
export const versionStatuses = ["draft", "open", "revised", "adopted"] as const;
export type VersionStatus = (typeof versionStatuses)[number];

/** What people see: "closed" is an open version whose closing date has passed. */
export type Phase = "draft" | "open" | "closed" | "revised" | "adopted";

export function phaseOf(version: { status: string; closesAt: Date | null }, now: Date = new Date()): Phase {
  switch (version.status) {
    case "open":
      return version.closesAt && version.closesAt.getTime() <= now.getTime() ? "closed" : "open";
    case "revised":
    case "adopted":
      return version.status;
    default:
      return "draft";
  }
}

export type LifecycleAction = "edit" | "open" | "respond" | "revise" | "adopt";

type Transition = { ok: true; next: VersionStatus } | { ok: false; error: string };

const allowed: Record<LifecycleAction, Partial<Record<Phase, VersionStatus>>> = {
  edit: { draft: "draft" },
  open: { draft: "open" },
  respond: { open: "open" },
  // The current version is kept as "revised"; a new draft version follows it.
  revise: { open: "revised", closed: "revised", adopted: "revised" },
  adopt: { open: "adopted", closed: "adopted" },
};

/** draft → open → (revised → new draft) | adopted. The error is a translation key. */
export function transition(phase: Phase, action: LifecycleAction): Transition {
  const next = allowed[action][phase];
  if (next) return { ok: true, next };
  if (action === "respond") {
    return { ok: false, error: phase === "draft" ? "agreements:errors.notOpen" : "agreements:errors.closed" };
  }
  return { ok: false, error: "agreements:errors.notAllowedNow" };
}

export type Tally = { agree: number; abstain: number; object: number; total: number };

/** One voice per household: the tally counts household consents, online and on paper alike. */
export function tally(consents: readonly { choice: string }[]): Tally {
  const result: Tally = { agree: 0, abstain: 0, object: 0, total: 0 };
  for (const consent of consents) {
    if (!isChoice(consent.choice)) continue;
    result[consent.choice] += 1;
    result.total += 1;
  }
  return result;
}

export type ComparableItem = { key: string; text: string; explanation: string | null };
export type DiffEntry =
  | { kind: "added"; key: string; after: ComparableItem }
  | { kind: "removed"; key: string; before: ComparableItem }
  | { kind: "changed"; key: string; before: ComparableItem; after: ComparableItem }
  | { kind: "unchanged"; key: string; after: ComparableItem };

// Spaces do not count as a change: the same rule as for translations (app/utils/translations.ts).
const normalise = normaliseText;

/**
 * Item-by-item comparison by each item's stable key. Entries follow the newer version's order;
 * a removed item shows where it used to be (after the item that preceded it).
 */
export function compareVersions(before: readonly ComparableItem[], after: readonly ComparableItem[]): DiffEntry[] {
  const oldByKey = new Map(before.map((item) => [item.key, item]));
  const newKeys = new Set(after.map((item) => item.key));
  const entries: DiffEntry[] = after.map((item): DiffEntry => {
    const old = oldByKey.get(item.key);
    if (!old) return { kind: "added", key: item.key, after: item };
    const same = normalise(old.text) === normalise(item.text) && normalise(old.explanation) === normalise(item.explanation);
    return same ? { kind: "unchanged", key: item.key, after: item } : { kind: "changed", key: item.key, before: old, after: item };
  });
  before.forEach((item, index) => {
    if (newKeys.has(item.key)) return;
    const previousKey = before[index - 1]?.key;
    const at = previousKey === undefined ? -1 : entries.findIndex((entry) => entry.key === previousKey);
    entries.splice(at + 1, 0, { kind: "removed", key: item.key, before: item });
  });
  return entries;
}

export function diffCounts(entries: readonly DiffEntry[]) {
  return {
    added: entries.filter((e) => e.kind === "added").length,
    removed: entries.filter((e) => e.kind === "removed").length,
    changed: entries.filter((e) => e.kind === "changed").length,
    unchanged: entries.filter((e) => e.kind === "unchanged").length,
  };
}

/**
 * A new tenant is asked to read an adopted agreement when they moved in after it was adopted
 * and have not acknowledged this version yet.
 */
export function needsAcknowledgement(input: {
  movedInAt: Date;
  adoptedAt: Date | null;
  acknowledgedVersion: number | null;
  adoptedVersion: number;
}) {
  if (!input.adoptedAt) return false;
  if (input.acknowledgedVersion !== null && input.acknowledgedVersion >= input.adoptedVersion) return false;
  return input.movedInAt.getTime() > input.adoptedAt.getTime();
}

export function isPastLocalDay(date: string, now: Date = new Date()) {
  const end = endOfLocalDay(date);
  return end === null || end.getTime() < now.getTime();
}

/** Half the households, unless the authors set another share for the agreement. */
export const DEFAULT_QUORUM_PERCENT = 50;

export type AdoptionCheck = {
  households: number;
  answered: number;
  quorumPercent: number;
  /** Households that must answer for the quorum. */
  needed: number;
  quorumMet: boolean;
  /** The closing date has passed: nobody can still answer. */
  closed: boolean;
  /** Enough households answered and the closing date passed: the rules were agreed together. */
  together: boolean;
};

/**
 * What the confirmation before adopting says, and what the hallway notice will say: a handful of answers before the
 * closing date is not "agreed together" (issue 16: adopted with 1 of 14 households answering).
 */
export function adoptionCheck(
  input: { households: number; answered: number; quorumPercent: number; closesAt: Date | null },
  now: Date = new Date(),
): AdoptionCheck {
  const needed = Math.ceil((input.households * input.quorumPercent) / 100);
  const quorumMet = input.answered >= needed;
  const closed = input.closesAt !== null && input.closesAt.getTime() <= now.getTime();
  return { households: input.households, answered: input.answered, quorumPercent: input.quorumPercent, needed, quorumMet, closed, together: quorumMet && closed };
}

export type AdoptionRecord = {
  adoptedHouseholds: number | null;
  adoptedAnswered: number | null;
  adoptedQuorumPercent: number | null;
  adoptedBeforeClosing: boolean | null;
  adoptedBy: string | null;
};

/** How an adopted version came about, from what was kept at adoption (null: nothing was kept). */
export function adoptionOf(record: AdoptionRecord) {
  const { adoptedHouseholds: households, adoptedAnswered: answered, adoptedQuorumPercent: quorumPercent } = record;
  if (households === null || answered === null || quorumPercent === null) return null;
  const beforeClosing = record.adoptedBeforeClosing === true;
  const quorumMet = answered >= Math.ceil((households * quorumPercent) / 100);
  return { households, answered, beforeClosing, together: quorumMet && !beforeClosing, by: record.adoptedBy === "coauthor" ? "coauthor" : "staff" } as const;
}
export type Adoption = NonNullable<ReturnType<typeof adoptionOf>>;

type Translation = { sourceText: string; sourceExplanation: string | null };

/**
 * A translation made for an older Dutch text is outdated (issue 16): readers see it marked, with the Dutch text
 * beside it, until an author updates the translation or confirms it still fits.
 */
export function translationOutdated(item: { text: string; explanation: string | null }, translation: Translation) {
  return isOutdated([translation.sourceText, translation.sourceExplanation], [item.text, item.explanation]);
}

type SavedTranslation = { text: string; explanation: string | null; sourceText: string; sourceExplanation: string | null };

/**
 * The Dutch text a translation belongs to once the draft is saved: a new or changed translation, or one an author
 * confirmed, belongs to the item's text now; one left as it was keeps the text it was made for (outdated, if the
 * Dutch changed).
 */
export function translationSource(
  item: { text: string; explanation: string | null },
  translation: { text: string; explanation: string | null; confirmed: boolean },
  saved: SavedTranslation | undefined,
): Translation {
  const unchanged = saved && normalise(saved.text) === normalise(translation.text) && normalise(saved.explanation) === normalise(translation.explanation);
  if (!saved || !unchanged || translation.confirmed) return { sourceText: item.text, sourceExplanation: item.explanation };
  return { sourceText: saved.sourceText, sourceExplanation: saved.sourceExplanation };
}
