import { createCookieSessionStorage } from "@remix-run/node";
import { env } from "~/utils/env.server";

type SessionData = {
  sessionId: string;
  /** Set while a buurtwerker acts for a resident (assisted use at the desk or by phone): the ActingSession. */
  actingSessionId: string;
  /** The address a sign-in code was just sent to, so the code page need not put it in the URL. */
  signInEmail: string;
};
type FlashData = {
  /** What a sign-up or cancellation on an activity page did, shown once on the page it redirects to. */
  signUpOutcome: SignUpOutcome;
};

export type SignUpOutcome = {
  /** `mailed`: an email is on its way; `cancelCode`: for someone without an account, shown this once. */
  signedUp?: { id: string; status: "confirmed" | "waitlisted"; position: number | null; mailed?: boolean; cancelCode?: string | null };
  /** A sign-up for a whole series: how many dates got a place, how many wait, how many were not possible. */
  series?: { confirmed: number; waitlisted: number; skipped: number; mailed: boolean };
  cancelled?: boolean;
};

export const sessionStorage = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: "__session",
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env.isProduction,
    secrets: [env.SESSION_SECRET],
    // 30 days: residents on a shared family phone should not have to sign in every day.
    maxAge: 60 * 60 * 24 * 30,
  },
});

export function getSession(request: Request) {
  return sessionStorage.getSession(request.headers.get("Cookie"));
}
