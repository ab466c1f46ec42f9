// Everything Warme Buurt keeps about one person (GDPR articles 15 and 20): read by /ik/gegevens, its JSON download
// and print version, and by the desk for people registered there. Every table with personal data is read here; a new
// one must be added (tests/integration/privacy.test.ts fills every table and checks the export shows it).
import { personForRights } from "~/features/privacy/queries.server";
import { participationsOf } from "~/features/surveys/queries.server";
import type { Actor } from "~/utils/actor";
import { prisma } from "~/utils/db.server";

/**
 * The person's data, dates as Date: one's own, or (for staff) that of someone registered at the desk where they work.
 * `null` when there is no such person (or they were deleted).
 */
export async function collectPersonalData(actor: Actor, userId: string) {
  if (!(await personForRights(actor, userId, "exportFor"))) return null;
  // Staff at the desk see someone else's address and phone here: a recorded view, as everywhere else.
  if (userId !== actor.user.id) await prisma.contactView.create({ data: { viewerId: actor.signedIn.id, subjectId: userId } });
  const user = await prisma.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      id: true,
      displayName: true,
      email: true,
      phone: true,
      locale: true,
      address: true,
      createdAt: true,
      neighbourhood: { select: { name: true } },
      registeredBy: { select: { displayName: true } },
      roles: { select: { role: true } },
      residences: { select: { unit: true, movedInAt: true, movedOutAt: true, building: { select: { name: true, address: true } } } },
      residenceRequest: { select: { unit: true, status: true, createdAt: true, decidedAt: true, building: { select: { name: true } } } },
      activitySettings: { select: { confirmations: true, reminders: true, changes: true, digest: true } },
      helpAlertSettings: { select: { newRequests: true } },
      volunteerProfile: {
        select: { skills: true, languages: true, availability: true, maxDistanceMeters: true, maxTasks: true, pausedUntil: true, approvedAt: true },
      },
      staffAssignments: { select: { endsAt: true, neighbourhood: { select: { name: true } } } },
      sessions: { orderBy: { createdAt: "desc" }, select: { createdAt: true, expiresAt: true } },
    },
  });
  if (!user) return null;
  const email = user.email;
  const [signUps, helpRequests, helpOffers, visitsGiven, concerns, answers, householdAnswers, comments, bookings, mails, contactViews, actedFor, surveys, households] =
    await Promise.all([
      prisma.signUp.findMany({
        where: { OR: [{ userId }, ...(email ? [{ email }] : [])] },
        orderBy: { createdAt: "desc" },
        select: {
          name: true,
          email: true,
          phone: true,
          status: true,
          people: true,
          guests: true,
          children: true,
          interpreterLanguage: true,
          childcare: true,
          wheelchair: true,
          lift: true,
          createdAt: true,
          cancelledAt: true,
          checkedInAt: true,
          cancelCodeHash: true,
          createdBy: { select: { displayName: true } },
          occurrence: { select: { startsAt: true, activity: { select: { title: true } } } },
        },
      }),
      prisma.helpRequest.findMany({
        where: { residentId: userId },
        orderBy: { createdAt: "desc" },
        select: {
          kind: true,
          description: true,
          status: true,
          createdAt: true,
          closedAt: true,
          createdBy: { select: { displayName: true } },
          matchedVolunteer: { select: { displayName: true } },
          visits: { orderBy: { date: "asc" }, select: { date: true, minutes: true, note: true } },
        },
      }),
      prisma.helpOffer.findMany({
        where: { volunteerId: userId },
        orderBy: { createdAt: "desc" },
        select: { status: true, origin: true, declineReason: true, createdAt: true, request: { select: { kind: true } } },
      }),
      prisma.visitLog.findMany({ where: { volunteerId: userId }, orderBy: { date: "desc" }, select: { date: true, minutes: true, note: true } }),
      prisma.concern.findMany({ where: { raisedById: userId }, orderBy: { createdAt: "desc" }, select: { text: true, status: true, createdAt: true } }),
      prisma.agreementResponse.findMany({
        where: { userId },
        orderBy: { updatedAt: "desc" },
        select: {
          choice: true,
          reason: true,
          updatedAt: true,
          assistedBy: { select: { displayName: true } },
          version: { select: { number: true, agreement: { select: { space: { select: { name: true } }, building: { select: { name: true } } } } } },
        },
      }),
      prisma.agreementConsent.findMany({
        where: { userId },
        orderBy: { updatedAt: "desc" },
        select: { unit: true, choice: true, method: true, updatedAt: true, version: { select: { number: true, agreement: { select: { space: { select: { name: true } } } } } } },
      }),
      prisma.agreementComment.findMany({
        where: { userId },
        orderBy: { createdAt: "desc" },
        select: { body: true, createdAt: true, version: { select: { agreement: { select: { space: { select: { name: true } } } } } } },
      }),
      prisma.booking.findMany({
        where: { userId },
        orderBy: { startsAt: "desc" },
        select: { purpose: true, startsAt: true, endsAt: true, status: true, kind: true, space: { select: { space: { select: { name: true, building: { select: { name: true } } } } } } },
      }),
      email
        ? prisma.outboxMessage.findMany({
            where: { to: email },
            orderBy: { createdAt: "desc" },
            take: 200,
            select: { kind: true, subject: true, status: true, createdAt: true, sentAt: true },
          })
        : Promise.resolve([]),
      prisma.contactView.findMany({
        where: { subjectId: userId },
        orderBy: { viewedAt: "desc" },
        select: { viewedAt: true, viewer: { select: { displayName: true } } },
      }),
      prisma.actingSession.findMany({
        where: { residentId: userId },
        orderBy: { startedAt: "desc" },
        select: { startedAt: true, endedAt: true, staff: { select: { displayName: true } }, events: { orderBy: { createdAt: "asc" }, select: { action: true, subject: true, createdAt: true } } },
      }),
      participationsOf(userId),
      // Outreach: the households they live in, with what the buurtwerkers noted about them and who looked at it.
      prisma.household.findMany({
        where: { members: { some: { userId } } },
        orderBy: { createdAt: "asc" },
        select: {
          street: true,
          number: true,
          unit: true,
          languages: true,
          consent: true,
          consentMethod: true,
          consentAt: true,
          building: { select: { name: true } },
          knocks: { orderBy: { knockedAt: "asc" }, select: { knockedAt: true, outcome: true, comeBackOn: true, note: true, knockedBy: { select: { displayName: true } } } },
          followUps: {
            orderBy: { startedAt: "asc" },
            select: {
              status: true,
              wishes: true,
              nextStep: true,
              nextStepDue: true,
              startedAt: true,
              endedAt: true,
              owner: { select: { displayName: true } },
              notes: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true, author: { select: { displayName: true } } } },
            },
          },
          intakes: { orderBy: { createdAt: "asc" }, select: { question: true, route: true, createdAt: true, createdBy: { select: { displayName: true } } } },
          referrals: {
            orderBy: { createdAt: "asc" },
            select: { kind: true, status: true, createdAt: true, outcomeAt: true, outcomeNote: true, activity: { select: { title: true } }, partner: { select: { name: true } } },
          },
          views: { orderBy: { viewedAt: "desc" }, select: { what: true, viewedAt: true, viewer: { select: { displayName: true } } } },
        },
      }),
    ]);

  return {
    profile: {
      name: user.displayName,
      email: user.email,
      phone: user.phone,
      language: user.locale,
      address: user.address,
      neighbourhood: user.neighbourhood?.name ?? null,
      roles: user.roles.map((r) => r.role),
      since: user.createdAt,
      registeredAtTheDeskBy: user.registeredBy?.displayName ?? null,
    },
    homes: user.residences.map((r) => ({ building: r.building.name, address: r.building.address, unit: r.unit, movedIn: r.movedInAt, movedOut: r.movedOutAt })),
    // A building the person said they live in, waiting for the buurtwerker (or refused).
    homeRequest: user.residenceRequest && {
      building: user.residenceRequest.building.name,
      unit: user.residenceRequest.unit,
      status: user.residenceRequest.status,
      at: user.residenceRequest.createdAt,
      decidedAt: user.residenceRequest.decidedAt,
    },
    signUps: signUps.map((s) => ({
      activity: s.occurrence.activity.title,
      date: s.occurrence.startsAt,
      status: s.status,
      nameGiven: s.name,
      emailGiven: s.email,
      phoneGiven: s.phone,
      people: s.people,
      needs: { interpreter: s.interpreterLanguage, childcare: s.childcare, wheelchair: s.wheelchair, lift: s.lift },
      signedUpBy: s.createdBy?.displayName ?? null,
      at: s.createdAt,
      cancelledAt: s.cancelledAt,
      checkedInAt: s.checkedInAt,
      // Only a keyed fingerprint of the code is kept: nobody can read the code back, not even for this export.
      cancelCode: s.cancelCodeHash !== null,
    })),
    helpRequests: helpRequests.map((r) => ({
      kind: r.kind,
      description: r.description,
      status: r.status,
      at: r.createdAt,
      closedAt: r.closedAt,
      writtenBy: r.createdBy.displayName,
      buddy: r.matchedVolunteer?.displayName ?? null,
      visits: r.visits,
    })),
    volunteering: user.volunteerProfile && {
      profile: { ...user.volunteerProfile, skills: split(user.volunteerProfile.skills), languages: split(user.volunteerProfile.languages), availability: split(user.volunteerProfile.availability) },
      offers: helpOffers.map((o) => ({ kind: o.request.kind, status: o.status, origin: o.origin, declineReason: o.declineReason, at: o.createdAt })),
      visits: visitsGiven,
    },
    concerns: concerns.map((c) => ({ text: c.text, status: c.status, at: c.createdAt })),
    agreementAnswers: answers.map((a) => ({
      space: a.version.agreement.space.name,
      building: a.version.agreement.building.name,
      version: a.version.number,
      choice: a.choice,
      reason: a.reason,
      withHelpOf: a.assistedBy?.displayName ?? null,
      at: a.updatedAt,
    })),
    householdAnswers: householdAnswers.map((c) => ({ space: c.version.agreement.space.name, version: c.version.number, unit: c.unit, choice: c.choice, method: c.method, at: c.updatedAt })),
    comments: comments.map((c) => ({ space: c.version.agreement.space.name, text: c.body, at: c.createdAt })),
    bookings: bookings.map((b) => ({ space: b.space.space.name, building: b.space.space.building.name, from: b.startsAt, until: b.endsAt, purpose: b.purpose, status: b.status })),
    mails: mails.map((m) => ({ kind: m.kind, subject: m.subject, status: m.status, queued: m.createdAt, sent: m.sentAt })),
    notifications: user.activitySettings,
    calendarFeed: user.activitySettings !== null,
    helpRequestAlerts: user.helpAlertSettings?.newRequests ?? null,
    whoSawMyAddressOrPhone: contactViews.map((v) => ({ who: v.viewer.displayName, when: v.viewedAt })),
    whoActedForMe: actedFor.map((a) => ({ who: a.staff.displayName, from: a.startedAt, until: a.endedAt, did: a.events.map((e) => ({ what: e.action, about: e.subject, when: e.createdAt })) })),
    signedInDevices: user.sessions.map((s) => ({ since: s.createdAt, until: s.expiresAt })),
    worksIn: user.staffAssignments.map((a) => ({ neighbourhood: a.neighbourhood.name, until: a.endsAt })),
    surveys,
    households: households.map((h) => ({
      address: h.building ? `${h.building.name} ${h.unit}`.trim() : `${h.street} ${h.number}`.trim(),
      languages: split(h.languages),
      agreedTo: split(h.consent),
      method: h.consentMethod,
      at: h.consentAt,
      knocks: h.knocks.map((k) => ({ when: k.knockedAt, outcome: k.outcome, comeBackOn: k.comeBackOn, note: k.note, who: k.knockedBy?.displayName ?? null })),
      followUps: h.followUps.map((f) => ({
        // Its own words: "active" is already a booking's status in the readable export.
        stage: followUpStage[f.status] ?? f.status,
        wishes: split(f.wishes),
        nextStep: f.nextStep,
        due: f.nextStepDue,
        from: f.startedAt,
        until: f.endedAt,
        who: f.owner?.displayName ?? null,
        notes: f.notes.map((n) => ({ text: n.body, when: n.createdAt, who: n.author?.displayName ?? null })),
      })),
      intakes: h.intakes.map((i) => ({ question: i.question, route: i.route === "papers" ? "coffeeAndPapers" : i.route, when: i.createdAt, who: i.createdBy?.displayName ?? null })),
      referrals: h.referrals.map((r) => ({
        referredTo: r.kind,
        about: r.activity?.title ?? r.partner?.name ?? null,
        status: r.status,
        when: r.createdAt,
        outcomeAt: r.outcomeAt,
        note: r.outcomeNote,
      })),
      whoLooked: h.views.map((v) => ({ looked: v.what === "notes" ? "followUpNotes" : "phoneNumbers", who: v.viewer?.displayName ?? null, when: v.viewedAt })),
    })),
  };
}

export type PersonalData = NonNullable<Awaited<ReturnType<typeof collectPersonalData>>>;

const followUpStage: Record<string, string> = { active: "following", paused: "paused", ended: "ended" };

function split(list: string) {
  return list ? list.split(",") : [];
}
