// What we keep and for how long: one configuration (env RETENTION_*, parsed in app/utils/env.server.ts with its
// defaults), read by the retention jobs and shown on the privacy page, so the page cannot say something else than
// what happens. Pure values and dates: no database here.

export type Retention = {
  /** Days a delivered mail keeps its text (a sign-in mail keeps none once delivered). */
  mailDays: number;
  /** Days the logs of who saw someone's address or phone, and who acted for someone, are kept. */
  logDays: number;
  /** Days after a help request was closed that its free texts (description, visit notes) are removed. */
  helpTextDays: number;
  /** Days without anything happening after which someone registered at the desk is put up for a look by staff. */
  inactiveDays: number;
  /** Days after a survey closed that the record of who answered it goes (the anonymous answers stay). */
  surveyDays?: number;
};

/** Long enough to type in the last paper forms (two weeks) and show the results at the bewonersbijeenkomst. */
export const DEFAULT_SURVEY_DAYS = 90;

const DAY = 24 * 60 * 60 * 1000;

/** The moments before which each kind of data has had its time, at `now`. */
export function retentionCutoffs(retention: Retention, now: Date) {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  return {
    mail: before(retention.mailDays),
    logs: before(retention.logDays),
    helpTexts: before(retention.helpTextDays),
    inactive: before(retention.inactiveDays),
    surveys: before(retention.surveyDays ?? DEFAULT_SURVEY_DAYS),
  };
}

/** Why staff deleted an account registered at the desk: a code, so the admins' log holds no personal data. */
export const deletionReasons = ["asked", "moved", "deceased", "inactive", "other"] as const;
export type DeletionReason = (typeof deletionReasons)[number];

/** What is left of a deleted person's name where the record keeps its shape (a comment, a sign-up at the door). */
export const formerResident = "Vroegere bewoner";

/** The text a removed free text (a help request's description, a reason) is replaced with. */
export const removedText = "";
