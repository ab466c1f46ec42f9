// Explainable matching of volunteers to a help request. Plain TypeScript, no I/O: the caller loads
// volunteers and the request, this module scores and explains. Reasons are translation keys with
// params, rendered in the viewer's language (components/reason-list.tsx).
import { slots, type Slot } from "~/features/help/vocabulary";

export type GeoPoint = { latitude: number; longitude: number };
export type ReasonParams = Record<string, string | number>;
export type Reason = { key: string; params?: ReasonParams };

export type MatchVolunteer = {
  id: string;
  skills: readonly string[];
  languages: readonly string[];
  availability: readonly Slot[];
  neighbourhoodIds: readonly string[];
  location: GeoPoint | null;
  maxDistanceMeters: number;
  activeTasks: number;
  maxTasks: number;
  approvedAt: Date | null;
  pausedUntil: Date | null;
  /** Residents this volunteer was matched with before. */
  helpedResidentIds: readonly string[];
};

export type MatchRequest = {
  id: string;
  residentId: string;
  residentFirstName: string;
  kind: string;
  languages: readonly string[];
  times: readonly Slot[];
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  location: GeoPoint | null;
};

export type Factors = {
  skill: number;
  language: number;
  availability: number;
  distance: number;
  load: number;
  continuity: number;
};

export type Suggestion = {
  volunteerId: string;
  score: number;
  factors: Factors;
  distanceMeters: number | null;
  reasons: Reason[];
};

/**
 * Points per factor (total 100). Skill first: a volunteer who likes groceries is the best start.
 * Language next: a shared language makes a visit possible at all. Continuity is worth as much as
 * distance: residents trust a face they know.
 */
export const WEIGHTS = { skill: 30, language: 20, availability: 15, distance: 15, load: 10, continuity: 10 } as const;

/** Beyond 2 km a walk takes more than 25 minutes: the distance points reach 0 there. */
export const DISTANCE_SCALE_METERS = 2_000;
/** A street block in our neighbourhoods is about 150 m: "2 streets away" up to 450 m. */
export const STREET_METERS = 150;
const STREETS_LIMIT_METERS = 450;

const slotBit = new Map<Slot, number>(slots.map((slot, index) => [slot, 1 << index]));

function slotMask(list: readonly Slot[]) {
  let mask = 0;
  for (const slot of list) mask |= slotBit.get(slot) ?? 0;
  return mask;
}

function popcount(value: number) {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const EARTH_RADIUS_METERS = 6_371_000;
const RAD = Math.PI / 180;

/** Great-circle distance in metres. */
export function haversineMeters(a: GeoPoint, b: GeoPoint) {
  const dLat = (b.latitude - a.latitude) * RAD;
  const dLng = (b.longitude - a.longitude) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * RAD) * Math.cos(b.latitude * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A volunteer with lookups built once, so ranking many requests does not rebuild them. */
export type PreparedVolunteer = {
  source: MatchVolunteer;
  skills: Set<string>;
  languages: Set<string>;
  slotMask: number;
  neighbourhoods: Set<string>;
  helped: Set<string>;
  approved: boolean;
};

export function prepareVolunteers(volunteers: readonly MatchVolunteer[]): PreparedVolunteer[] {
  return volunteers.map((v) => ({
    source: v,
    skills: new Set(v.skills),
    languages: new Set(v.languages),
    slotMask: slotMask(v.availability),
    neighbourhoods: new Set(v.neighbourhoodIds),
    helped: new Set(v.helpedResidentIds),
    approved: v.approvedAt !== null,
  }));
}

/** Only approved, unpaused volunteers with room for one more task can be offered a task. */
export function isAvailable(v: Pick<MatchVolunteer, "approvedAt" | "pausedUntil" | "activeTasks" | "maxTasks">, now: Date) {
  return v.approvedAt !== null && (v.pausedUntil === null || v.pausedUntil <= now) && v.activeTasks < v.maxTasks;
}

type PreparedRequest = {
  source: MatchRequest;
  timesMask: number;
  timesCount: number;
};

function prepareRequest(request: MatchRequest): PreparedRequest {
  const timesMask = slotMask(request.times);
  return { source: request, timesMask, timesCount: popcount(timesMask) };
}

type Evaluation = { score: number; factors: Factors; distanceMeters: number | null };

/** Scores one pair, or answers null when the volunteer cannot take this request. */
function evaluate(request: PreparedRequest, v: PreparedVolunteer, nowMs: number): Evaluation | null {
  const s = v.source;
  if (!v.approved || s.activeTasks >= s.maxTasks) return null;
  if (s.pausedUntil !== null && s.pausedUntil.getTime() > nowMs) return null;
  const r = request.source;

  const servesNeighbourhood = r.neighbourhoodId !== null && v.neighbourhoods.has(r.neighbourhoodId);
  let distanceMeters: number | null = null;
  if (r.location && s.location) distanceMeters = haversineMeters(r.location, s.location);
  // A volunteer goes where they said they serve, or as far as they said they would walk.
  if (r.neighbourhoodId !== null || r.location !== null) {
    const withinReach = distanceMeters !== null && distanceMeters <= s.maxDistanceMeters;
    if (!servesNeighbourhood && !withinReach) return null;
  }

  const skill = v.skills.has(r.kind) ? WEIGHTS.skill : 0;
  let language = 0;
  for (const code of r.languages) {
    if (v.languages.has(code)) {
      language = WEIGHTS.language;
      break;
    }
  }
  const availability =
    request.timesCount === 0 ? 0 : Math.round((WEIGHTS.availability * popcount(request.timesMask & v.slotMask)) / request.timesCount);
  const distance =
    distanceMeters !== null
      ? Math.round(WEIGHTS.distance * Math.max(0, 1 - distanceMeters / DISTANCE_SCALE_METERS))
      : servesNeighbourhood
        ? Math.round(WEIGHTS.distance / 2)
        : 0;
  const load = Math.round(WEIGHTS.load * (1 - s.activeTasks / s.maxTasks));
  const continuity = v.helped.has(r.residentId) ? WEIGHTS.continuity : 0;
  const factors = { skill, language, availability, distance, load, continuity };
  return { score: skill + language + availability + distance + load + continuity, factors, distanceMeters };
}

/** The "why" of a suggestion, in the order a buurtwerker reads them. */
function explain(request: PreparedRequest, v: PreparedVolunteer, e: Evaluation): Reason[] {
  const r = request.source;
  const s = v.source;
  const reasons: Reason[] = [];
  if (e.factors.continuity > 0) reasons.push({ key: "help:reasons.helpedBefore", params: { name: r.residentFirstName } });
  if (e.factors.skill > 0) reasons.push({ key: "help:reasons.likesKind", params: { kind: r.kind } });
  const shared = r.languages.find((code) => v.languages.has(code));
  if (shared) reasons.push({ key: "help:reasons.speaksLanguage", params: { language: shared } });
  const overlap = request.timesMask & v.slotMask;
  if (overlap !== 0) {
    const first = slots.find((slot) => ((slotBit.get(slot) ?? 0) & overlap) !== 0);
    if (first) {
      const [day = "mon", part = "morning"] = first.split("-");
      const more = popcount(overlap) - 1;
      reasons.push(
        more > 0
          ? { key: "help:reasons.freeAtMore", params: { day, part, count: more } }
          : { key: "help:reasons.freeAt", params: { day, part } },
      );
    }
  }
  if (e.distanceMeters !== null) reasons.push(distanceReason(e.distanceMeters));
  else if (r.neighbourhoodId !== null && v.neighbourhoods.has(r.neighbourhoodId)) {
    reasons.push({ key: "help:reasons.sameNeighbourhood", params: { neighbourhood: r.neighbourhoodName ?? "" } });
  }
  if (s.activeTasks === 0) reasons.push({ key: "help:reasons.noTasks" });
  else reasons.push({ key: "help:reasons.tasks", params: { count: s.activeTasks, max: s.maxTasks } });
  return reasons;
}

export function distanceReason(meters: number): Reason {
  if (meters <= STREETS_LIMIT_METERS) {
    return { key: "help:reasons.streetsAway", params: { count: Math.max(1, Math.round(meters / STREET_METERS)) } };
  }
  if (meters < 1_000) return { key: "help:reasons.metersAway", params: { meters: Math.round(meters / 50) * 50 } };
  return { key: "help:reasons.kmAway", params: { km: Math.round(meters / 100) / 10 } };
}

/**
 * Tie-breaks, in order, so the same data always gives the same list:
 * 1. higher score; 2. fewer current tasks (spread the work); 3. shorter known distance (unknown last);
 * 4. volunteer id, ascending (stable and language-independent).
 */
export function compareCandidates(
  a: { score: number; activeTasks: number; distanceMeters: number | null; volunteerId: string },
  b: { score: number; activeTasks: number; distanceMeters: number | null; volunteerId: string },
) {
  if (a.score !== b.score) return b.score - a.score;
  if (a.activeTasks !== b.activeTasks) return a.activeTasks - b.activeTasks;
  const da = a.distanceMeters ?? Number.POSITIVE_INFINITY;
  const db = b.distanceMeters ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  return a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : 0;
}

type Candidate = { v: PreparedVolunteer; e: Evaluation; score: number; activeTasks: number; distanceMeters: number | null; volunteerId: string };

function rankPrepared(request: MatchRequest, volunteers: readonly PreparedVolunteer[], nowMs: number, limit: number): Suggestion[] {
  const prepared = prepareRequest(request);
  // Keep only the best `limit` while scanning: ranking 10,000 volunteers sorts just a handful.
  const top: Candidate[] = [];
  for (const v of volunteers) {
    const e = evaluate(prepared, v, nowMs);
    if (!e) continue;
    const candidate: Candidate = {
      v,
      e,
      score: e.score,
      activeTasks: v.source.activeTasks,
      distanceMeters: e.distanceMeters,
      volunteerId: v.source.id,
    };
    if (top.length === limit) {
      const last = top[top.length - 1];
      if (!last || compareCandidates(candidate, last) >= 0) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0) {
      const before = top[i - 1];
      if (!before || compareCandidates(candidate, before) >= 0) break;
      i--;
    }
    top.splice(i, 0, candidate);
  }
  return top.map(({ v, e }) => ({
    volunteerId: v.source.id,
    score: e.score,
    factors: e.factors,
    distanceMeters: e.distanceMeters === null ? null : Math.round(e.distanceMeters),
    reasons: explain(prepared, v, e),
  }));
}

export type RankOptions = { now?: Date; limit?: number };

/** The best volunteers for one request, best first, each with its reasons. */
export function rankVolunteers(request: MatchRequest, volunteers: readonly MatchVolunteer[], options: RankOptions = {}) {
  return rankPreparedVolunteers(request, prepareVolunteers(volunteers), options);
}

/** As rankVolunteers, for volunteers prepared once and ranked for many requests. */
export function rankPreparedVolunteers(
  request: MatchRequest,
  volunteers: readonly PreparedVolunteer[],
  { now = new Date(), limit = 5 }: RankOptions = {},
): Suggestion[] {
  return rankPrepared(request, volunteers, now.getTime(), limit);
}

/** Suggestions for many open requests at once (the buurtwerker's overview). */
export function suggestForRequests(
  requests: readonly MatchRequest[],
  volunteers: readonly MatchVolunteer[],
  { now = new Date(), limit = 3 }: RankOptions = {},
): Map<string, Suggestion[]> {
  const prepared = prepareVolunteers(volunteers);
  const nowMs = now.getTime();
  return new Map(requests.map((request) => [request.id, rankPrepared(request, prepared, nowMs, limit)]));
}
