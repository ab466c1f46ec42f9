// Pure rules of places at a meeting moment: capacity, waitlist, when sign-up closes, the preparation list.
// No I/O and no date library here: the activity pages use these in the browser too.
export type PlaceDecision =
  | { status: "confirmed" }
  | { status: "waitlisted" }
  | { status: "refused"; reason: "tooMany" }
  | { status: "refused"; reason: "notAllFit"; placesLeft: number };

/**
 * Where a new sign-up goes. Strictly first come, first served: while anyone waits, newcomers wait
 * too, even if a small gap is free (it is kept for the first in line). A group bigger than the places still free
 * is asked first (`notAllFit`: "2 places left: come with fewer, or all of you on the waitlist?") rather than put on
 * the waitlist of an activity that shows free places; `acceptWaitlist` is their yes to the waitlist.
 */
export function decidePlace({
  capacity,
  placesTaken,
  waitingCount,
  people,
  acceptWaitlist = false,
}: {
  capacity: number | null;
  placesTaken: number;
  waitingCount: number;
  people: number;
  acceptWaitlist?: boolean;
}): PlaceDecision {
  if (capacity === null) return { status: "confirmed" };
  if (people > capacity) return { status: "refused", reason: "tooMany" };
  if (waitingCount === 0 && placesTaken + people <= capacity) return { status: "confirmed" };
  const free = capacity - placesTaken;
  if (waitingCount === 0 && free > 0 && !acceptWaitlist) return { status: "refused", reason: "notAllFit", placesLeft: free };
  return { status: "waitlisted" };
}

/**
 * Who moves up after places come free: the waitlist in order, as long as the first in line fits.
 * Returns the ids to confirm.
 */
export function promotions(
  { capacity, placesTaken }: { capacity: number | null; placesTaken: number },
  waitlist: { id: string; people: number }[],
) {
  const promoted: string[] = [];
  let taken = placesTaken;
  for (const entry of waitlist) {
    if (capacity !== null && taken + entry.people > capacity) break;
    taken += entry.people;
    promoted.push(entry.id);
  }
  return promoted;
}

/**
 * The places a newcomer can still get: none while anyone waits (they go first), so a page never says "2 places
 * left" next to "you are on the waitlist".
 */
export function placesLeft(capacity: number | null, placesTaken: number, waitingCount = 0) {
  if (capacity === null) return null;
  return waitingCount > 0 ? 0 : Math.max(0, capacity - placesTaken);
}

export type SignUpClosedReason = "cancelled" | "past" | "deadline";

export function signUpClosedReason(
  occurrence: { status: string; startsAt: Date; signUpDeadline: Date | null; activityCancelled: boolean },
  now: Date,
): SignUpClosedReason | null {
  if (occurrence.status === "cancelled" || occurrence.activityCancelled) return "cancelled";
  if (occurrence.startsAt <= now) return "past";
  if (occurrence.signUpDeadline && occurrence.signUpDeadline <= now) return "deadline";
  return null;
}

export function activeKeyFor(occurrenceId: string, person: { userId?: string | null; email?: string | null; phone?: string | null }) {
  if (person.userId) return `${occurrenceId}:u:${person.userId}`;
  if (person.email) return `${occurrenceId}:e:${person.email.toLowerCase()}`;
  return `${occurrenceId}:p:${(person.phone ?? "").replace(/\D/g, "")}`;
}

export type Needs = { interpreterLanguage: string | null; childcare: boolean; wheelchair: boolean; lift: boolean };

/** The organiser's preparation list: how many need what, and who. */
export function preparationList(signUps: (Needs & { name: string; people: number })[]) {
  const list = {
    interpreter: [] as { name: string; language: string }[],
    childcare: [] as string[],
    wheelchair: [] as string[],
    lift: [] as string[],
  };
  for (const s of signUps) {
    if (s.interpreterLanguage) list.interpreter.push({ name: s.name, language: s.interpreterLanguage });
    if (s.childcare) list.childcare.push(s.name);
    if (s.wheelchair) list.wheelchair.push(s.name);
    if (s.lift) list.lift.push(s.name);
  }
  return list;
}

/**
 * Signing up without an account stays one step for a person, but one network address cannot fill an activity: at
 * most 8 people a day per activity date (a big family, or a neighbour signing up the family next door), at most
 * 10 sign-ups an hour in all, and one email address or phone number at most 5 times a day. More goes through the
 * wijkhuis or an account. rateLimitEvent rows expire after a day.
 */
export const guestPlaces = {
  perAddress: 8,
  windowMs: 24 * 60 * 60 * 1000,
  addressLimit: { limit: 10, windowMs: 60 * 60 * 1000 },
  contactLimit: { limit: 5, windowMs: 24 * 60 * 60 * 1000 },
} as const;

/** Letters of a name before the desk searches residents: one letter would list half the wijk. */
export const residentSearchMinimum = 2;
