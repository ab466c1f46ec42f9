// Old data goes away by itself: the jobs loop runs this (app/jobs.server.ts); how long each kind is kept is one
// configuration (env RETENTION_*, rules.ts), also shown on the privacy page. Each step is safe to run in several
// processes at once: it only deletes or empties what is past its time.
import { retentionCutoffs, removedText, type Retention } from "~/features/privacy/rules";
import { prisma } from "~/utils/db.server";

/** Delivered (or given up) mail past its time is deleted, with its text and address. */
export async function deleteOldMail(retention: Retention, now = new Date()) {
  const { mail } = retentionCutoffs(retention, now);
  const { count } = await prisma.outboxMessage.deleteMany({
    where: { OR: [{ status: "sent", sentAt: { lt: mail } }, { status: "failed", failedAt: { lt: mail } }] },
  });
  return count;
}

/** Who saw whose address, and who acted for whom: kept for the logs' time, then deleted. */
export async function deleteOldLogs(retention: Retention, now = new Date()) {
  const { logs } = retentionCutoffs(retention, now);
  const [views, acting] = await prisma.$transaction([
    prisma.contactView.deleteMany({ where: { viewedAt: { lt: logs } } }),
    // Its events go with it (onDelete: Cascade).
    prisma.actingSession.deleteMany({ where: { startedAt: { lt: logs }, endedAt: { not: null } } }),
  ]);
  return { views: views.count, acting: acting.count };
}

/** A closed help request keeps what happened (kind, dates, visits) but not what people wrote, after its time. */
export async function removeClosedHelpTexts(retention: Retention, now = new Date()) {
  const { helpTexts } = retentionCutoffs(retention, now);
  const closed = { status: { in: ["done", "cancelled"] }, closedAt: { lt: helpTexts } };
  const [requests, visits, offers, concerns] = await prisma.$transaction([
    prisma.helpRequest.updateMany({ where: { ...closed, description: { not: removedText } }, data: { description: removedText } }),
    prisma.visitLog.updateMany({ where: { request: closed, note: { not: removedText } }, data: { note: removedText } }),
    prisma.helpOffer.updateMany({ where: { request: closed, declineReason: { not: null } }, data: { declineReason: null } }),
    prisma.concern.updateMany({ where: { request: closed, text: { not: removedText } }, data: { text: removedText } }),
  ]);
  return { requests: requests.count, visits: visits.count, offers: offers.count, concerns: concerns.count };
}

/**
 * Outreach: who looked at a household goes with the other logs. What was written about people goes the help-text
 * time after it stopped mattering: the notes, wishes and next step of a follow-up ended that long ago, knock notes
 * and intake questions that old (unless the household is still followed up), referral outcome notes. An address
 * where nobody ever talked with us keeps no knocks older than the log time: those doors stay strangers.
 */
export async function removeOldOutreach(retention: Retention, now = new Date()) {
  const { logs, helpTexts } = retentionCutoffs(retention, now);
  const stillFollowed = { followUps: { some: { status: { not: "ended" } } } };
  const endedLongAgo = { status: "ended", endedAt: { lt: helpTexts } };
  const [views, strangers, notes, followUps, knockNotes, intakes, referrals] = await prisma.$transaction([
    prisma.householdView.deleteMany({ where: { viewedAt: { lt: logs } } }),
    prisma.doorKnock.deleteMany({ where: { knockedAt: { lt: logs }, household: { members: { none: {} }, knocks: { none: { outcome: "talked" } } } } }),
    prisma.followUpNote.deleteMany({ where: { followUp: endedLongAgo } }),
    prisma.followUp.updateMany({ where: { ...endedLongAgo, OR: [{ wishes: { not: "" } }, { nextStep: { not: removedText } }] }, data: { wishes: "", nextStep: removedText, nextStepDue: null } }),
    prisma.doorKnock.updateMany({ where: { knockedAt: { lt: helpTexts }, note: { not: removedText }, household: { NOT: stillFollowed } }, data: { note: removedText } }),
    prisma.intake.updateMany({ where: { createdAt: { lt: helpTexts }, question: { not: removedText }, OR: [{ householdId: null }, { household: { NOT: stillFollowed } }] }, data: { question: removedText } }),
    prisma.referral.updateMany({ where: { outcomeAt: { lt: helpTexts }, outcomeNote: { not: removedText } }, data: { outcomeNote: removedText } }),
  ]);
  return { views: views.count, strangers: strangers.count, notes: notes.count, followUps: followUps.count, knockNotes: knockNotes.count, intakes: intakes.count, referrals: referrals.count };
}

/**
 * People registered at the desk (no email: they cannot sign in to delete themselves) with nothing happening for
 * the inactive time are put up for a look: staff see them on the desk and keep or delete the account.
 */
export async function flagInactiveDeskPeople(retention: Retention, now = new Date()) {
  const { inactive } = retentionCutoffs(retention, now);
  const since = { gte: inactive };
  const { count } = await prisma.user.updateMany({
    where: {
      deletedAt: null,
      email: null,
      registeredById: { not: null },
      reviewFlaggedAt: null,
      createdAt: { lt: inactive },
      updatedAt: { lt: inactive },
      signUps: { none: { createdAt: since } },
      helpRequests: { none: { createdAt: since } },
      actedFor: { none: { startedAt: since } },
      agreementResponses: { none: { updatedAt: since } },
      bookings: { none: { createdAt: since } },
      surveyParticipations: { none: { createdAt: since } },
      householdMemberships: { none: { household: { OR: [{ knocks: { some: { knockedAt: since } } }, { followUps: { some: { status: { not: "ended" } } } }] } } },
    },
    data: { reviewFlaggedAt: now },
  });
  return count;
}

/**
 * Codes to cancel a sign-up without an account (kept as keyed hashes) are of no use once the date has passed, and a
 * building someone asked for that nobody confirmed is forgotten after the logs' time (they can ask again).
 */
export async function forgetUsedUp(retention: Retention, now = new Date()) {
  const { logs } = retentionCutoffs(retention, now);
  const [codes, homes] = await prisma.$transaction([
    prisma.signUp.updateMany({ where: { cancelCodeHash: { not: null }, occurrence: { startsAt: { lt: now } } }, data: { cancelCodeHash: null } }),
    prisma.residenceRequest.deleteMany({ where: { OR: [{ decidedAt: { lt: logs } }, { decidedAt: null, createdAt: { lt: logs } }] } }),
  ]);
  return { codes: codes.count, homes: homes.count };
}

/**
 * Who answered a survey (and unsent draft answers) is only needed while it runs: the record goes once the survey
 * has been closed for its time. The anonymous answers stay; they name nobody.
 */
export async function deleteOldSurveyParticipations(retention: Retention, now = new Date()) {
  const { surveys } = retentionCutoffs(retention, now);
  // Draft answers go with them (onDelete: Cascade).
  const { count } = await prisma.surveyParticipation.deleteMany({ where: { survey: { closesAt: { lt: surveys } } } });
  return count;
}

/** One run of every step, for the jobs loop. */
export async function applyRetention(retention: Retention, now = new Date()) {
  return {
    mail: await deleteOldMail(retention, now),
    logs: await deleteOldLogs(retention, now),
    helpTexts: await removeClosedHelpTexts(retention, now),
    flagged: await flagInactiveDeskPeople(retention, now),
    surveys: await deleteOldSurveyParticipations(retention, now),
    outreach: await removeOldOutreach(retention, now),
    usedUp: await forgetUsedUp(retention, now),
  };
}
