export const roles = ["resident", "volunteer", "buurtwerker", "admin"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Staff see private details (addresses, names behind objections) and may act for residents. */
export function isStaff(userRoles: readonly string[]) {
  return userRoles.includes("buurtwerker") || userRoles.includes("admin");
}
