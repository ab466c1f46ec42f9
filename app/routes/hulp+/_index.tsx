import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, PageTitle } from "~/components/ui/page";
import { RequestCard } from "~/features/help/components/request-card";
import { can } from "~/features/help/permissions";
import { getVolunteerProfile, listMyRequests } from "~/features/help/queries.server";
import { getActor } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  if (!actor) return { signedIn: false as const };
  const isStaff = can(actor, "coordinate");
  const isVolunteer = actor.user.roles.includes("volunteer");
  const [requests, profile] = await Promise.all([
    isStaff ? Promise.resolve([]) : listMyRequests(actor),
    isVolunteer ? getVolunteerProfile(actor) : Promise.resolve(null),
  ]);
  return { signedIn: true as const, isStaff, isVolunteer, requests, profile };
}

export default function HelpHome() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("help");
  if (!data.signedIn) {
    return (
      <>
        <PageTitle intro={t("intro")}>{t("title")}</PageTitle>
        <p className="mb-4">{t("home.signedOut")}</p>
        <LinkButton to="/inloggen?redirectTo=/hulp" className="w-full">
          {t("common:actions.signIn")}
        </LinkButton>
      </>
    );
  }
  return (
    <>
      <PageTitle intro={t("intro")}>{t("title")}</PageTitle>
      {data.isStaff ? (
        <section className="mb-8 space-y-3">
          <h2 className="text-2xl font-bold">{t("home.staffTitle")}</h2>
          <LinkButton to="/hulp/vragen/nieuw" className="w-full">
            {t("home.askFor")}
          </LinkButton>
          <div className="grid grid-cols-1 gap-2">
            <LinkButton to="/hulp/overzicht" variant="secondary">
              {t("home.overview")}
            </LinkButton>
            <LinkButton to="/hulp/vrijwilligers" variant="secondary">
              {t("home.volunteers")}
            </LinkButton>
            <LinkButton to="/hulp/zorgen" variant="secondary">
              {t("home.concerns")}
            </LinkButton>
            <LinkButton to="/hulp/meldingen" variant="secondary">
              {t("home.alerts")}
            </LinkButton>
          </div>
        </section>
      ) : (
        <section className="mb-8 space-y-3">
          <LinkButton to="/hulp/vragen/nieuw" className="w-full">
            {t("home.ask")}
          </LinkButton>
          <h2 className="pt-2 text-2xl font-bold">{t("home.myRequests")}</h2>
          {data.requests.length === 0 ? <p>{t("home.noRequests")}</p> : null}
          <ul className="space-y-3">
            {data.requests.map((request) => (
              <li key={request.id}>
                <RequestCard request={request}>
                  {request.volunteerName ? <p>{t("home.withVolunteer", { name: request.volunteerName })}</p> : null}
                  <Link to={`/hulp/vragen/${request.id}`} className="inline-flex min-h-tap items-center font-semibold">
                    {t("tasks.open")}
                  </Link>
                </RequestCard>
              </li>
            ))}
          </ul>
          <LinkButton to="/hulp/zorgen" variant="secondary" className="w-full">
            {t("home.raiseConcern")}
          </LinkButton>
        </section>
      )}
      {data.isVolunteer ? (
        <section className="space-y-3">
          <h2 className="text-2xl font-bold">{t("home.volunteerTitle")}</h2>
          <LinkButton to="/hulp/taken" className="w-full">
            {t("home.tasks")}
          </LinkButton>
          <LinkButton to="/hulp/vrijwilliger" variant="secondary" className="w-full">
            {t("home.profile")}
          </LinkButton>
        </section>
      ) : !data.isStaff ? (
        <Card className="space-y-3">
          <h2 className="text-2xl font-bold">{t("home.becomeVolunteer")}</h2>
          <p>{t("home.becomeVolunteerText")}</p>
          <LinkButton to="/hulp/vrijwilliger" variant="secondary" className="w-full">
            {t("home.becomeVolunteer")}
          </LinkButton>
        </Card>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
