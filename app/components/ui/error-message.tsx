import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "./button";

/** Title and text per answer status. */
const messageKeys: Record<number | "origin", [string, string]> = {
  400: ["errors.badRequestTitle", "errors.badRequestText"],
  403: ["errors.forbiddenTitle", "errors.forbiddenText"],
  404: ["errors.notFoundTitle", "errors.notFoundText"],
  413: ["errors.tooLargeTitle", "errors.tooLargeText"],
  415: ["errors.badRequestTitle", "errors.badRequestText"],
  429: ["errors.tooManyTitle", "errors.tooManyText"],
  origin: ["errors.badRequestTitle", "errors.badOrigin"],
};

/** The friendly error text for a route's ErrorBoundary, in the user's language. */
export function ErrorMessage() {
  const error = useRouteError();
  const { t } = useTranslation();
  // A tap on a link while offline: the data request failed before reaching the server. Fetch's TypeError
  // says so in Chromium, Firefox and Safari words; a bug's TypeError ("Cannot read...") does not match.
  const networkError = error instanceof TypeError && /failed to fetch|networkerror|load failed/i.test(error.message);
  useEffect(() => {
    // Load the address as a page instead: the service worker answers with the stored page or the offline page.
    if (networkError && navigator.serviceWorker?.controller) window.location.reload();
  }, [networkError]);
  if (networkError) {
    return (
      <div className="space-y-4 py-6" role="alert">
        <h1 className="text-3xl font-bold">{t("offline.title")}</h1>
        <p>{t("offline.text")}</p>
      </div>
    );
  }
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status >= 500) console.error(error);
  // The request gate refuses a form from another site with "herkomst" (app/routes/fout.$reason.tsx).
  const key = status === 403 && isRouteErrorResponse(error) && error.data === "herkomst" ? "origin" : status;
  const [title, text] = messageKeys[key] ?? ["errors.title", "errors.generic"];
  return (
    <div className="space-y-4 py-6" role="alert">
      <h1 className="text-3xl font-bold">{t(title)}</h1>
      <p>{t(text)}</p>
      <Link to="/" className={buttonClass("primary")}>
        {t("errors.goHome")}
      </Link>
    </div>
  );
}
