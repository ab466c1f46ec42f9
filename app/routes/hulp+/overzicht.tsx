import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { KindIcon } from "~/features/help/components/kind-icon";
import { useFormatDay } from "~/features/help/components/request-card";
import { markCheckInDone } from "~/features/help/mutations.server";
import { can } from "~/features/help/permissions";
import { getOverview } from "~/features/help/queries.server";
import { checkInSchema } from "~/features/help/schema";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { parseForm, replyWithError } from "~/utils/form.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "help:overview.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "coordinate")) throw forbidden();
  return getOverview(actor);
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "coordinate")) throw forbidden();
  const submission = await parseForm(request, checkInSchema);
  if (submission.status !== "success") return Response.json({ result: submission.reply() }, { status: 400 });
  try {
    await markCheckInDone(actor, submission.value.requestId);
  } catch (error) {
    return replyWithError(submission, error);
  }
  return redirect("/hulp/overzicht?gepolst=1");
}

export default function HelpOverview() {
  const { t } = useTranslation("help");
  const { open, volunteers, quiet, checkIns, newConcerns } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const formatDay = useFormatDay();
  return (
    <>
      <PageTitle intro={t("overview.intro")}>{t("overview.title")}</PageTitle>
      {searchParams.get("gepolst") ? <Notice tone="success">{t("overview.checkInSaved")}</Notice> : null}
      <div className="mb-6 grid grid-cols-1 gap-2">
        <LinkButton to="/hulp/vragen/nieuw">{t("overview.newRequest")}</LinkButton>
        <LinkButton to="/hulp/zorgen" variant="secondary">
          {t("overview.newConcerns", { count: newConcerns })}
        </LinkButton>
      </div>

      <section className="mb-8 space-y-3">
        <h2 className="text-2xl font-bold">{t("overview.open")}</h2>
        {open.length === 0 ? <p>{t("overview.noOpen")}</p> : null}
        <ul className="space-y-2">
          {open.map((request) => (
            <li key={request.id}>
              <Link
                to={`/hulp/vragen/${request.id}`}
                className={`flex min-h-tap items-center gap-3 rounded-lg border-2 bg-white p-3 no-underline ${request.stale ? "border-red-800" : "border-ink/10"}`}
              >
                <KindIcon kind={request.kind} />
                <span className="flex-1">
                  <span className="block font-semibold">
                    {request.residentName} · {t(`kinds.${request.kind}`)}
                  </span>
                  <span className="block text-base">
                    {t(`status.${request.status}`)} · {t("overview.ageDays", { count: request.ageDays })}
                  </span>
                  {request.stale ? <span className="block text-base font-semibold text-red-800">{t("overview.stale")}</span> : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="mb-8 space-y-3">
        <h2 className="text-2xl font-bold">{t("overview.checkIns")}</h2>
        {checkIns.length === 0 ? <p>{t("overview.noCheckIns")}</p> : null}
        <ul className="space-y-2">
          {checkIns.map((pair) => (
            <li key={pair.id}>
              <Card className="space-y-2">
                <Link to={`/hulp/vragen/${pair.id}`} className="font-semibold">
                  {pair.residentName} + {pair.volunteerName}
                </Link>
                <Form method="post">
                  <input type="hidden" name="requestId" value={pair.id} />
                  <Button variant="secondary" className="w-full" aria-label={`${t("overview.checkInDone")}: ${pair.residentName}`}>
                    {t("overview.checkInDone")}
                  </Button>
                </Form>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section className="mb-8 space-y-3">
        <h2 className="text-2xl font-bold">{t("overview.quiet")}</h2>
        {quiet.length === 0 ? <p>{t("overview.noQuiet")}</p> : null}
        <ul className="space-y-2">
          {quiet.map((pair) => (
            <li key={pair.id} className="rounded-lg border-2 border-amber-700 bg-white p-3">
              <Link to={`/hulp/vragen/${pair.id}`} className="font-semibold">
                {pair.residentName} + {pair.volunteerName}
              </Link>
              <p className="text-base">{pair.lastVisit ? t("overview.lastVisit", { date: formatDay(pair.lastVisit) }) : t("overview.noVisit")}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="space-y-3">
        <h2 className="text-2xl font-bold">{t("overview.load")}</h2>
        <table className="w-full text-start text-base">
          <tbody>
            {volunteers.map((v) => (
              <tr key={v.id} className="border-b border-ink/10">
                <th scope="row" className="py-2 text-start font-semibold">
                  {v.name}
                </th>
                <td className="py-2 text-end">
                  {t("overview.loadLine", { count: v.active, max: v.maxTasks })}
                  {v.paused ? ` · ${t("overview.paused")}` : ""}
                  {v.approved ? "" : ` · ${t("overview.notApproved")}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
