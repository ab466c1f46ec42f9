import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Notice, PageTitle } from "~/components/ui/page";
import { RequestCard, useFormatDay } from "~/features/help/components/request-card";
import { volunteerOffersHelp } from "~/features/help/mutations.server";
import { getVolunteerTasks } from "~/features/help/queries.server";
import { proposeSchema } from "~/features/help/schema";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:tasks.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  return getVolunteerTasks(actor);
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const submission = await parseForm(request, proposeSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await volunteerOffersHelp(actor, submission.value.requestId);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect("/hulp/taken?voorgesteld=1");
}

export default function VolunteerTasks() {
  const { t } = useTranslation("help");
  const { profile, offers, tasks, browse, proposed } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const formatDay = useFormatDay();
  const paused = profile?.pausedUntil && profile.pausedUntil >= new Date().toISOString().slice(0, 10) ? profile.pausedUntil : null;
  return (
    <>
      <PageTitle intro={t("tasks.intro")}>{t("tasks.title")}</PageTitle>
      {searchParams.get("voorgesteld") ? <Notice tone="success">{t("offers.proposed")}</Notice> : null}
      {searchParams.get("afgewezen") ? <Notice tone="success">{t("offers.declined")}</Notice> : null}
      {!profile ? (
        <Notice>
          <p className="mb-2">{t("tasks.noProfile")}</p>
          <LinkButton to="/hulp/vrijwilliger">{t("home.profile")}</LinkButton>
        </Notice>
      ) : !profile.approvedAt ? (
        <Notice>{t("tasks.notApproved")}</Notice>
      ) : paused ? (
        <Notice>{t("tasks.paused", { date: formatDay(paused) })}</Notice>
      ) : null}

      <section className="mb-8 space-y-3">
        <h2 className="text-2xl font-bold">{t("tasks.offers")}</h2>
        {offers.length === 0 ? <p>{t("tasks.noOffers")}</p> : null}
        <ul className="space-y-3">
          {offers.map((request) => (
            <li key={request.id}>
              <RequestCard request={request}>
                <LinkButton to={`/hulp/vragen/${request.id}`} className="w-full">
                  {t("tasks.open")}
                </LinkButton>
              </RequestCard>
            </li>
          ))}
        </ul>
      </section>

      <section className="mb-8 space-y-3">
        <h2 className="text-2xl font-bold">{t("tasks.active")}</h2>
        {tasks.length === 0 ? <p>{t("tasks.noActive")}</p> : null}
        <ul className="space-y-3">
          {tasks.map((request) => (
            <li key={request.id}>
              <RequestCard request={request}>
                <p className="font-semibold">{request.residentName}</p>
                <Link to={`/hulp/vragen/${request.id}`} className="inline-flex min-h-tap items-center font-semibold">
                  {t("tasks.open")}
                </Link>
              </RequestCard>
            </li>
          ))}
        </ul>
      </section>

      {proposed.length > 0 ? (
        <section className="mb-8 space-y-3">
          <h2 className="text-2xl font-bold">{t("tasks.proposed")}</h2>
          <ul className="space-y-3">
            {proposed.map((request) => (
              <li key={request.id}>
                <RequestCard request={request} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {profile?.approvedAt ? (
        <section className="space-y-3">
          <h2 className="text-2xl font-bold">{t("tasks.browse")}</h2>
          {browse.length === 0 ? <p>{t("tasks.noBrowse")}</p> : null}
          <ul className="space-y-3">
            {browse.map((request) => (
              <li key={request.id}>
                <RequestCard request={request}>
                  {request.mayPropose ? (
                    <Form method="post">
                      <input type="hidden" name="requestId" value={request.id} />
                      <Button variant="secondary" className="w-full">
                        {t("offers.proposeHelp")}
                      </Button>
                    </Form>
                  ) : null}
                </RequestCard>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
