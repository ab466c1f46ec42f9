import { useRouteLoaderData } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { idempotencyKeyField } from "~/utils/pwa";

/**
 * The hidden field that makes a form safe to queue offline and to replay: put it inside the <Form> and run the
 * action's change through `runOnce` (app/utils/idempotency.server.ts). Without JavaScript the key comes from the
 * server (a per-page seed plus this field's React id, so two forms on one page differ); with JavaScript the
 * browser makes a fresh one, and a new one after every submit, so the next change is never taken for a replay.
 */
export function IdempotencyKeyInput() {
  const root = useRouteLoaderData("root");
  const seed = typeof root === "object" && root !== null && "formKeySeed" in root ? String(root.formKeySeed) : "";
  const reactId = useId().replace(/[^A-Za-z0-9]/g, "");
  const [key, setKey] = useState(`${seed}-${reactId}`);
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setKey(newKey());
    const form = ref.current?.form;
    if (!form) return;
    // After the submit has read the form data (Remix reads it in its own submit handler, later in this event).
    const rotate = () => window.setTimeout(() => setKey(newKey()), 0);
    form.addEventListener("submit", rotate);
    return () => form.removeEventListener("submit", rotate);
  }, []);

  return <input ref={ref} type="hidden" name={idempotencyKeyField} value={key} />;
}

function newKey() {
  // getRandomValues also works on plain http (a laptop on the wijkhuis network), randomUUID does not.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
