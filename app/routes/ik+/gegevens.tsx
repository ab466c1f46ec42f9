import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { PersonalDataView } from "~/features/privacy/components/personal-data";
import { collectPersonalData } from "~/features/privacy/export.server";
import { readable } from "~/features/privacy/readable";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "privacy:myData.title");

/**
 * Everything we keep about me, readable and printable (GDPR art. 15); `?formaat=json` gives it as a file to keep or
 * take elsewhere (art. 20), from the resource route next to this one: a page's loader cannot answer with a file.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  if (new URL(request.url).searchParams.get("formaat") === "json") throw redirect("/ik/gegevens.json", 303);
  const actor = await requireActor(request);
  const data = await collectPersonalData(actor, actor.user.id);
  if (!data) throw notFound();
  return { data: readable(data, await getLocale(request)), acting: actor.acting !== null };
}

export default function MyData() {
  const { t } = useTranslation("privacy");
  const { data, acting } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro={t("myData.intro")}>{t("myData.title")}</PageTitle>
      <div className="no-print mb-5 grid gap-2">
        <a href="/ik/gegevens.json" className={buttonClass("primary", "w-full")} download>
          {t("myData.download")}
        </a>
        <PrintButton />
      </div>
      {data && typeof data === "object" && !Array.isArray(data) ? <PersonalDataView data={data} /> : null}
      <div className="no-print mt-6 space-y-2">
        <p>
          <Link to="/privacy">{t("myData.privacyLink")}</Link>
        </p>
        {acting ? null : (
          <p>
            <Link to="/ik/verwijderen">{t("myData.deleteLink")}</Link>
          </p>
        )}
      </div>
    </>
  );
}

/** The browser's print dialog; without JavaScript the browser's own menu prints the page just as well. */
function PrintButton() {
  const { t } = useTranslation("privacy");
  return (
    <button type="button" className={buttonClass("secondary", "w-full")} onClick={() => window.print()}>
      {t("myData.print")}
    </button>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
