// The sign-up form is checked on the server only (see serverCheckedForm), so the activity page a poster's QR code
// opens carries no Zod and a cheap phone hydrates it faster.
import { guestSignUpSchema, signUpSchema } from "~/features/activities/schema";
import { serverCheckedForm } from "~/utils/form.server";

const forms = { guest: serverCheckedForm(guestSignUpSchema), member: serverCheckedForm(signUpSchema) };

/** Without an account the form asks for a name and an email or phone; signed in, only the extras. */
export function signUpForm({ guest }: { guest: boolean }) {
  return guest ? forms.guest : forms.member;
}
