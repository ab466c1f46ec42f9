// Referrals that close the loop by themselves: the activities and help features call these in their own transaction
// when something happens that answers a referral (a check-in, a buddy match). Small on purpose: those features do not
// need to know more about outreach than this.
import type { Prisma } from "@prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * A sign-up was checked in (`present`) or unchecked. Checked in: the referrals it answers are "came" — the one that
 * made this sign-up, and open invitations to the same activity for the same person (an account) handed over before
 * the date. `firstVisit` says whether this person had never been checked in at an activity before. Unchecked (a
 * mistaken tap): those referrals are open again.
 */
export async function markReferralsCame(tx: Tx, signUpId: string, present: boolean, now: Date) {
  if (!present) {
    await tx.referral.updateMany({
      where: { signUpId, status: "came" },
      data: { status: "open", outcomeAt: null, firstVisit: false },
    });
    return;
  }
  const signUp = await tx.signUp.findUnique({
    where: { id: signUpId },
    select: { id: true, userId: true, occurrence: { select: { activityId: true, startsAt: true } } },
  });
  if (!signUp) return;
  const earlier = signUp.userId
    ? await tx.signUp.count({
        where: { userId: signUp.userId, id: { not: signUp.id }, checkedInAt: { not: null } },
      })
    : 0;
  const answered = await tx.referral.findMany({
    where: {
      kind: "activity",
      status: "open",
      OR: [
        { signUpId },
        ...(signUp.userId
          ? [
              {
                signUpId: null,
                activityId: signUp.occurrence.activityId,
                member: { userId: signUp.userId },
                createdAt: { lte: now },
              },
            ]
          : []),
      ],
    },
    select: { id: true },
  });
  if (answered.length === 0) return;
  await tx.referral.updateMany({
    where: { id: { in: answered.map((r) => r.id) } },
    data: { status: "came", outcomeAt: now, firstVisit: earlier === 0, signUpId },
  });
}

/** A help request got its buddy: the referrals that led to it are "matched". */
export async function markReferralsMatched(tx: Tx, helpRequestId: string, now: Date) {
  await tx.referral.updateMany({
    where: { helpRequestId, kind: "buddy", status: "open" },
    data: { status: "matched", outcomeAt: now },
  });
}

/**
 * For an attendee list: which sign-ups came through a referral, by whom, and whether it is the person's first time
 * at an activity ("eerste keer, uitgenodigd door Sofie"). Only referrals the organiser may see (staff of the
 * household's or the activity's neighbourhood: the caller passes the activity's neighbourhood, which they work in).
 */
export async function referralsForSignUps(
  db: Tx,
  signUps: readonly { id: string; userId: string | null; checkedInAt: Date | null }[],
  activityId: string,
) {
  const userIds = signUps.map((s) => s.userId).filter((id): id is string => id !== null);
  const referrals = await db.referral.findMany({
    where: {
      kind: "activity",
      status: { in: ["open", "came"] },
      OR: [
        { signUpId: { in: signUps.map((s) => s.id) } },
        { signUpId: null, activityId, member: { userId: { in: userIds } } },
      ],
    },
    orderBy: { createdAt: "asc" },
    select: {
      signUpId: true,
      firstVisit: true,
      status: true,
      member: { select: { userId: true } },
      referredBy: { select: { displayName: true } },
    },
  });
  if (referrals.length === 0) return new Map<string, { by: string; firstTime: boolean }>();
  const visited = userIds.length
    ? await db.signUp.findMany({
        where: { userId: { in: userIds }, checkedInAt: { not: null } },
        select: { id: true, userId: true },
      })
    : [];
  const result = new Map<string, { by: string; firstTime: boolean }>();
  for (const signUp of signUps) {
    const referral =
      referrals.find((r) => r.signUpId === signUp.id) ??
      referrals.find(
        (r) => r.signUpId === null && signUp.userId !== null && r.member?.userId === signUp.userId,
      );
    if (!referral) continue;
    const firstTime =
      referral.status === "came"
        ? referral.firstVisit
        : !visited.some((v) => v.userId !== null && v.userId === signUp.userId && v.id !== signUp.id);
    result.set(signUp.id, { by: referral.referredBy?.displayName ?? "", firstTime });
  }
  return result;
}
