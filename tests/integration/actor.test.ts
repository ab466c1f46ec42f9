// Who is asking, as every loader finds out from the session cookie (app/utils/auth.server.ts): the signed-in person
// comes from one raw SQL query, so it runs here on SQLite and, with `npm run test:postgres`, on PostgreSQL.
import { describe, expect, test } from "vitest";

process.env.SMTP_URL = "smtp://127.0.0.1:9";
const { prisma, prepareDatabase } = await import("~/utils/db.server");
const { getActor } = await import("~/utils/auth.server");
const { sessionStorage } = await import("~/utils/session.server");
const { createPlace, createUser } = await import("#tests/fixtures/factories");

await prepareDatabase(prisma);

const DAY = 86_400_000;

async function requestWith(values: { sessionId?: string; actingSessionId?: string }) {
  const session = await sessionStorage.getSession();
  if (values.sessionId) session.set("sessionId", values.sessionId);
  if (values.actingSessionId) session.set("actingSessionId", values.actingSessionId);
  const cookie = (await sessionStorage.commitSession(session)).split(";")[0] ?? "";
  return new Request("http://localhost/ik", { headers: { cookie } });
}

async function sessionFor(userId: string, expiresInMs = 30 * DAY) {
  const { id } = await prisma.session.create({ data: { userId, expiresAt: new Date(Date.now() + expiresInMs) }, select: { id: true } });
  return id;
}

describe("the Actor of a request", () => {
  test("a live session gives its person with every role, and staff the neighbourhoods they work in", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const user = await createUser(prisma, { displayName: "Sofie", locale: "fr", roles: ["resident", "volunteer", "buurtwerker"], neighbourhoodId: neighbourhood.id });
    const actor = await getActor(await requestWith({ sessionId: await sessionFor(user.id) }));
    expect(actor?.user).toEqual({ id: user.id, displayName: "Sofie", email: user.email, locale: "fr", roles: expect.arrayContaining(["resident", "volunteer", "buurtwerker"]) });
    expect(actor?.user.roles).toHaveLength(3);
    expect(actor?.signedIn).toEqual(actor?.user);
    expect(actor?.staff).toEqual({ admin: false, neighbourhoodIds: [neighbourhood.id] });
    expect(actor?.acting).toBeNull();
  });

  test("a person without any role is still signed in, with no roles", async () => {
    const user = await createUser(prisma, { roles: [] });
    const actor = await getActor(await requestWith({ sessionId: await sessionFor(user.id) }));
    expect(actor?.user).toMatchObject({ id: user.id, roles: [] });
    expect(actor?.staff).toBeNull();
  });

  test("an expired session, a deleted account, an unknown or missing session: nobody", async () => {
    const expired = await createUser(prisma);
    expect(await getActor(await requestWith({ sessionId: await sessionFor(expired.id, -1_000) }))).toBeNull();

    const deleted = await createUser(prisma);
    const deletedSession = await sessionFor(deleted.id);
    await prisma.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    expect(await getActor(await requestWith({ sessionId: deletedSession }))).toBeNull();

    expect(await getActor(await requestWith({ sessionId: "no-such-session" }))).toBeNull();
    expect(await getActor(await requestWith({}))).toBeNull();
  });

  test("a session still valid a minute from now counts; the expiry is compared as a moment, not as text", async () => {
    const user = await createUser(prisma);
    expect(await getActor(await requestWith({ sessionId: await sessionFor(user.id, 60_000) }))).not.toBeNull();
  });

  test("acting for a resident: the resident is the user, the buurtwerker stays the one signed in", async () => {
    const { neighbourhood } = await createPlace(prisma);
    const staff = await createUser(prisma, { roles: ["buurtwerker"], neighbourhoodId: neighbourhood.id });
    const resident = await createUser(prisma, { displayName: "Fatima", neighbourhoodId: neighbourhood.id });
    const acting = await prisma.actingSession.create({ data: { staffId: staff.id, residentId: resident.id }, select: { id: true } });
    const actor = await getActor(await requestWith({ sessionId: await sessionFor(staff.id), actingSessionId: acting.id }));
    expect(actor?.user).toMatchObject({ id: resident.id, displayName: "Fatima", roles: ["resident"] });
    expect(actor?.signedIn).toMatchObject({ id: staff.id, roles: ["buurtwerker"] });
    expect(actor?.acting).toEqual({ sessionId: acting.id });
  });
});
