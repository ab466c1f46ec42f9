import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { formatDate } from "~/components/ui/format";
import { Card, PageTitle } from "~/components/ui/page";
import { can } from "~/features/outreach/permissions";
import { listMyFollowUps } from "~/features/outreach/queries.server";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:hub.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const followUps = await listMyFollowUps(actor);
  return { thisWeek: followUps.filter((f) => f.dueThisWeek), mine: followUps.length };
}

export default function OutreachHub() {
  const { t, i18n } = useTranslation("outreach");
  const { thisWeek, mine } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro={t("hub.intro")}>{t("hub.title")}</PageTitle>
      <section className="mb-6 space-y-2">
        <h2 className="text-2xl font-bold">{t("hub.dueThisWeek")}</h2>
        {thisWeek.length === 0 ? <p>{t("hub.noneDue")}</p> : null}
        <ul className="space-y-2" data-testid="due-this-week">
          {thisWeek.map((f) => (
            <li key={f.id}>
              <Card className="space-y-1">
                <Link to={`/buurtwerk/opvolging/${f.id}`} className="text-xl font-semibold">
                  {f.address}
                </Link>
                <p>{f.nextStep}</p>
                {f.due ? (
                  <p className={f.overdue ? "font-semibold text-red-800" : "text-ink/80"}>
                    {t(f.overdue ? "followUp.overdue" : "followUp.dueOn", {
                      date: formatDate(f.due, i18n.language),
                    })}
                  </p>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
        <p className="text-base">{t("hub.allMine", { count: mine })}</p>
      </section>
      <nav className="grid grid-cols-1 gap-2" aria-label={t("hub.title")}>
        <LinkButton to="/buurtwerk/rondes">{t("hub.rounds")}</LinkButton>
        <LinkButton to="/buurtwerk/huishoudens" variant="secondary">
          {t("hub.households")}
        </LinkButton>
        <LinkButton to="/buurtwerk/partners" variant="secondary">
          {t("partners.link")}
        </LinkButton>
        <LinkButton to="/buurtwerk/cijfers" variant="secondary">
          {t("reach.link")}
        </LinkButton>
        <LinkButton to="/buurtwerk/signalen" variant="secondary">
          {t("signalsNote.link")}
        </LinkButton>
      </nav>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
