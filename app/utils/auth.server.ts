// Who is asking. Every loader and action that needs a signed-in person goes through here.
import { redirect } from "@remix-run/node";
import { prisma } from "~/utils/db.server";
import { isLocale } from "~/utils/i18n";
import { localeCookie } from "~/utils/i18n.server";
import { getSession, sessionStorage } from "~/utils/session.server";
import { isRole, isStaff, type Role } from "~/utils/roles";

const SESSION_DAYS = 30;

const userSelect = {
  id: true,
  displayName: true,
  email: true,
  locale: true,
  roles: { select: { role: true } },
} as const;

export type CurrentUser = {
  id: string;
  displayName: string;
  email: string | null;
  locale: string;
  roles: Role[];
};

/** The signed-in person and, while they act for a resident, that resident. */
export type Viewer = {
  /** Who the app acts as: the resident while a buurtwerker helps them, otherwise the signed-in person. */
  user: CurrentUser;
  /** The person who is really signed in. */
  actor: CurrentUser;
  actingFor: boolean;
};

async function loadUser(id: string): Promise<CurrentUser | null> {
  const row = await prisma.user.findFirst({ where: { id, deletedAt: null }, select: userSelect });
  if (!row) return null;
  return { ...row, roles: row.roles.map((r) => r.role).filter(isRole) };
}

export async function getViewer(request: Request): Promise<Viewer | null> {
  const session = await getSession(request);
  const sessionId = session.get("sessionId");
  if (!sessionId) return null;
  const stored = await prisma.session.findFirst({
    where: { id: sessionId, expiresAt: { gt: new Date() } },
    select: { userId: true },
  });
  if (!stored) return null;
  const actor = await loadUser(stored.userId);
  if (!actor) return null;
  const actingForUserId = session.get("actingForUserId");
  if (actingForUserId && isStaff(actor.roles)) {
    const user = await loadUser(actingForUserId);
    if (user) return { user, actor, actingFor: true };
  }
  return { user: actor, actor, actingFor: false };
}

function signInRedirect(request: Request) {
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  return redirect(`/inloggen?${new URLSearchParams({ redirectTo })}`);
}

/** The person the app acts as (see Viewer.user). Sends anonymous visitors to the sign-in page. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  return (await requireViewer(request)).user;
}

export async function requireViewer(request: Request): Promise<Viewer> {
  const viewer = await getViewer(request);
  if (!viewer) throw signInRedirect(request);
  return viewer;
}

/**
 * Checks the roles of the person really signed in, so a buurtwerker keeps their own pages while
 * helping a resident. Answers 403 to anyone else.
 */
export async function requireRole(request: Request, allowed: Role | Role[]): Promise<CurrentUser> {
  const viewer = await requireViewer(request);
  const wanted = Array.isArray(allowed) ? allowed : [allowed];
  const ok = viewer.actor.roles.some((role) => wanted.includes(role) || role === "admin");
  if (!ok) throw new Response("Forbidden", { status: 403 });
  return viewer.actor;
}

export async function requireStaff(request: Request) {
  return requireRole(request, ["buurtwerker", "admin"]);
}

/** Signs in: a new session row, the cookie, and the person's own language from now on. */
export async function createUserSession({
  request,
  userId,
  locale,
  redirectTo,
}: {
  request: Request;
  userId: string;
  locale: string;
  redirectTo: string;
}) {
  const stored = await prisma.session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000) },
    select: { id: true },
  });
  const session = await getSession(request);
  session.set("sessionId", stored.id);
  session.unset("actingForUserId");
  session.unset("signInEmail");
  const headers = new Headers();
  headers.append("Set-Cookie", await sessionStorage.commitSession(session));
  if (isLocale(locale)) headers.append("Set-Cookie", await localeCookie.serialize(locale));
  return redirect(safeRedirect(redirectTo), { headers });
}

export async function signOut(request: Request, { everywhere = false } = {}) {
  const session = await getSession(request);
  const sessionId = session.get("sessionId");
  if (sessionId && everywhere) {
    const stored = await prisma.session.findFirst({ where: { id: sessionId }, select: { userId: true } });
    if (stored) await prisma.session.deleteMany({ where: { userId: stored.userId } });
  } else if (sessionId) {
    await prisma.session.deleteMany({ where: { id: sessionId } });
  }
  return redirect("/", {
    headers: {
      "Set-Cookie": await sessionStorage.destroySession(session),
      // The service worker and the browser forget this person's pages (shared family phones).
      "Clear-Site-Data": '"cache"',
    },
  });
}

export async function setActingFor(request: Request, residentId: string | null, redirectTo: string) {
  const session = await getSession(request);
  if (residentId) session.set("actingForUserId", residentId);
  else session.unset("actingForUserId");
  return redirect(safeRedirect(redirectTo), {
    headers: { "Set-Cookie": await sessionStorage.commitSession(session) },
  });
}

/** Only same-site paths: a redirect parameter must never send someone to another site. */
export function safeRedirect(to: string | null | undefined, fallback = "/") {
  if (!to || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
