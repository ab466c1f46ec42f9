import type { pwa as nl } from "~/locales/nl/pwa";
import type { Messages } from "~/locales/types";

export const pwa: Messages<typeof nl> = {
  offlinePage: {
    title: "You are offline",
    text: "There is no connection right now. You can still open pages you opened before.",
    queuedTitle: "Saved on your phone",
    queuedText: "It will be sent when you are online again. You do not need to do it again.",
    retry: "Try again",
    activities: "Go to activities",
  },
  stale: "You are offline. What you see may be out of date.",
  queued: "Saved on your phone. It will be sent when you are online again.",
  sent: "Your saved change has been sent.",
  update: {
    text: "A new version is ready.",
    reload: "Reload",
  },
  install: {
    text: "Add Warme Buurt to your home screen to open it with one tap.",
    accept: "Add to home screen",
    dismiss: "Not now",
  },
};
