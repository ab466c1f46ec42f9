import type { Messages } from "~/locales/types";
import type { auth as nl } from "~/locales/nl/auth";

export const auth: Messages<typeof nl> = {
  signIn: {
    title: "Se connecter",
    intro: "Indiquez votre adresse e-mail. Nous vous envoyons un code de 6 chiffres. Vous n'avez pas besoin de mot de passe.",
    email: "Adresse e-mail",
    submit: "Envoyez-moi un code",
    noEmail: "Vous n'avez pas d'e-mail ? Demandez à votre travailleur de quartier ou passez à la maison de quartier. On vous aidera avec plaisir.",
  },
  code: {
    title: "Indiquez votre code",
    intro: "Nous avons envoyé un code à {{email}}. Le code est valable 15 minutes.",
    label: "Code de 6 chiffres",
    submit: "Se connecter",
    again: "Vous n'avez pas reçu de code ? Demandez-en un nouveau.",
    invalid: "Ce code n'est pas bon ou il n'est plus valable. Demandez un nouveau code.",
    format: "Le code a 6 chiffres.",
  },
  link: {
    title: "Se connecter avec le lien",
    intro: "Appuyez sur le bouton pour vous connecter.",
    submit: "Se connecter",
    invalid: "Ce lien ne fonctionne plus. Demandez un nouveau code.",
  },
  rateLimited: "Vous avez demandé trop de codes à la suite. Attendez {{minutes}} minutes et réessayez.",
  welcome: "Bienvenue, {{name}} !",
  email: {
    subject: "Votre code de connexion pour Warme Buurt : {{code}}",
    greeting: "Bonjour,",
    body: "Votre code pour vous connecter est :",
    linkIntro: "Ou appuyez sur ce bouton :",
    button: "Se connecter",
    expires: "Le code et le bouton sont valables 15 minutes, et une seule fois.",
    ignore: "Vous n'avez pas demandé ce code ? Vous pouvez ignorer cet e-mail.",
  },
};
