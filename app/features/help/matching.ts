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
  return haversineRad(a.latitude * RAD, a.longitude * RAD, Math.cos(a.latitude * RAD), b.latitude * RAD, b.longitude * RAD, Math.cos(b.latitude * RAD));
}

function haversineRad(latA: number, lngA: number, cosLatA: number, latB: number, lngB: number, cosLatB: number) {
  const sinLat = Math.sin((latB - latA) / 2);
  const sinLng = Math.sin((lngB - lngA) / 2);
  const h = sinLat * sinLat + cosLatA * cosLatB * sinLng * sinLng;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

// Skills and languages become bits, so comparing a volunteer with a request is a few integer operations
// (ranking 10,000 volunteers must stay well under 20 ms). Codes beyond 31 fall back to list lookups.
const skillBits = new Map<string, number>();
const languageBits = new Map<string, number>();
function bitFor(registry: Map<string, number>, code: string) {
  let bit = registry.get(code);
  if (bit === undefined) {
    bit = registry.size < 31 ? 1 << registry.size : 0;
    registry.set(code, bit);
  }
  return bit;
}
function maskOf(registry: Map<string, number>, codes: readonly string[]) {
  let mask = 0;
  for (const code of codes) mask |= bitFor(registry, code);
  return mask;
}
function hasCode(registry: Map<string, number>, mask: number, list: readonly string[], code: string) {
  const bit = bitFor(registry, code);
  return bit !== 0 ? (mask & bit) !== 0 : list.includes(code);
}

/** A volunteer with the lookups the hot loop needs, built once per ranking. */
type PreparedVolunteer = {
  source: MatchVolunteer;
  skillMask: number;
  languageMask: number;
  slotMask: number;
  approved: boolean;
  pausedUntilMs: number;
  hasLocation: boolean;
  latRad: number;
  lngRad: number;
  cosLat: number;
};

function prepareVolunteers(volunteers: readonly MatchVolunteer[]): PreparedVolunteer[] {
  return volunteers.map((v) => {
    const lat = v.location ? v.location.latitude * RAD : 0;
    return {
      source: v,
      skillMask: maskOf(skillBits, v.skills),
      languageMask: maskOf(languageBits, v.languages),
      slotMask: slotMask(v.availability),
      approved: v.approvedAt !== null,
      pausedUntilMs: v.pausedUntil ? v.pausedUntil.getTime() : Number.NEGATIVE_INFINITY,
      hasLocation: v.location !== null,
      latRad: lat,
      lngRad: v.location ? v.location.longitude * RAD : 0,
      cosLat: Math.cos(lat),
    };
  });
}

type PreparedRequest = {
  source: MatchRequest;
  timesMask: number;
  timesCount: number;
  skillBit: number;
  languageMask: number;
  hasLocation: boolean;
  latRad: number;
  lngRad: number;
  cosLat: number;
};

function prepareRequest(request: MatchRequest): PreparedRequest {
  const timesMask = slotMask(request.times);
  const lat = request.location ? request.location.latitude * RAD : 0;
  return {
    source: request,
    timesMask,
    timesCount: popcount(timesMask),
    skillBit: bitFor(skillBits, request.kind),
    languageMask: maskOf(languageBits, request.languages),
    hasLocation: request.location !== null,
    latRad: lat,
    lngRad: request.location ? request.location.longitude * RAD : 0,
    cosLat: Math.cos(lat),
  };
}

type Evaluation = { score: number; factors: Factors; distanceMeters: number | null };

/** Metres between the two homes, NaN when either is unknown (a number, so the hot loop allocates nothing). */
function distanceOf(r: PreparedRequest, v: PreparedVolunteer) {
  return r.hasLocation && v.hasLocation ? haversineRad(r.latRad, r.lngRad, r.cosLat, v.latRad, v.lngRad, v.cosLat) : Number.NaN;
}

/**
 * Scores one pair, or answers -1 when the volunteer cannot take this request. Runs for every volunteer, so it
 * allocates nothing; `evaluate` repeats the arithmetic, factor by factor, for the few that are shown.
 */
function scorePair(r: PreparedRequest, v: PreparedVolunteer, distance: number, nowMs: number): number {
  const s = v.source;
  if (!v.approved || s.activeTasks >= s.maxTasks || v.pausedUntilMs > nowMs) return -1;
  const neighbourhoodId = r.source.neighbourhoodId;
  const servesNeighbourhood = neighbourhoodId !== null && s.neighbourhoodIds.includes(neighbourhoodId);
  // A volunteer goes where they said they serve, or as far as they said they would walk.
  if ((neighbourhoodId !== null || r.hasLocation) && !servesNeighbourhood && !(distance <= s.maxDistanceMeters)) return -1;

  let score = 0;
  if (r.skillBit !== 0 ? (v.skillMask & r.skillBit) !== 0 : s.skills.includes(r.source.kind)) score += WEIGHTS.skill;
  if ((v.languageMask & r.languageMask) !== 0 || sharesUnlistedLanguage(r, v)) score += WEIGHTS.language;
  if (r.timesCount > 0) score += Math.round((WEIGHTS.availability * popcount(r.timesMask & v.slotMask)) / r.timesCount);
  if (!Number.isNaN(distance)) score += Math.round(WEIGHTS.distance * Math.max(0, 1 - distance / DISTANCE_SCALE_METERS));
  else if (servesNeighbourhood) score += Math.round(WEIGHTS.distance / 2);
  score += Math.round(WEIGHTS.load * (1 - s.activeTasks / s.maxTasks));
  if (s.helpedResidentIds.length > 0 && s.helpedResidentIds.includes(r.source.residentId)) score += WEIGHTS.continuity;
  return score;
}

/** Languages past the 31 with a bit are compared as lists (rare: only in very mixed cities). */
function sharesUnlistedLanguage(r: PreparedRequest, v: PreparedVolunteer) {
  for (const code of r.source.languages) {
    if (bitFor(languageBits, code) === 0 && v.source.languages.includes(code)) return true;
  }
  return false;
}

function evaluate(r: PreparedRequest, v: PreparedVolunteer, nowMs: number): Evaluation | null {
  const distance = distanceOf(r, v);
  const score = scorePair(r, v, distance, nowMs);
  if (score < 0) return null;
  const s = v.source;
  const distanceMeters = Number.isNaN(distance) ? null : distance;
  const servesNeighbourhood = r.source.neighbourhoodId !== null && s.neighbourhoodIds.includes(r.source.neighbourhoodId);
  const factors: Factors = {
    skill: hasCode(skillBits, v.skillMask, s.skills, r.source.kind) ? WEIGHTS.skill : 0,
    language: r.source.languages.some((code) => hasCode(languageBits, v.languageMask, s.languages, code)) ? WEIGHTS.language : 0,
    availability: r.timesCount === 0 ? 0 : Math.round((WEIGHTS.availability * popcount(r.timesMask & v.slotMask)) / r.timesCount),
    distance:
      distanceMeters !== null
        ? Math.round(WEIGHTS.distance * Math.max(0, 1 - distanceMeters / DISTANCE_SCALE_METERS))
        : servesNeighbourhood
          ? Math.round(WEIGHTS.distance / 2)
          : 0,
    load: Math.round(WEIGHTS.load * (1 - s.activeTasks / s.maxTasks)),
    continuity: s.helpedResidentIds.includes(r.source.residentId) ? WEIGHTS.continuity : 0,
  };
  return { score, factors, distanceMeters };
}

/** The "why" of a suggestion, in the order a buurtwerker reads them. */
function explain(request: PreparedRequest, v: PreparedVolunteer, e: Evaluation): Reason[] {
  const r = request.source;
  const s = v.source;
  const reasons: Reason[] = [];
  if (e.factors.continuity > 0) reasons.push({ key: "help:reasons.helpedBefore", params: { name: r.residentFirstName } });
  if (e.factors.skill > 0) reasons.push({ key: "help:reasons.likesKind", params: { kind: r.kind } });
  // Dutch is everyone's common ground here; a shared other language is what makes the difference.
  const speaks = (code: string) => hasCode(languageBits, v.languageMask, s.languages, code);
  const shared = r.languages.find((code) => code !== "nl" && speaks(code)) ?? r.languages.find(speaks);
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
  else if (r.neighbourhoodId !== null && s.neighbourhoodIds.includes(r.neighbourhoodId)) {
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

type Candidate = { v: PreparedVolunteer; score: number; activeTasks: number; distanceMeters: number | null; volunteerId: string };

function rankPrepared(request: MatchRequest, volunteers: readonly PreparedVolunteer[], nowMs: number, limit: number): Suggestion[] {
  const prepared = prepareRequest(request);
  // Keep only the best `limit` while scanning: ranking 10,000 volunteers sorts just a handful.
  const top: Candidate[] = [];
  for (const v of volunteers) {
    const distance = distanceOf(prepared, v);
    const score = scorePair(prepared, v, distance, nowMs);
    if (score < 0) continue;
    const last = top.length === limit ? top[top.length - 1] : undefined;
    if (last && score < last.score) continue;
    const candidate: Candidate = {
      v,
      score,
      activeTasks: v.source.activeTasks,
      distanceMeters: Number.isNaN(distance) ? null : distance,
      volunteerId: v.source.id,
    };
    if (last) {
      if (compareCandidates(candidate, last) >= 0) continue;
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
  const suggestions: Suggestion[] = [];
  for (const { v } of top) {
    const e = evaluate(prepared, v, nowMs);
    if (!e) continue;
    suggestions.push({
      volunteerId: v.source.id,
      score: e.score,
      factors: e.factors,
      distanceMeters: e.distanceMeters === null ? null : Math.round(e.distanceMeters),
      reasons: explain(prepared, v, e),
    });
  }
  return suggestions;
}

export type RankOptions = { now?: Date; limit?: number };

/** The best volunteers for one request, best first, each with its reasons. */
export function rankVolunteers(request: MatchRequest, volunteers: readonly MatchVolunteer[], { now = new Date(), limit = 5 }: RankOptions = {}) {
  return rankPrepared(request, prepareVolunteers(volunteers), now.getTime(), limit);
}
