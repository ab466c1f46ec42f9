export const pwa = {
  offlinePage: {
    title: "Je bent offline",
    text: "Er is nu geen verbinding. Pagina's die je eerder opende, kan je nog bekijken.",
    queuedTitle: "Bewaard op je telefoon",
    queuedText: "We sturen het door zodra je weer online bent. Je hoeft niets opnieuw te doen.",
    retry: "Opnieuw proberen",
    activities: "Naar de activiteiten",
  },
  stale: "Je bent offline. Wat je ziet, is misschien niet meer actueel.",
  queued: "Bewaard op je telefoon. We sturen het door zodra je weer online bent.",
  sent: "Je bewaarde wijziging is verstuurd.",
  update: {
    text: "Er is een nieuwe versie klaar.",
    reload: "Herladen",
  },
  install: {
    text: "Zet Warme Buurt op je startscherm. Dan open je het met één tik.",
    accept: "Op startscherm zetten",
    dismiss: "Niet nu",
  },
} as const;
