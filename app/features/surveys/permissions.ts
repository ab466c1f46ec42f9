// Who may do what with resident surveys. Staff compose, collect and read results for the neighbourhoods they work
// in (an admin everywhere); residents of the building (or of the neighbourhood, for a neighbourhood survey) answer
// while it is open. Nobody reads another person's answers: results are counts (rules.ts), never rows with names.
import { definePermissions, worksIn, type Actor } from "~/utils/actor";
import type { SurveyPhase } from "./rules";

/**
 * A survey as the rules see it. `livesHere` is about the person the app acts as (a current home in the building,
 * or in the neighbourhood), so a buurtwerker acting for a resident answers as that resident, on the record.
 * `paperOpen`: open, or closed less than two weeks ago (rules.ts paperOpen).
 */
export type SurveySubject = { neighbourhoodId: string; livesHere: boolean; phase: SurveyPhase; paperOpen: boolean };

const staffThere = (actor: Actor, survey: { neighbourhoodId: string }) => worksIn(actor, survey.neighbourhoodId);

export const can = definePermissions({
  /** The "new survey" page: staff working as themselves; it offers only their own neighbourhoods and buildings. */
  startSurveys: (actor) => actor.staff !== null,
  /** Ask the households of this neighbourhood or of one of its buildings. */
  create: (actor, place: { neighbourhoodId: string }) => staffThere(actor, place),
  /** Texts, questions, dates, publishing and closing (rules.ts says what can still change when). */
  manage: (actor, survey: SurveySubject) => staffThere(actor, survey),
  /** Counts, percentages, open answers without names, response rates, CSV, the printed summary. */
  seeResults: (actor, survey: SurveySubject) => staffThere(actor, survey),
  /** The printable invitation with its QR code. */
  invite: (actor, survey: SurveySubject) => staffThere(actor, survey) && survey.phase !== "draft",
  answer: (_actor, survey: SurveySubject) => survey.livesHere && survey.phase === "open",
  /** A household's answers taken at the door or at the desk on the buurtwerker's phone: marked "assisted". */
  collect: (actor, survey: SurveySubject) => staffThere(actor, survey) && survey.phase === "open",
  /** A paper form typed in afterwards: marked "paper". */
  enterPaper: (actor, survey: SurveySubject) => staffThere(actor, survey) && survey.paperOpen,
});

export type SurveyAction = Parameters<typeof can>[1];

/** The buttons and links a survey's page shows this person; each change asks again when it is sent. */
export function surveyAbilities(actor: Actor, survey: SurveySubject) {
  return {
    manage: can(actor, "manage", survey),
    seeResults: can(actor, "seeResults", survey),
    invite: can(actor, "invite", survey),
    answer: can(actor, "answer", survey),
    collect: can(actor, "collect", survey),
    enterPaper: can(actor, "enterPaper", survey),
  };
}
