// Deleting an account (GDPR article 17), the way Decidim does it: the person is anonymised and the records keep their
// shape, so tallies, attendee counts and buddy histories stay true without a name. Afterwards the database holds
// their name, email address and phone number nowhere (tests/integration/privacy.test.ts scans every text column).
import type { Prisma } from "@prisma/client";
import { cancelSignUp } from "~/features/activities/mutations.server";
import { can } from "~/features/privacy/permissions";
import { personForRights } from "~/features/privacy/queries.server";
import { formerResident, removedText, type DeletionReason } from "~/features/privacy/rules";
import type { Actor } from "~/utils/actor";
import { forbidden, notFound } from "~/utils/app-error";
import { prisma } from "~/utils/db.server";

type Tx = Prisma.TransactionClient;

/** Free texts other people wrote that may name the person (a notice to staff, a visit note, a concern). */
async function scrubFreeTexts(tx: Tx, needles: string[]) {
  const replace = (text: string) => needles.reduce((result, needle) => result.split(needle).join(formerResident), text);
  const mentions = (field: string) => ({ OR: needles.map((needle) => ({ [field]: { contains: needle } })) });
  for (const row of await tx.outboxMessage.findMany({ where: { OR: [mentions("subject"), mentions("text"), mentions("html"), mentions("to")] }, select: { id: true, status: true } })) {
    // A mail still waiting about a deleted person has nothing left to say; a sent one keeps its shape, emptied.
    if (row.status === "pending") await tx.outboxMessage.delete({ where: { id: row.id } });
    else await tx.outboxMessage.update({ where: { id: row.id }, data: { to: "", subject: "", html: "", text: "", attachments: "[]" } });
  }
  for (const row of await tx.visitLog.findMany({ where: mentions("note"), select: { id: true, note: true } })) {
    await tx.visitLog.update({ where: { id: row.id }, data: { note: replace(row.note) } });
  }
  for (const row of await tx.concern.findMany({ where: mentions("text"), select: { id: true, text: true } })) {
    await tx.concern.update({ where: { id: row.id }, data: { text: replace(row.text) } });
  }
  for (const row of await tx.helpRequest.findMany({ where: mentions("description"), select: { id: true, description: true } })) {
    await tx.helpRequest.update({ where: { id: row.id }, data: { description: replace(row.description) } });
  }
  for (const row of await tx.agreementComment.findMany({ where: mentions("body"), select: { id: true, body: true } })) {
    await tx.agreementComment.update({ where: { id: row.id }, data: { body: replace(row.body) } });
  }
  for (const row of await tx.signUp.findMany({ where: { OR: [mentions("name"), mentions("email"), mentions("phone")] }, select: { id: true, name: true } })) {
    await tx.signUp.update({ where: { id: row.id }, data: { name: replace(row.name), email: null, phone: null } });
  }
  // Anonymous open answers to a survey, and drafts still being written, may name a neighbour.
  for (const row of await tx.surveyAnswer.findMany({ where: mentions("value"), select: { id: true, value: true } })) {
    await tx.surveyAnswer.update({ where: { id: row.id }, data: { value: replace(row.value) } });
  }
  for (const row of await tx.surveyDraftAnswer.findMany({ where: mentions("value"), select: { participationId: true, questionId: true, value: true } })) {
    await tx.surveyDraftAnswer.update({ where: { participationId_questionId: { participationId: row.participationId, questionId: row.questionId } }, data: { value: replace(row.value) } });
  }
  for (const row of await tx.actingEvent.findMany({ where: mentions("subject"), select: { id: true, subject: true } })) {
    await tx.actingEvent.update({ where: { id: row.id }, data: { subject: replace(row.subject) } });
  }
  // What buurtwerkers wrote at doors and in follow-ups of other households ("Jozef from next door was there too").
  for (const row of await tx.doorKnock.findMany({ where: mentions("note"), select: { id: true, note: true } })) {
    await tx.doorKnock.update({ where: { id: row.id }, data: { note: replace(row.note) } });
  }
  for (const row of await tx.followUpNote.findMany({ where: mentions("body"), select: { id: true, body: true } })) {
    await tx.followUpNote.update({ where: { id: row.id }, data: { body: replace(row.body) } });
  }
  for (const row of await tx.followUp.findMany({ where: mentions("nextStep"), select: { id: true, nextStep: true } })) {
    await tx.followUp.update({ where: { id: row.id }, data: { nextStep: replace(row.nextStep) } });
  }
  for (const row of await tx.intake.findMany({ where: mentions("question"), select: { id: true, question: true } })) {
    await tx.intake.update({ where: { id: row.id }, data: { question: replace(row.question) } });
  }
  for (const row of await tx.referral.findMany({ where: mentions("outcomeNote"), select: { id: true, outcomeNote: true } })) {
    await tx.referral.update({ where: { id: row.id }, data: { outcomeNote: replace(row.outcomeNote) } });
  }
  for (const row of await tx.householdMember.findMany({ where: { OR: [mentions("name"), mentions("phone")] }, select: { id: true, name: true } })) {
    await tx.householdMember.update({ where: { id: row.id }, data: { name: replace(row.name), phone: null } });
  }
}

/**
 * Outreach: the person leaves the households they lived in, and what they told at the desk goes. A household with
 * nobody left keeps its address (it is still a door in the street's rounds) and its counts (knocks, referrals by
 * outcome, signals: the reach figures stay true), but nothing that was written or agreed about the people in it:
 * notes, wishes, next steps, languages, consent, who looked. Its running follow-up ends.
 */
async function leaveHouseholds(tx: Tx, userId: string, now: Date) {
  const memberships = await tx.householdMember.findMany({ where: { userId }, select: { id: true, householdId: true } });
  if (memberships.length === 0) return;
  const memberIds = memberships.map((m) => m.id);
  await tx.intake.updateMany({ where: { memberId: { in: memberIds } }, data: { question: removedText } });
  await tx.referral.updateMany({ where: { memberId: { in: memberIds } }, data: { outcomeNote: removedText } });
  await tx.householdMember.deleteMany({ where: { id: { in: memberIds } } });
  for (const householdId of new Set(memberships.map((m) => m.householdId))) {
    if ((await tx.householdMember.count({ where: { householdId } })) > 0) continue;
    await tx.household.update({ where: { id: householdId }, data: { languages: "", consent: "", consentMethod: null, consentAt: null, consentRecordedById: null } });
    await tx.doorKnock.updateMany({ where: { householdId }, data: { note: removedText } });
    await tx.followUp.updateMany({ where: { householdId, status: { not: "ended" } }, data: { status: "ended", endedAt: now } });
    await tx.followUp.updateMany({ where: { householdId }, data: { wishes: "", nextStep: removedText, nextStepDue: null } });
    await tx.followUpNote.deleteMany({ where: { followUp: { householdId } } });
    await tx.intake.updateMany({ where: { householdId }, data: { question: removedText } });
    await tx.referral.updateMany({ where: { householdId }, data: { outcomeNote: removedText } });
    await tx.householdView.deleteMany({ where: { householdId } });
  }
}

/**
 * Anonymises a person: `self` from /ik/verwijderen, or `staff` for someone registered at the desk (with a reason
 * code). Future sign-ups are cancelled first (the waitlist moves up and is told), then everything else in one
 * transaction. Returns false when the person was already gone.
 */
export async function eraseAccount(actor: Actor, userId: string, request: { by: "self" } | { by: "staff"; reason: DeletionReason }, now = new Date()) {
  if (request.by === "self" ? !can(actor, "eraseOwn", { userId }) : !(await personForRights(actor, userId, "eraseFor"))) throw forbidden();
  const person = await prisma.user.findFirst({ where: { id: userId, deletedAt: null }, select: { displayName: true, email: true, phone: true } });
  if (!person) throw notFound();

  // Their own sign-ups and those made without an account under their email address.
  const theirs = { OR: [{ userId }, ...(person.email ? [{ email: person.email.toLowerCase() }] : [])] };
  const coming = await prisma.signUp.findMany({
    where: { ...theirs, status: { in: ["confirmed", "waitlisted"] }, occurrence: { startsAt: { gt: now } } },
    select: { id: true },
  });
  for (const signUp of coming) await cancelSignUp(signUp.id, { now });

  // A name shorter than 4 letters ("Jo") would match inside other words; email and phone are always distinctive.
  const needles = [person.displayName.length >= 4 ? person.displayName : null, person.email, person.phone].filter((n): n is string => Boolean(n));
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { displayName: formerResident, email: null, phone: null, address: null, deletedAt: now, reviewFlaggedAt: null },
    });
    await tx.userRole.deleteMany({ where: { userId, role: { not: "resident" } } });
    await tx.staffAssignment.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.idempotencyKey.deleteMany({ where: { userId } });
    await tx.activitySettings.deleteMany({ where: { userId } });
    await tx.helpAlertSettings.deleteMany({ where: { userId } });
    await tx.volunteerProfile.deleteMany({ where: { userId } });
    if (person.email) {
      await tx.loginCode.deleteMany({ where: { email: person.email } });
      await tx.emailOptOut.deleteMany({ where: { email: person.email.toLowerCase() } });
      await tx.outboxMessage.deleteMany({ where: { to: person.email } });
    }
    // Rate-limit keys carry an email address or a phone number.
    await tx.rateLimitEvent.deleteMany({ where: { OR: needles.map((needle) => ({ key: { contains: needle.toLowerCase() } })) } });
    await tx.residence.updateMany({ where: { userId, movedOutAt: null }, data: { movedOutAt: now } });
    await tx.residenceRequest.deleteMany({ where: { userId } });

    // activeKey ("date:email") only guards against signing up twice: a past sign-up needs it no more.
    await tx.signUp.updateMany({ where: theirs, data: { name: formerResident, email: null, phone: null, interpreterLanguage: null, activeKey: null, cancelCodeHash: null } });
    // Their help requests close; what they wrote about themselves goes, with what buddies noted at their visits.
    await tx.helpRequest.updateMany({ where: { residentId: userId, status: { in: ["open", "offered", "matched"] } }, data: { status: "cancelled", closedAt: now } });
    await tx.helpRequest.updateMany({ where: { residentId: userId }, data: { description: removedText } });
    await tx.helpOffer.updateMany({ where: { request: { residentId: userId }, status: "pending" }, data: { status: "withdrawn", respondedAt: now } });
    await tx.helpOffer.updateMany({ where: { volunteerId: userId, status: "pending" }, data: { status: "withdrawn", respondedAt: now } });
    await tx.visitLog.updateMany({ where: { request: { residentId: userId } }, data: { note: removedText } });
    // Answers stay in the tallies, without their reasons; the household's voice stays without a name.
    await tx.agreementResponse.updateMany({ where: { userId }, data: { reason: null } });
    await tx.agreementConsent.updateMany({ where: { userId }, data: { reason: null, userId: null } });
    await tx.booking.updateMany({ where: { userId, status: "active", startsAt: { gt: now } }, data: { status: "cancelled", cancelledAt: now } });
    await tx.booking.updateMany({ where: { userId }, data: { purpose: removedText } });
    // That they took part in a survey goes (with any unsent draft); what they sent was anonymous and stays.
    await tx.surveyParticipation.deleteMany({ where: { userId } });
    await leaveHouseholds(tx, userId, now);
    await scrubFreeTexts(tx, needles);
    await tx.deletionRecord.create({
      data: { requestedBy: request.by, staffId: request.by === "staff" ? actor.signedIn.id : null, reason: request.by === "staff" ? request.reason : null, deletedAt: now },
    });
  });
  return true;
}

/** Staff keep an account the retention job put up for a look: it is not flagged again for the inactive time. */
export async function keepAccount(actor: Actor, userId: string) {
  if (!(await personForRights(actor, userId, "eraseFor"))) throw notFound();
  // updatedAt moves to now with this update, so flagInactiveDeskPeople leaves the person alone for its time.
  await prisma.user.update({ where: { id: userId }, data: { reviewFlaggedAt: null } });
}
