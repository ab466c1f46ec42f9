// A survey is answered in a building with bad reception: as soon as a screen of it opens, the phone's service
// worker stores every screen (app/sw.ts, "keep"), so the next question opens without network and each answer is
// queued (IdempotencyKeyInput) and sent once when the network is back.
import { useActionData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { isOfflineQueued, toWorker } from "~/utils/pwa";

export function useKeepForOffline(paths: readonly string[]) {
  const key = paths.join(" ");
  useEffect(() => {
    const urls = key.split(" ");
    // Resolves once a worker is active; in development (no worker) it never does, which is fine.
    void navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage({ type: toWorker.keep, urls }));
  }, [key]);
}

const queuedFlag = "wb-survey-queued";

/**
 * After an answer was stored on the phone (offline), go on to the next screen as a page load: the worker serves
 * the stored page. The next screen then says the answer waits on the phone.
 */
export function useGoOnWhenQueued(next: string) {
  const actionData = useActionData<unknown>();
  const queued = isOfflineQueued(actionData);
  useEffect(() => {
    if (!queued) return;
    sessionStorage.setItem(queuedFlag, "1");
    window.location.assign(next);
  }, [queued, next]);
  return queued;
}

/** True on the screen after an answer was stored on the phone. */
export function useArrivedQueued() {
  const [arrived, setArrived] = useState(false);
  useEffect(() => {
    if (sessionStorage.getItem(queuedFlag)) {
      sessionStorage.removeItem(queuedFlag);
      setArrived(true);
    }
  }, []);
  return arrived;
}
