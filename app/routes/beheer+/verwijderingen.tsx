import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, PageTitle } from "~/components/ui/page";
import { listDeletions } from "~/features/privacy/queries.server";
import { requireAdmin } from "~/utils/auth.server";
import { formatMoment } from "~/components/ui/format";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "privacy:log.title");

/** The admins' log of deleted accounts: when, by whom, why. No names of the people deleted. */
export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const locale = await getLocale(request);
  const deletions = await listDeletions(admin);
  return { deletions: deletions.map((d) => ({ id: d.id, when: formatMoment(d.deletedAt, locale), requestedBy: d.requestedBy, reason: d.reason, staff: d.staff?.displayName ?? null })) };
}

export default function DeletionLog() {
  const { t } = useTranslation("privacy");
  const { deletions } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro={t("log.intro")}>{t("log.title")}</PageTitle>
      {deletions.length === 0 ? <p>{t("log.none")}</p> : null}
      <ul className="space-y-2" data-testid="deletions">
        {deletions.map((d) => (
          <li key={d.id}>
            <Card className="space-y-1">
              <p className="font-semibold">{d.when}</p>
              <p>{d.requestedBy === "self" ? t("log.self") : t("log.byStaff", { name: d.staff ?? "?" })}</p>
              {d.reason ? <p>{t(`erase.reasons.${d.reason}`)}</p> : null}
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
