import { useRevalidator } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { applyUpdate, promptInstall, setPwaState, usePwaState } from "~/features/pwa/pwa-state";
import { toWorker } from "~/utils/pwa";

const visitsKey = "wb-visits";
const visitMarkKey = "wb-visit-counted";
const installDismissedKey = "wb-install-dismissed";

/**
 * Small, polite messages above the page: offline / possibly out of date, a form saved on the phone,
 * a new version to reload, and after a second visit a suggestion to install. Never blocking.
 */
export function PwaBanners() {
  const { t, i18n } = useTranslation("pwa");
  const pwa = usePwaState();
  const online = useOnline();
  const revalidator = useRevalidator();
  const [visits, setVisits] = useState(0);
  const [installDismissed, setInstallDismissed] = useState(true);

  // When the phone is idle: the first localStorage read of a page can take a few ms (the browser loads the storage
  // from disk), and the install suggestion is never urgent.
  useEffect(
    () =>
      whenIdle(() => {
        setVisits(countVisit());
        setInstallDismissed(readStorage(installDismissedKey) === "1");
      }),
    [],
  );

  // A language switch happens without a page load: the worker must show the offline page in the new language.
  useEffect(() => {
    navigator.serviceWorker?.controller?.postMessage({ type: toWorker.hello, locale: i18n.language });
  }, [i18n.language]);

  // Back online, or the worker sent what was queued: show fresh data instead of the stored page. Also while a
  // reload is under way: the one started by the "online" event can have read the data before the worker sent the
  // queued change, and a new reload replaces it. Only once the server answers: on a weak signal the phone says
  // "online" while requests still fail, and a failed reload replaced the page with the offline message, losing
  // what the person was typing. Until then the page stays as it is, marked as possibly out of date.
  useEffect(() => {
    if (!online || (pwa.sent === 0 && !pwa.stale)) return;
    const waiting = new AbortController();
    void whenServerAnswers(waiting.signal).then(() => {
      if (waiting.signal.aborted) return;
      setPwaState({ stale: false });
      revalidator.revalidate();
    });
    return () => waiting.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the network or the queue changes
  }, [online, pwa.sent]);

  const showInstall = pwa.installable && visits >= 2 && !installDismissed;
  return (
    <div className="no-print space-y-2 empty:hidden [&:not(:empty)]:mb-4">
      {!online || pwa.stale ? (
        <p role="status" className="rounded-lg border-s-4 border-amber-700 bg-amber-50 p-3 text-base" data-testid="stale-banner">
          {t("stale")}
        </p>
      ) : null}
      {pwa.queued ? (
        <p role="status" className="rounded-lg border-s-4 border-sky-700 bg-sky-50 p-3 text-base">
          {t("queued")}
        </p>
      ) : pwa.sent > 0 ? (
        <p role="status" className="rounded-lg border-s-4 border-green-800 bg-green-50 p-3 text-base">
          {t("sent")}
        </p>
      ) : null}
      {pwa.updateReady ? (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-ink/10 bg-white p-3 shadow-sm">
          <p className="text-base">{t("update.text")}</p>
          <Button type="button" variant="primary" onClick={applyUpdate}>
            {t("update.reload")}
          </Button>
        </div>
      ) : null}
      {showInstall ? (
        <div className="space-y-2 rounded-lg border border-ink/10 bg-white p-3 shadow-sm">
          <p className="text-base">{t("install.text")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={() => void promptInstall()}>
              {t("install.accept")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                writeStorage(installDismissedKey, "1");
                setInstallDismissed(true);
              }}
            >
              {t("install.dismiss")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function useOnline() {
  // Assume online while rendering on the server and hydrating; the effect reads the real value.
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

/** Resolves once the server answers (asked again every 15 s), or once `signal` ends the wait: the caller checks which. */
async function whenServerAnswers(signal: AbortSignal) {
  // One try at a time; leaving (the signal) ends the one under way. (AbortSignal.any is too new for some phones.)
  let attempt = new AbortController();
  signal.addEventListener("abort", () => attempt.abort(), { once: true });
  while (!signal.aborted) {
    attempt = new AbortController();
    // A weak signal can leave a request hanging: no answer in 5 s counts as no.
    const giveUp = setTimeout(() => attempt.abort(), 5_000);
    const answered = await fetch("/healthz", { cache: "no-store", signal: attempt.signal }).then(
      (response) => response.ok,
      () => false,
    );
    clearTimeout(giveUp);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}

/** Runs `work` when the browser has nothing else to do (soon after, where requestIdleCallback is missing); returns a cancel. */
function whenIdle(work: () => void) {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(work, { timeout: 2_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 200);
  return () => window.clearTimeout(id);
}

/** A visit is a browser session: reloading or moving between pages does not count again. */
function countVisit() {
  const counted = Number(readStorage(visitsKey) ?? "0") || 0;
  if (readSession(visitMarkKey)) return counted;
  writeStorage(visitsKey, String(counted + 1));
  try {
    sessionStorage.setItem(visitMarkKey, "1");
  } catch {
    // private mode: count every page, harmless
  }
  return counted + 1;
}

// Storage can throw (private mode, full, disabled): the banners simply stay quiet then.
function readStorage(key: string) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStorage(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // see readStorage
  }
}
function readSession(key: string) {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
