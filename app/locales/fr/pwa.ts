import type { pwa as nl } from "~/locales/nl/pwa";
import type { Messages } from "~/locales/types";

export const pwa: Messages<typeof nl> = {
  offlinePage: {
    title: "Vous êtes hors ligne",
    text: "Il n'y a pas de connexion pour le moment. Vous pouvez encore voir les pages déjà ouvertes.",
    queuedTitle: "Enregistré sur votre téléphone",
    queuedText: "Nous l'enverrons dès que vous serez de nouveau en ligne. Vous n'avez rien à refaire.",
    retry: "Réessayer",
    activities: "Vers les activités",
  },
  stale: "Vous êtes hors ligne. Ce que vous voyez n'est peut-être plus à jour.",
  queued: "Enregistré sur votre téléphone. Nous l'enverrons dès que vous serez de nouveau en ligne.",
  sent: "Votre modification enregistrée a été envoyée.",
  update: {
    text: "Une nouvelle version est prête.",
    reload: "Recharger",
  },
  install: {
    text: "Ajoutez Warme Buurt à votre écran d'accueil pour l'ouvrir d'un seul geste.",
    accept: "Ajouter à l'écran d'accueil",
    dismiss: "Pas maintenant",
  },
};
