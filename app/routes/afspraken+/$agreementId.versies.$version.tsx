import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { PageTitle } from "~/components/ui/page";
import { formatDate } from "~/components/ui/format";
import { AdoptionNote } from "~/features/agreements/components/adoption-note";
import { ItemList } from "~/features/agreements/components/item-list";
import { PhaseBadge } from "~/features/agreements/components/phase-badge";
import { TallyView } from "~/features/agreements/components/tally-view";
import { can } from "~/features/agreements/permissions";
import { getVersion } from "~/features/agreements/queries.server";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";
import { getLocale } from "~/utils/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:versions.list");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const number = Number(params.version);
  const found = Number.isInteger(number) ? await getVersion(actor, params.agreementId ?? "", number) : null;
  if (!found || !can(actor, "read", found.access)) throw notFound();
  const { access: _access, ...version } = found;
  return { version, locale: await getLocale(request) };
}

export default function VersionPage() {
  const { t } = useTranslation("agreements");
  const { version: v, locale } = useLoaderData<typeof loader>();
  const id = v.agreement.id;
  return (
    <>
      <p className="mb-2 text-base">
        <Link to={`/afspraken/${id}`}>{t("versions.back")}</Link>
      </p>
      <PageTitle
        intro={
          <>
            {v.agreement.building.name} · {v.agreement.space.name} <PhaseBadge phase={v.phase} />
          </>
        }
      >
        {t("versions.title", { number: v.number })}
      </PageTitle>
      {v.adoptedAt ? <p className="mb-4">{t("adoptedOn", { date: formatDate(v.adoptedAt, locale), number: v.number })}</p> : null}
      <AdoptionNote adoption={v.adoption} className="mb-4" />
      <div className="mb-6">
        <ItemList items={v.items} />
      </div>
      {v.phase !== "draft" ? (
        <div className="mb-6">
          <TallyView tally={v.tally} objections={v.objections} />
        </div>
      ) : null}
      {v.number > 1 ? (
        <LinkButton to={`/afspraken/${id}/vergelijk?van=${v.number - 1}&naar=${v.number}`} variant="secondary" className="w-full">
          {t("detail.compare")}
        </LinkButton>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
