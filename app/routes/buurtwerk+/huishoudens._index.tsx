import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Field } from "~/components/ui/field";
import { formatDate } from "~/components/ui/format";
import { Card, PageTitle } from "~/components/ui/page";
import { useOutreachLabels } from "~/features/outreach/components/labels";
import { can } from "~/features/outreach/permissions";
import { listHouseholds } from "~/features/outreach/queries.server";
import { forbidden } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "outreach:households.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  if (!can(actor, "work")) throw forbidden();
  const query = new URL(request.url).searchParams.get("q")?.trim().slice(0, 80) ?? "";
  return { query, households: await listHouseholds(actor, query) };
}

export default function Households() {
  const { t, i18n } = useTranslation("outreach");
  const labels = useOutreachLabels();
  const { query, households } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro={t("households.intro")}>{t("households.title")}</PageTitle>
      <LinkButton to="/buurtwerk/huishoudens/nieuw" className="mb-4 w-full">
        {t("households.new")}
      </LinkButton>
      <Form method="get" className="mb-4 flex items-end gap-2" role="search">
        <div className="flex-1">
          <Field label={t("households.search")} name="q" type="search" defaultValue={query} />
        </div>
        <Button variant="secondary">{t("households.searchButton")}</Button>
      </Form>
      {households.length === 0 ? <p>{t("households.none")}</p> : null}
      <ul className="space-y-2">
        {households.map((h) => (
          <li key={h.id}>
            <Card className="space-y-1">
              <Link to={`/buurtwerk/huishoudens/${h.id}`} className="text-xl font-semibold">
                {h.address}
              </Link>
              <p className="text-base text-ink/80">
                {h.neighbourhood} · {h.names.length ? h.names.join(", ") : t("households.noNames")}
              </p>
              {h.lastKnock ? (
                <p className="text-base">
                  {t("households.lastKnock", {
                    outcome: labels.outcome(h.lastKnock.outcome),
                    date: formatDate(h.lastKnock.knockedAt, i18n.language, "short"),
                  })}
                </p>
              ) : null}
              {h.followedUp ? <p className="text-base font-semibold">{t("knock.followedUp")}</p> : null}
              {h.moved ? <p className="text-base">{t("knock.moved")}</p> : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
