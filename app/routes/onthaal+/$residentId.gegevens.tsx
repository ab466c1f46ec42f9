import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { PersonalDataView } from "~/features/privacy/components/personal-data";
import { collectPersonalData } from "~/features/privacy/export.server";
import { readable } from "~/features/privacy/readable";
import { notFound } from "~/utils/app-error";
import { requireStaff } from "~/utils/auth.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "privacy:myData.title");

/** The desk's printable copy of what we keep about someone without email (staff of their neighbourhood only). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const data = await collectPersonalData(staff, params.residentId ?? "");
  if (!data) throw notFound();
  return { residentId: params.residentId ?? "", name: data.profile.name, data: readable(data, await getLocale(request)) };
}

export default function DeskPersonData() {
  const { t } = useTranslation("privacy");
  const { residentId, name, data } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro={t("myData.intro")}>{t("myData.forPerson", { name })}</PageTitle>
      <div className="no-print mb-5 grid gap-2">
        <button type="button" className={buttonClass("primary", "w-full")} onClick={() => window.print()}>
          {t("myData.print")}
        </button>
        <Link to={`/onthaal/${residentId}/verwijderen`} className={buttonClass("secondary", "w-full")}>
          {t("myData.deleteLink")}
        </Link>
      </div>
      {data && typeof data === "object" && !Array.isArray(data) ? <PersonalDataView data={data} /> : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
