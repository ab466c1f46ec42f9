// Who is asking, as every permission check sees it. Made once per request by getActor (auth.server.ts); pure
// values here, so each feature's permissions.ts and its table-driven test need no database.
import type { Role } from "~/utils/roles";

export type Person = { id: string; displayName: string; email: string | null; locale: string; roles: readonly Role[] };

/** Where a buurtwerker works: every neighbourhood for an admin, otherwise the ones they are assigned to now. */
export type StaffScope = { admin: boolean; neighbourhoodIds: readonly string[] };

export type Actor = {
  /** Whom the app acts as: the resident while a buurtwerker helps them, otherwise the person signed in. */
  user: Person;
  /** The person really signed in. */
  signedIn: Person;
  /** While a buurtwerker acts for `user`: the recorded acting session every change is written down under. */
  acting: { sessionId: string } | null;
  /**
   * Staff powers: a buurtwerker or admin working as themselves. Null for residents and volunteers, and for staff
   * while they act for a resident (they then see and do what that resident may, on the record). This is the one
   * meaning of "staff" in the app.
   */
  staff: StaffScope | null;
};

/** Staff who work in this neighbourhood (an admin works in all of them). */
export function worksIn(actor: Actor | null, neighbourhoodId: string | null | undefined): boolean {
  const staff = actor?.staff;
  if (!staff) return false;
  return staff.admin || (neighbourhoodId != null && staff.neighbourhoodIds.includes(neighbourhoodId));
}

/** Staff who work in at least one of these neighbourhoods (a volunteer serving several, a resident's places). */
export function worksInAny(actor: Actor | null, neighbourhoodIds: readonly (string | null | undefined)[]): boolean {
  return neighbourhoodIds.some((id) => worksIn(actor, id));
}

export function isAdmin(actor: Actor | null): boolean {
  return actor?.staff?.admin === true;
}

/**
 * The neighbourhoods a staff member's lists are limited to, for a query's `where`: undefined means every one (an
 * admin). Call it only for staff; the permission check comes first.
 */
export function staffNeighbourhoods(actor: Actor): { in: string[] } | undefined {
  const staff = actor.staff;
  if (!staff) return { in: [] };
  return staff.admin ? undefined : { in: [...staff.neighbourhoodIds] };
}

/** Fields that record help given "as" the resident: the staff member behind the change, or null. */
export function assistant(actor: Actor): string | null {
  return actor.acting ? actor.signedIn.id : null;
}

type Rule = (actor: Actor, subject: never) => boolean;
/** A rule's subject, if it takes one: `can(actor, "useDesk")`, `can(actor, "actFor", resident)`. */
type SubjectOf<R> = R extends (actor: Actor, subject: infer S) => boolean ? (unknown extends S ? [] : [subject: S]) : never;

/**
 * A feature's `can(actor, action, subject)` from its table of rules. Anonymous visitors may do none of these
 * things: what they may see is decided by the queries that serve public pages.
 */
export function definePermissions<Rules extends Record<string, Rule>>(rules: Rules) {
  return function can<A extends keyof Rules>(actor: Actor | null, action: A, ...subject: SubjectOf<Rules[A]>): boolean {
    const rule: Rule | undefined = rules[action];
    // SubjectOf checked the subject against this rule's own type at the call.
    return actor !== null && rule !== undefined && rule(actor, subject[0] as never);
  };
}
