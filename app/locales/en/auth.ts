import type { Messages } from "~/locales/types";
import type { auth as nl } from "~/locales/nl/auth";

export const auth: Messages<typeof nl> = {
  signIn: {
    title: "Sign in",
    intro: "Enter your email address. We will send you a 6-digit code. You do not need a password.",
    email: "Email address",
    submit: "Send me a code",
    noEmail: "No email? Ask your community worker or come to the neighbourhood house. They are happy to help you.",
  },
  code: {
    title: "Enter your code",
    intro: "We sent a code to {{email}}. The code works for 15 minutes.",
    label: "6-digit code",
    submit: "Sign in",
    again: "Did not get a code? Ask for a new one.",
    invalid: "This code is wrong or has expired. Ask for a new code.",
    format: "The code has 6 digits.",
  },
  link: {
    title: "Sign in with the link",
    intro: "Tap the button to sign in.",
    submit: "Sign in",
    invalid: "This link does not work any more. Ask for a new code.",
  },
  rateLimited: "You asked for too many codes in a short time. Wait {{minutes}} minutes and try again.",
  welcome: "Welcome, {{name}}!",
  email: {
    subject: "Your Warme Buurt sign-in code: {{code}}",
    greeting: "Hello,",
    body: "Your code to sign in is:",
    linkIntro: "Or tap this button:",
    button: "Sign in",
    expires: "The code and the button work for 15 minutes, and only once.",
    ignore: "Did you not ask for this? Then you can ignore this email.",
  },
};
