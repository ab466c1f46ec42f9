// The sign-up form is checked on the server only, so the activity page a poster's QR code opens carries no Zod:
// a cheap phone hydrates it faster. The same schemas give the fields their constraints (required, min, max) for
// the browser and screen readers, and the server's messages come back through Conform's lastResult.
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { guestSignUpSchema, signUpSchema } from "~/features/activities/schema";

export function signUpConstraint({ guest }: { guest: boolean }) {
  return getZodConstraint(guest ? guestSignUpSchema : signUpSchema);
}

export function parseSignUpForm(formData: FormData, { guest }: { guest: boolean }) {
  return guest ? parseWithZod(formData, { schema: guestSignUpSchema }) : parseWithZod(formData, { schema: signUpSchema });
}
