export const roles = ["resident", "volunteer", "buurtwerker", "admin"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/**
 * A staff role (buurtwerker or admin). What staff may see and do depends on where they work and whether they act
 * for someone: ask the Actor (app/utils/actor.ts), not the roles.
 */
export function hasStaffRole(userRoles: readonly string[]) {
  return userRoles.includes("buurtwerker") || userRoles.includes("admin");
}
