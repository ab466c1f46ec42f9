import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { titleFrom } from "~/utils/meta";

// The service worker renders this page in each language when it installs (`?lng=nl`, without cookies) and
// shows it for pages it never stored, or after storing a form (`&status=queued`). It is shown at any address,
// so it carries no scripts: it must not hydrate as another route. Plain links work without them.
export const handle = { scripts: false };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  titleFrom(matches, data?.queued ? "pwa:offlinePage.queuedTitle" : "pwa:offlinePage.title");

export function loader({ request }: LoaderFunctionArgs) {
  return { queued: new URL(request.url).searchParams.get("status") === "queued" };
}

export default function Offline() {
  const { queued } = useLoaderData<typeof loader>();
  const { t } = useTranslation("pwa");
  return (
    <div className="space-y-5" data-testid={queued ? "offline-queued" : "offline-page"}>
      <PageTitle intro={queued ? t("offlinePage.queuedText") : t("offlinePage.text")}>
        {queued ? t("offlinePage.queuedTitle") : t("offlinePage.title")}
      </PageTitle>
      <div className="flex flex-col gap-3">
        {queued ? null : (
          // An empty href is this very address: the page the person wanted, once the network is back.
          <a href="" className={buttonClass("primary", "no-underline")}>
            {t("offlinePage.retry")}
          </a>
        )}
        <a href="/activiteiten" className={buttonClass("secondary", "no-underline")}>
          {t("offlinePage.activities")}
        </a>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
