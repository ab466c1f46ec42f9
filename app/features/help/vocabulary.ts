// The shared words of the help feature: kinds of help, weekly time slots, languages.
// Safe for the browser bundle (no I/O).

export const helpKinds = ["company", "groceries", "accompany", "paperwork", "digital", "dutch", "jobs", "walks"] as const;
export type HelpKind = (typeof helpKinds)[number];

export const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Day = (typeof days)[number];
export const dayParts = ["morning", "afternoon", "evening"] as const;
export type DayPart = (typeof dayParts)[number];

/** A weekly time slot, e.g. "tue-morning": 7 days × 3 parts of the day, simple enough to explain. */
export type Slot = `${Day}-${DayPart}`;
export const slots: readonly Slot[] = days.flatMap((day) => dayParts.map((part): Slot => `${day}-${part}`));

/** Languages people in our neighbourhoods speak; names are shown with Intl.DisplayNames in the viewer's language. */
export const helpLanguages = ["nl", "fr", "en", "ar", "tr", "es", "uk", "ru", "ro", "pl", "ti", "so", "prs", "ps"] as const;

export const urgencies = ["low", "normal", "high"] as const;
export const recurrences = ["once", "weekly"] as const;
export const requestStatuses = ["open", "offered", "matched", "done", "cancelled"] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const concernStatuses = ["new", "in_progress", "closed"] as const;
/** How a buurtwerker hears of new help requests: each one by email, a daily digest, or not (the overview only). */
export const alertChoices = ["each", "daily", "none"] as const;
export type AlertChoice = (typeof alertChoices)[number];

export function isSlot(value: string): value is Slot {
  return (slots as readonly string[]).includes(value);
}

export function isHelpKind(value: string): value is HelpKind {
  return (helpKinds as readonly string[]).includes(value);
}

/** Stored lists are comma-separated strings (see prisma/schema/help.prisma). */
export function splitList(value: string | null | undefined): string[] {
  return value ? value.split(",").filter(Boolean) : [];
}

export function joinList(values: readonly string[] | undefined): string {
  return [...new Set(values ?? [])].join(",");
}

export function splitSlots(value: string | null | undefined): Slot[] {
  return splitList(value).filter(isSlot);
}

export function splitSlot(slot: Slot): { day: Day; part: DayPart } {
  const [day, part] = slot.split("-");
  const foundDay = days.find((d) => d === day) ?? "mon";
  const foundPart = dayParts.find((p) => p === part) ?? "morning";
  return { day: foundDay, part: foundPart };
}

export function firstName(displayName: string) {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}
