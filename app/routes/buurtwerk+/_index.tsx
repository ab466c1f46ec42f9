import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { can } from "~/features/outreach/permissions";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:hub.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  return { ok: true };
}

export default function OutreachHub() {
  const { t } = useTranslation("outreach");
  useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro={t("hub.intro")}>{t("hub.title")}</PageTitle>
      <nav className="grid grid-cols-1 gap-2" aria-label={t("hub.title")}>
        <LinkButton to="/buurtwerk/rondes">{t("hub.rounds")}</LinkButton>
        <LinkButton to="/buurtwerk/huishoudens" variant="secondary">
          {t("hub.households")}
        </LinkButton>
      </nav>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
