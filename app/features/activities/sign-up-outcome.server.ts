// A sign-up or cancellation on an activity page answers with a redirect to the page (post/redirect/get): a saved
// change then never answers with a page that a busy server failed to render, and a reload does not send it again.
// What happened travels in a one-time flash message of the session cookie.
import { redirect } from "@remix-run/node";
import { outcomeAnchor } from "~/components/ui/outcome";
import { getSession, sessionStorage, type SignUpOutcome } from "~/utils/session.server";

/** To the page's message (`#uitkomst`): the button was far down on a phone, the message is at the top. */
export async function redirectWithSignUpOutcome(request: Request, to: string, outcome: SignUpOutcome) {
  const session = await getSession(request);
  session.flash("signUpOutcome", outcome);
  return redirect(`${to}#${outcomeAnchor}`, { status: 303, headers: { "Set-Cookie": await sessionStorage.commitSession(session) } });
}

/**
 * The outcome to show once, and the cookie that forgets it. A visitor without an account is left without a
 * session cookie again, so the next visit is anonymous (and served from the page cache).
 */
export async function takeSignUpOutcome(request: Request) {
  const session = await getSession(request);
  const outcome = session.get("signUpOutcome") ?? null;
  const headers = new Headers();
  if (outcome) {
    const emptied = Object.keys(session.data).length === 0;
    headers.set("Set-Cookie", emptied ? await sessionStorage.destroySession(session) : await sessionStorage.commitSession(session));
  }
  return { outcome, headers };
}
