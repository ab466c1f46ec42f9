import { afterAll, describe, expect, test } from "vitest";
import { startSmtpServer } from "#tests/setup/smtp";

const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
const { prisma } = await import("~/utils/db.server");
const { prepareDatabase } = await import("~/utils/db.server");
const { signUp, cancelSignUp } = await import("~/features/activities/mutations.server");
const { AppError } = await import("~/utils/app-error");
const { sendReminders } = await import("~/features/activities/jobs.server");
const { deliverOutbox } = await import("~/utils/email.server");
const { createPlace, createUser } = await import("#tests/fixtures/factories");
const { createActivity, daysFromNow } = await import("#tests/fixtures/activities");

await prepareDatabase(prisma);
afterAll(() => smtp.close());

const noNeeds = { guests: 0, children: 0, interpreter: false, childcare: false, wheelchair: false, lift: false };

async function scene(capacity: number | null, days = 10) {
  const { neighbourhood } = await createPlace(prisma);
  const staff = await createUser(prisma, { roles: ["buurtwerker"] });
  const { date } = daysFromNow(days);
  const activity = await createActivity(prisma, { neighbourhoodId: neighbourhood.id, createdById: staff.id, capacity, date });
  const occurrence = activity.occurrences[0];
  if (!occurrence) throw new Error("no occurrence");
  return { occurrenceId: occurrence.id, neighbourhood };
}

describe("sign-ups under load", () => {
  test("100 concurrent sign-ups for 20 places: exactly 20 confirmed and 80 waiting, in order", async () => {
    const { occurrenceId } = await scene(20);
    const stamp = Date.now();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        signUp(occurrenceId, { name: `Persoon ${i}`, email: `p${i}-${stamp}@example.test`, locale: "nl" }, noNeeds),
      ),
    );
    expect(results.filter((r) => r.status === "confirmed")).toHaveLength(20);
    expect(results.filter((r) => r.status === "waitlisted")).toHaveLength(80);
    const occurrence = await prisma.occurrence.findUniqueOrThrow({ where: { id: occurrenceId } });
    expect(occurrence.placesTaken).toBe(20);
    expect(occurrence.waitingCount).toBe(80);
    const rows = await prisma.signUp.findMany({ where: { occurrenceId }, orderBy: { queueNumber: "asc" }, select: { status: true } });
    // Whoever got in first is confirmed; the waitlist follows in arrival order, positions 1..80.
    expect(rows.map((r) => r.status)).toEqual([...Array(20).fill("confirmed"), ...Array(80).fill("waitlisted")]);
    expect(results.filter((r) => r.status === "waitlisted").map((r) => r.position).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 80 }, (_, i) => i + 1),
    );
    // Every sign-up queued its own confirmation or waitlist email.
    expect(await prisma.outboxMessage.count({ where: { to: { endsWith: `-${stamp}@example.test` } } })).toBe(100);

    // Ten cancellations at once promote exactly ten, the first ten in line, each once.
    const confirmed = await prisma.signUp.findMany({ where: { occurrenceId, status: "confirmed" }, take: 10, select: { id: true } });
    const firstInLine = await prisma.signUp.findMany({ where: { occurrenceId, status: "waitlisted" }, orderBy: { queueNumber: "asc" }, take: 10, select: { id: true } });
    const cancels = await Promise.all([...confirmed, ...confirmed].map((s) => cancelSignUp(s.id)));
    expect(cancels.filter((c) => c.cancelled)).toHaveLength(10);
    expect(cancels.flatMap((c) => c.promoted).sort()).toEqual(firstInLine.map((s) => s.id).sort());
    const after = await prisma.occurrence.findUniqueOrThrow({ where: { id: occurrenceId } });
    expect(after.placesTaken).toBe(20);
    expect(after.waitingCount).toBe(70);
    expect(await prisma.signUp.count({ where: { occurrenceId, status: "confirmed" } })).toBe(20);
    expect(await prisma.outboxMessage.count({ where: { kind: "activity-promoted", to: { endsWith: `-${stamp}@example.test` } } })).toBe(10);
  });

  test("signing up twice is refused kindly; after cancelling one may sign up again", async () => {
    const { occurrenceId } = await scene(5);
    const user = await createUser(prisma);
    const person = { userId: user.id, name: user.displayName, email: user.email, locale: "nl" };
    const first = await signUp(occurrenceId, person, noNeeds);
    await expect(signUp(occurrenceId, person, noNeeds)).rejects.toMatchObject({ code: "activities:refused.already", status: 400 });
    await cancelSignUp(first.id, { userId: user.id });
    expect((await signUp(occurrenceId, person, noNeeds)).status).toBe("confirmed");
  });

  test("guests count against the capacity and too many people are refused", async () => {
    const { occurrenceId } = await scene(4);
    const a = await signUp(occurrenceId, { name: "Gezin Peeters", email: `gezin-${Date.now()}@example.test`, locale: "nl" }, { ...noNeeds, guests: 1, children: 2 });
    expect(a.status).toBe("confirmed");
    const b = await signUp(occurrenceId, { name: "Twee", phone: "0470 11 22 33", locale: "nl" }, { ...noNeeds, guests: 1 });
    expect(b).toMatchObject({ status: "waitlisted", position: 1 });
    const error = await signUp(occurrenceId, { name: "Te veel", phone: "0470 11 22 34", locale: "nl" }, { ...noNeeds, guests: 4 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "activities:refused.tooMany" });
  });

  test("a cancelled occurrence or a passed deadline refuses sign-ups", async () => {
    const { occurrenceId } = await scene(null);
    await prisma.occurrence.update({ where: { id: occurrenceId }, data: { signUpDeadline: new Date(Date.now() - 1000) } });
    await expect(signUp(occurrenceId, { name: "Laat", phone: "0470 00 00 01", locale: "nl" }, noNeeds)).rejects.toMatchObject({ code: "activities:refused.deadline" });
    await prisma.occurrence.update({ where: { id: occurrenceId }, data: { status: "cancelled" } });
    await expect(signUp(occurrenceId, { name: "Laat", phone: "0470 00 00 01", locale: "nl" }, noNeeds)).rejects.toMatchObject({ code: "activities:refused.cancelled" });
    const missing = await signUp("bestaat-niet", { name: "X", phone: "0470 00 00 01", locale: "nl" }, noNeeds).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(Response);
    expect(missing).toMatchObject({ status: 404 });
  });
});

describe("reminders", () => {
  test("the reminder job run twice at once sends one email per person", async () => {
    const { occurrenceId } = await scene(null, 0);
    // Starts in ~20 hours; people signed up days ago.
    await prisma.occurrence.update({ where: { id: occurrenceId }, data: { startsAt: new Date(Date.now() + 20 * 3600_000), endsAt: new Date(Date.now() + 22 * 3600_000) } });
    const stamp = Date.now();
    const emails = Array.from({ length: 5 }, (_, i) => `herinner-${i}-${stamp}@example.test`);
    for (const email of emails) await signUp(occurrenceId, { name: "Buur", email, locale: "nl" }, noNeeds);
    await prisma.signUp.updateMany({ where: { occurrenceId }, data: { createdAt: new Date(Date.now() - 3 * 86_400_000) } });
    await Promise.all([sendReminders(), sendReminders()]);
    await sendReminders();
    expect(await prisma.outboxMessage.count({ where: { kind: "activity-reminder", to: { in: emails } } })).toBe(5);
    // Only the reminders matter here: earlier tests' mail is set aside so delivery is quick.
    await prisma.outboxMessage.updateMany({ where: { status: "pending", kind: { not: "activity-reminder" } }, data: { status: "sent" } });
    await Promise.all([deliverOutbox({ limit: 100 }), deliverOutbox({ limit: 100 })]);
    for (const email of emails) await smtp.waitForMail(email, (mail) => mail.subject?.startsWith("Morgen") ?? false);
    for (const email of emails) {
      expect(smtp.inbox.filter((mail) => mail.envelopeTo.includes(email) && mail.subject?.startsWith("Morgen"))).toHaveLength(1);
    }
  });
});
