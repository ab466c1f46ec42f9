// The daily digest of new help requests, for buurtwerkers who chose it on /hulp/meldingen (the others get each
// request at once, or nothing). Safe with two app processes: each person is claimed with a conditional update before
// the mail is queued, and the outbox dedupe key backs that up.
import { createElement } from "react";
import { DateTime } from "luxon";
import { HelpDigestEmail } from "#emails/help-digest";
import { alertChoiceOf, responsibleStaff } from "~/features/help/mutations.server";
import { activeStatuses } from "~/features/help/permissions";
import { firstName } from "~/features/help/vocabulary";
import { prisma } from "~/utils/db.server";
import { enqueueEmail } from "~/utils/email.server";
import { env } from "~/utils/env.server";
import { defaultLocale, isLocale } from "~/utils/i18n";
import { getFixedT } from "~/utils/i18n.server";

const DAY_MS = 24 * 60 * 60_000;

/**
 * Once a day per person: the requests made since their last digest (at most a day back) that still wait for a buddy,
 * in the neighbourhoods they are the buurtwerker of (the same people the single alerts go to), not those they wrote
 * down themselves. Nothing new: no mail, and the day still counts.
 */
export async function sendHelpRequestDigests(now = new Date()) {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const due = { newRequests: "daily", OR: [{ digestSentAt: null }, { digestSentAt: { lte: dayAgo } }] };
  const people = await prisma.helpAlertSettings.findMany({
    where: { ...due, user: { email: { not: null }, deletedAt: null } },
    take: 100,
    select: { userId: true, digestSentAt: true, user: { select: { email: true, locale: true, displayName: true } } },
  });
  if (people.length === 0) return 0;
  const requests = await prisma.helpRequest.findMany({
    where: { createdAt: { gt: dayAgo, lte: now }, status: { in: activeStatuses } },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, kind: true, urgency: true, createdAt: true, createdById: true, neighbourhoodId: true, neighbourhood: { select: { name: true } }, resident: { select: { displayName: true } } },
  });
  // Who is alerted for each neighbourhood, asked once per run.
  const staffOf = new Map<string | null, Promise<{ id: string; helpAlertSettings: { newRequests: string } | null }[]>>();
  const alerted = (neighbourhoodId: string | null) => {
    if (!staffOf.has(neighbourhoodId)) staffOf.set(neighbourhoodId, responsibleStaff(prisma, [neighbourhoodId], now));
    return staffOf.get(neighbourhoodId) ?? Promise.resolve([]);
  };
  const day = DateTime.fromJSDate(now, { zone: "Europe/Brussels" }).toISODate();
  let queued = 0;
  for (const person of people) {
    const email = person.user.email;
    if (!email) continue;
    const since = person.digestSentAt && person.digestSentAt > dayAgo ? person.digestSentAt : dayAgo;
    const mine: typeof requests = [];
    for (const request of requests) {
      if (request.createdAt <= since || request.createdById === person.userId) continue;
      const staff = await alerted(request.neighbourhoodId);
      if (staff.some((s) => s.id === person.userId && alertChoiceOf(s) === "daily")) mine.push(request);
    }
    const locale = isLocale(person.user.locale) ? person.user.locale : defaultLocale;
    const t = getFixedT(locale, "help");
    const sent = await prisma.$transaction(async (tx) => {
      const claim = await tx.helpAlertSettings.updateMany({ where: { userId: person.userId, ...due }, data: { digestSentAt: now } });
      if (claim.count !== 1 || mine.length === 0) return false;
      const values = { name: firstName(person.user.displayName), count: mine.length };
      await enqueueEmail(tx, {
        to: email,
        kind: "help-digest",
        subject: t("email.digest.subject", values),
        dedupeKey: `help-digest:${person.userId}:${day}`,
        body: createElement(HelpDigestEmail, {
          lang: locale,
          greeting: t("email.greeting", values),
          intro: t("email.digest.intro", values),
          items: mine.map((r) => ({
            line: t(r.urgency === "high" ? "email.digest.lineUrgent" : "email.digest.line", {
              kind: t(`kinds.${r.kind}`),
              resident: firstName(r.resident.displayName),
              neighbourhood: r.neighbourhood?.name ?? "",
            }),
            link: new URL(`/hulp/vragen/${r.id}`, env.APP_URL).toString(),
          })),
          button: t("email.digest.button"),
          link: new URL("/hulp/overzicht", env.APP_URL).toString(),
          footer: t("email.footer"),
        }),
      });
      return true;
    });
    if (sent) queued += 1;
  }
  return queued;
}
