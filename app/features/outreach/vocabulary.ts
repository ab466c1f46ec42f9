// The words of outreach, as codes the UI translates (outreach:*). Pure values: shared by schemas, rules and pages.

/** What happened at a door. */
export const knockOutcomes = ["not_home", "talked", "not_interested", "come_back", "moved"] as const;
export type KnockOutcome = (typeof knockOutcomes)[number];

/** "Wat zou je liever doen?": what a household would rather do, or needs a hand with. */
export const wishes = [
  "contact",
  "language",
  "work",
  "leisure",
  "papers",
  "housing",
  "health",
  "money",
] as const;
export type Wish = (typeof wishes)[number];

/** What a household agreed to: that we keep notes and follow up, may call them, may name them to a partner. */
export const consentItems = ["followUp", "phone", "partners"] as const;
export type ConsentItem = (typeof consentItems)[number];
export const consentMethods = ["verbal", "paper"] as const;

export const followUpStatuses = ["active", "paused", "ended"] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** Where an intake at the desk goes. */
export const intakeRoutes = ["papers", "buddy", "followUp", "partner"] as const;
export type IntakeRoute = (typeof intakeRoutes)[number];

export const partnerKinds = ["housing", "ocmw", "caw", "vdab", "family", "health", "other"] as const;

export const referralKinds = ["activity", "buddy", "partner"] as const;
export type ReferralKind = (typeof referralKinds)[number];
/** open until the outcome is known; came (check-in) and matched (a buddy) come back by themselves. */
export const referralStatuses = ["open", "came", "matched", "helped", "not_taken"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
/** The outcomes a buurtwerker records by hand, per kind of referral. */
export const manualOutcomes: Record<ReferralKind, readonly ReferralStatus[]> = {
  activity: ["not_taken"],
  buddy: ["not_taken"],
  partner: ["helped", "not_taken"],
};

export const signalKinds = [
  "damp",
  "lift",
  "lighting",
  "energy",
  "noise",
  "waste",
  "safety",
  "other",
] as const;
export type SignalKind = (typeof signalKinds)[number];

/** Languages spoken at home, the same codes as help requests use; names come from Intl.DisplayNames. */
export const householdLanguages = [
  "nl",
  "fr",
  "en",
  "ar",
  "tr",
  "es",
  "uk",
  "ru",
  "ro",
  "pl",
  "ti",
  "so",
  "prs",
  "ps",
] as const;

export function splitList(list: string | null | undefined): string[] {
  return list ? list.split(",").filter(Boolean) : [];
}

export function joinList(items: readonly string[]) {
  return [...new Set(items)].join(",");
}
