import { describe, expect, test } from "vitest";
import {
  WEIGHTS,
  compareCandidates,
  distanceReason,
  haversineMeters,
  rankVolunteers,
  type MatchRequest,
  type MatchVolunteer,
} from "~/features/help/matching";

const now = new Date("2026-11-22T10:00:00Z");
// Residentie Vlashof and Blok De Linde in the demo: about 420 m apart.
const vlashof = { latitude: 51.2205, longitude: 3.2247 };
const linde = { latitude: 51.2231, longitude: 3.2289 };

function volunteer(id: string, overrides: Partial<MatchVolunteer> = {}): MatchVolunteer {
  return {
    id,
    skills: [],
    languages: [],
    availability: [],
    neighbourhoodIds: ["noord"],
    location: null,
    maxDistanceMeters: 1000,
    activeTasks: 0,
    maxTasks: 2,
    approvedAt: new Date("2026-01-01"),
    pausedUntil: null,
    helpedResidentIds: [],
    ...overrides,
  };
}

function request(overrides: Partial<MatchRequest> = {}): MatchRequest {
  return {
    id: "r1",
    residentId: "res-1",
    residentFirstName: "Fatima",
    kind: "groceries",
    languages: [],
    times: [],
    neighbourhoodId: "noord",
    neighbourhoodName: "Noordwijk",
    location: null,
    ...overrides,
  };
}

const keys = (reasons: { key: string }[]) => reasons.map((r) => r.key);

describe("who can be suggested", () => {
  test("only approved, unpaused volunteers with room for a task", () => {
    const ranked = rankVolunteers(
      request(),
      [
        volunteer("ok"),
        volunteer("not-approved", { approvedAt: null }),
        volunteer("paused", { pausedUntil: new Date("2026-12-01") }),
        volunteer("pause-over", { pausedUntil: new Date("2026-11-01") }),
        volunteer("full", { activeTasks: 2, maxTasks: 2 }),
      ],
      { now },
    );
    expect(ranked.map((s) => s.volunteerId).sort()).toEqual(["ok", "pause-over"]);
  });

  test("volunteers outside the neighbourhood only when the resident lives within their distance", () => {
    const req = request({ location: vlashof });
    const ranked = rankVolunteers(
      req,
      [
        volunteer("elsewhere-near", { neighbourhoodIds: ["kanaal"], location: linde, maxDistanceMeters: 500 }),
        volunteer("elsewhere-too-far-for-them", { neighbourhoodIds: ["kanaal"], location: linde, maxDistanceMeters: 300 }),
        volunteer("elsewhere-unknown-place", { neighbourhoodIds: ["kanaal"] }),
      ],
      { now },
    );
    expect(ranked.map((s) => s.volunteerId)).toEqual(["elsewhere-near"]);
  });
});

describe("each factor", () => {
  test("skill fit: a volunteer who likes this kind of help ranks first and says so", () => {
    const ranked = rankVolunteers(request(), [volunteer("a"), volunteer("b", { skills: ["groceries", "walks"] })], { now });
    expect(ranked[0]?.volunteerId).toBe("b");
    expect(ranked[0]?.factors.skill).toBe(WEIGHTS.skill);
    expect(ranked[0]?.reasons).toContainEqual({ key: "help:reasons.likesKind", params: { kind: "groceries" } });
    expect(keys(ranked[1]?.reasons ?? [])).not.toContain("help:reasons.likesKind");
  });

  test("shared language: speaks Arabic", () => {
    const ranked = rankVolunteers(
      request({ languages: ["ar", "fr"] }),
      [volunteer("a", { languages: ["nl"] }), volunteer("b", { languages: ["nl", "fr", "ar"] })],
      { now },
    );
    expect(ranked[0]?.volunteerId).toBe("b");
    // The resident's first language is named, not just any shared one.
    expect(ranked[0]?.reasons).toContainEqual({ key: "help:reasons.speaksLanguage", params: { language: "ar" } });
    expect(ranked[1]?.factors.language).toBe(0);
  });

  test("a shared language other than Dutch is named first", () => {
    const [only] = rankVolunteers(request({ languages: ["nl", "ar"] }), [volunteer("a", { languages: ["nl", "ar"] })], { now });
    expect(only?.reasons).toContainEqual({ key: "help:reasons.speaksLanguage", params: { language: "ar" } });
    const [dutch] = rankVolunteers(request({ languages: ["nl", "ar"] }), [volunteer("b", { languages: ["nl"] })], { now });
    expect(dutch?.reasons).toContainEqual({ key: "help:reasons.speaksLanguage", params: { language: "nl" } });
  });

  test("availability: more overlap scores more, the first shared slot is named", () => {
    const req = request({ times: ["tue-morning", "thu-morning"] });
    const ranked = rankVolunteers(
      req,
      [
        volunteer("none", { availability: ["mon-evening"] }),
        volunteer("one", { availability: ["thu-morning", "sat-evening"] }),
        volunteer("both", { availability: ["tue-morning", "thu-morning"] }),
      ],
      { now },
    );
    expect(ranked.map((s) => s.volunteerId)).toEqual(["both", "one", "none"]);
    expect(ranked[0]?.factors.availability).toBe(WEIGHTS.availability);
    expect(ranked[0]?.reasons).toContainEqual({ key: "help:reasons.freeAtMore", params: { day: "tue", part: "morning", count: 1 } });
    expect(ranked[1]?.reasons).toContainEqual({ key: "help:reasons.freeAt", params: { day: "thu", part: "morning" } });
    expect(ranked[2]?.factors.availability).toBe(0);
  });

  test("distance: coordinates beat the neighbourhood alone, nearer beats farther", () => {
    const req = request({ location: vlashof });
    const ranked = rankVolunteers(
      req,
      [
        volunteer("same-wijk-no-coords"),
        volunteer("far", { location: { latitude: 51.2255, longitude: 3.2247 } }),
        volunteer("next-door", { location: { latitude: 51.2215, longitude: 3.2247 } }),
      ],
      { now },
    );
    expect(ranked.map((s) => s.volunteerId)).toEqual(["next-door", "far", "same-wijk-no-coords"]);
    expect(ranked[0]?.distanceMeters).toBe(111);
    expect(ranked[0]?.reasons).toContainEqual({ key: "help:reasons.streetsAway", params: { count: 1 } });
    expect(ranked[2]?.reasons).toContainEqual({ key: "help:reasons.sameNeighbourhood", params: { neighbourhood: "Noordwijk" } });
  });

  test("distance is said in streets, metres or kilometres", () => {
    expect(distanceReason(300)).toEqual({ key: "help:reasons.streetsAway", params: { count: 2 } });
    expect(distanceReason(630)).toEqual({ key: "help:reasons.metersAway", params: { meters: 650 } });
    expect(distanceReason(1_460)).toEqual({ key: "help:reasons.kmAway", params: { km: 1.5 } });
    expect(Math.round(haversineMeters(vlashof, linde))).toBe(411);
  });

  test("load: the volunteer with fewer tasks gets the task (fairness)", () => {
    const ranked = rankVolunteers(
      request(),
      [volunteer("busy", { activeTasks: 2, maxTasks: 4 }), volunteer("free", { activeTasks: 0, maxTasks: 4 })],
      { now },
    );
    expect(ranked.map((s) => s.volunteerId)).toEqual(["free", "busy"]);
    expect(ranked[0]?.reasons).toContainEqual({ key: "help:reasons.noTasks" });
    expect(ranked[1]?.reasons).toContainEqual({ key: "help:reasons.tasks", params: { count: 2, max: 4 } });
    expect(ranked[0]?.factors.load).toBe(WEIGHTS.load);
    expect(ranked[1]?.factors.load).toBe(WEIGHTS.load / 2);
  });

  test("continuity: someone who helped this resident before", () => {
    const ranked = rankVolunteers(request(), [volunteer("a"), volunteer("z", { helpedResidentIds: ["res-1"] })], { now });
    expect(ranked[0]?.volunteerId).toBe("z");
    expect(ranked[0]?.reasons[0]).toEqual({ key: "help:reasons.helpedBefore", params: { name: "Fatima" } });
  });
});

describe("ties", () => {
  test("equal scores: fewer tasks first, then nearer, then id", () => {
    // load points are rounded, so 1 of 20 tasks and 0 of 20 tasks both give 10 points.
    const equal = { maxTasks: 20 };
    const ranked = rankVolunteers(
      request({ location: vlashof }),
      [
        volunteer("c", { ...equal, location: vlashof }),
        volunteer("b", { ...equal, location: vlashof }),
        volunteer("a", { ...equal, activeTasks: 1, location: vlashof }),
      ],
      { now },
    );
    expect(ranked.map((s) => s.score)).toEqual([ranked[0]?.score, ranked[0]?.score, ranked[0]?.score]);
    expect(ranked.map((s) => s.volunteerId)).toEqual(["b", "c", "a"]);
  });

  test("the order does not depend on the input order", () => {
    const list = ["e", "d", "c", "b", "a"].map((id) => volunteer(id));
    const forward = rankVolunteers(request(), list, { now }).map((s) => s.volunteerId);
    const backward = rankVolunteers(request(), [...list].reverse(), { now }).map((s) => s.volunteerId);
    expect(forward).toEqual(["a", "b", "c", "d", "e"]);
    expect(backward).toEqual(forward);
  });

  test("compareCandidates puts an unknown distance after a known one", () => {
    const base = { score: 50, activeTasks: 0, volunteerId: "x" };
    expect(compareCandidates({ ...base, distanceMeters: null }, { ...base, distanceMeters: 900, volunteerId: "y" })).toBeGreaterThan(0);
  });
});

test("limit keeps the best n, and each score is the sum of its explained factors", () => {
  const list = Array.from({ length: 30 }, (_, i) =>
    volunteer(`v${String(i).padStart(2, "0")}`, { skills: i % 3 === 0 ? ["groceries"] : [], activeTasks: i % 2 }),
  );
  const top = rankVolunteers(request(), list, { now, limit: 3 });
  expect(top).toHaveLength(3);
  const all = rankVolunteers(request(), list, { now, limit: 100 });
  expect(top).toEqual(all.slice(0, 3));
  // The score is exactly the sum of the explained factors.
  for (const s of all) expect(Object.values(s.factors).reduce((a, b) => a + b, 0)).toBe(s.score);
});

test("over many random requests: only eligible volunteers, scores equal their factors, the top n of everyone", () => {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const hoods = ["a", "b", "c", "d"];
  const spot = () => ({ latitude: 51.19 + rnd() * 0.06, longitude: 3.18 + rnd() * 0.1 });
  const list = Array.from({ length: 400 }, (_, i) =>
    volunteer(`v${String(i).padStart(3, "0")}`, {
      skills: [["groceries", "walks", "company"][i % 3] ?? "walks"],
      languages: i % 4 === 0 ? ["nl", "ar"] : ["nl"],
      neighbourhoodIds: [hoods[i % 4] ?? "a"],
      location: rnd() < 0.7 ? spot() : null,
      maxDistanceMeters: 300 + Math.floor(rnd() * 2500),
      activeTasks: i % 3,
      maxTasks: 3,
      approvedAt: i % 10 === 0 ? null : new Date("2026-01-01"),
    }),
  );
  const byId = new Map(list.map((v) => [v.id, v]));
  for (let i = 0; i < 60; i++) {
    const r = request({
      id: `r${i}`,
      kind: i % 2 === 0 ? "groceries" : "walks",
      languages: ["ar"],
      neighbourhoodId: i % 7 === 0 ? null : (hoods[i % 4] ?? "a"),
      location: rnd() < 0.8 ? spot() : null,
    });
    const all = rankVolunteers(r, list, { now, limit: 1_000 });
    expect(rankVolunteers(r, list, { now, limit: 5 })).toEqual(all.slice(0, 5));
    for (const s of all) {
      const v = byId.get(s.volunteerId);
      expect(v?.approvedAt).not.toBeNull();
      const serves = r.neighbourhoodId !== null && (v?.neighbourhoodIds ?? []).includes(r.neighbourhoodId);
      const near = s.distanceMeters !== null && s.distanceMeters <= (v?.maxDistanceMeters ?? 0) + 1;
      if (r.neighbourhoodId !== null || r.location !== null) expect(serves || near, `${r.id} ${s.volunteerId}`).toBe(true);
      expect(Object.values(s.factors).reduce((a, b) => a + b, 0)).toBe(s.score);
    }
  }
});
