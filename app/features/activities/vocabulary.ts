// The words of meeting moments that the browser needs too (list filters, cards): no date library here, so
// pages that only show activities do not download one.
export const ZONE = "Europe/Brussels";

export const categories = [
  "buurtdrink",
  "dag_van_de_buren",
  "kennismaking",
  "koffie_papieren",
  "taalcafe",
  "wandeling",
  "workshop",
  "bewonersbijeenkomst",
  "other",
] as const;
export type Category = (typeof categories)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === "string" && (categories as readonly string[]).includes(value);
}

export const recurrences = ["none", "weekly", "biweekly", "monthly"] as const;
export type Recurrence = (typeof recurrences)[number];

export const audiences = ["everyone", "neighbourhood", "building"] as const;
export type Audience = (typeof audiences)[number];

export const periods = ["all", "week", "weekend", "date"] as const;
export type Period = (typeof periods)[number];

/** Guests and children a person brings: a family of ten is the most we expect at one sign-up. */
export const MAX_COMPANIONS = 10;
