import { describe, expect, test } from "vitest";
import {
  adoptionCheck,
  adoptionOf,
  compareVersions,
  diffCounts,
  endOfLocalDay,
  isPastLocalDay,
  needsAcknowledgement,
  phaseOf,
  tally,
  transition,
  translationOutdated,
  translationSource,
} from "./rules";

const at = (iso: string) => new Date(iso);

describe("the lifecycle of a proposal", () => {
  const now = at("2026-06-10T10:00:00Z");

  test("an open version is closed once its closing date has passed", () => {
    expect(phaseOf({ status: "draft", closesAt: null }, now)).toBe("draft");
    expect(phaseOf({ status: "open", closesAt: at("2026-06-11T00:00:00Z") }, now)).toBe("open");
    expect(phaseOf({ status: "open", closesAt: at("2026-06-10T10:00:00Z") }, now)).toBe("closed");
    expect(phaseOf({ status: "revised", closesAt: null }, now)).toBe("revised");
    expect(phaseOf({ status: "adopted", closesAt: at("2020-01-01T00:00:00Z") }, now)).toBe("adopted");
  });

  test("draft → open → revised or adopted", () => {
    expect(transition("draft", "open")).toEqual({ ok: true, next: "open" });
    expect(transition("draft", "edit")).toEqual({ ok: true, next: "draft" });
    expect(transition("open", "revise")).toEqual({ ok: true, next: "revised" });
    expect(transition("closed", "adopt")).toEqual({ ok: true, next: "adopted" });
    expect(transition("adopted", "revise")).toEqual({ ok: true, next: "revised" });
  });

  test("steps out of order are refused", () => {
    expect(transition("draft", "adopt").ok).toBe(false);
    expect(transition("open", "edit").ok).toBe(false);
    expect(transition("open", "open").ok).toBe(false);
    expect(transition("adopted", "adopt").ok).toBe(false);
    expect(transition("revised", "revise").ok).toBe(false);
    expect(transition("revised", "open").ok).toBe(false);
  });

  test("only an open proposal takes responses, with a clear reason otherwise", () => {
    expect(transition("open", "respond").ok).toBe(true);
    expect(transition("closed", "respond")).toEqual({ ok: false, error: "agreements:errors.closed" });
    expect(transition("adopted", "respond")).toEqual({ ok: false, error: "agreements:errors.closed" });
    expect(transition("draft", "respond")).toEqual({ ok: false, error: "agreements:errors.notOpen" });
  });
});

describe("the tally", () => {
  test("counts each household once per choice and ignores unknown choices", () => {
    expect(tally([{ choice: "agree" }, { choice: "agree" }, { choice: "object" }, { choice: "abstain" }, { choice: "maybe" }])).toEqual({
      agree: 2,
      abstain: 1,
      object: 1,
      total: 4,
    });
    expect(tally([])).toEqual({ agree: 0, abstain: 0, object: 0, total: 0 });
  });
});

describe("comparing two versions", () => {
  const item = (key: string, text: string, explanation: string | null = null) => ({ key, text, explanation });

  test("marks items added, removed, changed and unchanged, in the new order", () => {
    const v1 = [item("a", "Stil na 22:00"), item("b", "Stoelen stapelen"), item("c", "Geen dieren")];
    const v2 = [item("a", "Stil na 22:00"), item("b", "Stoelen stapelen en vegen", "Zo vindt de volgende het proper."), item("d", "Sleutel terug in de kast")];
    const diff = compareVersions(v1, v2);
    expect(diff.map((e) => [e.kind, e.key])).toEqual([
      ["unchanged", "a"],
      ["changed", "b"],
      ["removed", "c"],
      ["added", "d"],
    ]);
    expect(diffCounts(diff)).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
  });

  test("a changed explanation is a change, extra spaces are not", () => {
    const diff = compareVersions([item("a", "Stil  na 22:00", "Buren slapen")], [item("a", "Stil na 22:00 ", "Kinderen slapen")]);
    expect(diff[0]?.kind).toBe("changed");
    expect(compareVersions([item("a", "Stil  na 22:00")], [item("a", "Stil na 22:00 ")])[0]?.kind).toBe("unchanged");
  });

  test("a removed first item stays first", () => {
    const diff = compareVersions([item("a", "x"), item("b", "y")], [item("b", "y")]);
    expect(diff.map((e) => e.kind)).toEqual(["removed", "unchanged"]);
  });
});

describe("new tenants", () => {
  const adoptedAt = at("2026-01-10T10:00:00Z");
  test("are asked when they moved in after the adoption and have not acknowledged it", () => {
    expect(needsAcknowledgement({ movedInAt: at("2026-02-01T00:00:00Z"), adoptedAt, acknowledgedVersion: null, adoptedVersion: 2 })).toBe(true);
    expect(needsAcknowledgement({ movedInAt: at("2026-02-01T00:00:00Z"), adoptedAt, acknowledgedVersion: 2, adoptedVersion: 2 })).toBe(false);
    expect(needsAcknowledgement({ movedInAt: at("2026-02-01T00:00:00Z"), adoptedAt, acknowledgedVersion: 1, adoptedVersion: 2 })).toBe(true);
    expect(needsAcknowledgement({ movedInAt: at("2025-02-01T00:00:00Z"), adoptedAt, acknowledgedVersion: null, adoptedVersion: 2 })).toBe(false);
    expect(needsAcknowledgement({ movedInAt: at("2026-02-01T00:00:00Z"), adoptedAt: null, acknowledgedVersion: null, adoptedVersion: 1 })).toBe(false);
  });
});

describe("closing dates", () => {
  test("a date means the end of that day in Brussels", () => {
    expect(endOfLocalDay("2026-06-30")?.toISOString()).toBe("2026-06-30T21:59:59.999Z");
    expect(endOfLocalDay("2026-12-31")?.toISOString()).toBe("2026-12-31T22:59:59.999Z");
    expect(endOfLocalDay("niet-een-datum")).toBeNull();
  });
  test("today is not in the past, yesterday is", () => {
    const now = at("2026-06-10T20:00:00Z");
    expect(isPastLocalDay("2026-06-10", now)).toBe(false);
    expect(isPastLocalDay("2026-06-09", now)).toBe(true);
  });
});

describe("adopting: agreed together, or adopted by the buurtwerker (issue 16)", () => {
  const now = new Date("2026-06-10T12:00:00Z");
  const past = new Date("2026-06-01T21:59:59Z");
  const future = new Date("2026-06-20T21:59:59Z");

  test("1 of 14 households before the closing date is neither a quorum nor closed", () => {
    expect(adoptionCheck({ households: 14, answered: 1, quorumPercent: 50, closesAt: future }, now)).toEqual({
      households: 14,
      answered: 1,
      quorumPercent: 50,
      needed: 7,
      quorumMet: false,
      closed: false,
      together: false,
    });
  });

  test("half the households (rounded up) after the closing date is agreed together; one fewer is not", () => {
    expect(adoptionCheck({ households: 13, answered: 7, quorumPercent: 50, closesAt: past }, now)).toMatchObject({ needed: 7, quorumMet: true, closed: true, together: true });
    expect(adoptionCheck({ households: 13, answered: 6, quorumPercent: 50, closesAt: past }, now)).toMatchObject({ quorumMet: false, together: false });
    // Everyone answered, but early: people who meant to answer later could not.
    expect(adoptionCheck({ households: 4, answered: 4, quorumPercent: 50, closesAt: future }, now)).toMatchObject({ quorumMet: true, closed: false, together: false });
  });

  test("the quorum is the agreement's own share", () => {
    expect(adoptionCheck({ households: 20, answered: 5, quorumPercent: 25, closesAt: past }, now)).toMatchObject({ needed: 5, together: true });
    expect(adoptionCheck({ households: 20, answered: 15, quorumPercent: 80, closesAt: past }, now)).toMatchObject({ needed: 16, together: false });
  });

  test("what was kept at adoption says how it came about; nothing kept, nothing said", () => {
    const kept = { adoptedHouseholds: 14, adoptedAnswered: 1, adoptedQuorumPercent: 50, adoptedBeforeClosing: true, adoptedBy: "staff" };
    expect(adoptionOf(kept)).toEqual({ households: 14, answered: 1, beforeClosing: true, together: false, by: "staff" });
    expect(adoptionOf({ ...kept, adoptedAnswered: 10, adoptedBeforeClosing: false })).toMatchObject({ together: true });
    expect(adoptionOf({ ...kept, adoptedAnswered: 10, adoptedBeforeClosing: true, adoptedBy: "coauthor" })).toMatchObject({ together: false, by: "coauthor" });
    expect(adoptionOf({ adoptedHouseholds: null, adoptedAnswered: null, adoptedQuorumPercent: null, adoptedBeforeClosing: null, adoptedBy: null })).toBeNull();
  });
});

describe("translations of an older Dutch text (issue 16)", () => {
  const item = { text: "Na 22:00 is het stil, op vrijdag na 22:30.", explanation: null };

  test("a translation is outdated when the Dutch text or explanation it was made for changed", () => {
    expect(translationOutdated(item, { sourceText: "Na 22:00 is het stil, op vrijdag na 22:30.", sourceExplanation: null })).toBe(false);
    // Spaces alone change nothing.
    expect(translationOutdated(item, { sourceText: " Na 22:00 is het stil,  op vrijdag na 22:30. ", sourceExplanation: "" })).toBe(false);
    expect(translationOutdated(item, { sourceText: "Na 22:00 is het stil.", sourceExplanation: null })).toBe(true);
    expect(translationOutdated({ ...item, explanation: "De slaapkamers liggen boven." }, { sourceText: item.text, sourceExplanation: null })).toBe(true);
  });

  test("saving a draft: a new, changed or confirmed translation belongs to the Dutch text now; an untouched one keeps its old text", () => {
    const saved = { text: "Après 22h00, c'est le silence.", explanation: null, sourceText: "Na 22:00 is het stil.", sourceExplanation: null };
    const now = { sourceText: item.text, sourceExplanation: null };
    expect(translationSource(item, { text: "Après 22h00, silence.", explanation: null, confirmed: false }, undefined)).toEqual(now);
    expect(translationSource(item, { text: "Après 22h00 (22h30 le vendredi), c'est le silence.", explanation: null, confirmed: false }, saved)).toEqual(now);
    expect(translationSource(item, { text: saved.text, explanation: null, confirmed: true }, saved)).toEqual(now);
    expect(translationSource(item, { text: saved.text, explanation: null, confirmed: false }, saved)).toEqual({ sourceText: "Na 22:00 is het stil.", sourceExplanation: null });
  });
});
