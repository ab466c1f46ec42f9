import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { SelectField } from "~/components/ui/field";
import { PageTitle } from "~/components/ui/page";
import { DiffList } from "~/features/agreements/components/diff-list";
import { can } from "~/features/agreements/permissions";
import { getComparison } from "~/features/agreements/queries.server";
import { notFound } from "~/utils/app-error";
import { requireActor } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "agreements:compare.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const url = new URL(request.url);
  const from = Number(url.searchParams.get("van") ?? 1);
  const to = Number(url.searchParams.get("naar") ?? 2);
  const found = Number.isInteger(from) && Number.isInteger(to) ? await getComparison(actor, params.agreementId ?? "", from, to) : null;
  if (!found || !can(actor, "read", found.access)) throw notFound();
  const { access: _access, ...comparison } = found;
  return { comparison };
}

export default function ComparePage() {
  const { t } = useTranslation("agreements");
  const { comparison: c } = useLoaderData<typeof loader>();
  const numbers = Array.from({ length: c.agreement.currentVersion }, (_, i) => i + 1);
  return (
    <>
      <p className="mb-2 text-base">
        <Link to={`/afspraken/${c.agreement.id}`}>{t("versions.back")}</Link>
      </p>
      <PageTitle intro={`${c.agreement.building.name} · ${c.agreement.space.name}`}>{t("compare.title")}</PageTitle>
      <Form method="get" className="mb-6 grid grid-cols-2 items-end gap-3">
        <SelectField label={t("compare.from")} name="van" defaultValue={c.from}>
          {numbers.map((n) => (
            <option key={n} value={n}>
              {t("version", { number: n })}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("compare.to")} name="naar" defaultValue={c.to}>
          {numbers.map((n) => (
            <option key={n} value={n}>
              {t("version", { number: n })}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" className="col-span-2">
          {t("compare.show")}
        </Button>
      </Form>
      <p className="mb-3 font-semibold">{t("compare.intro", { from: c.from, to: c.to })}</p>
      <DiffList entries={c.entries} />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
