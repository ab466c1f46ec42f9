import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { Card, PageTitle } from "~/components/ui/page";
import { searchResidents } from "~/features/accounts/queries.server";
import { requireStaff } from "~/utils/auth.server";
import { titleFrom } from "~/utils/meta";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "desk.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const query = new URL(request.url).searchParams.get("q")?.trim() ?? "";
  return { query, residents: await searchResidents(query) };
}

export default function Desk() {
  const { t } = useTranslation();
  const { query, residents } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle intro={t("desk.intro")}>{t("desk.title")}</PageTitle>
      <LinkButton to="/onthaal/registreren" className="mb-6 w-full">
        {t("desk.register")}
      </LinkButton>
      <h2 className="mb-2 text-2xl font-bold">{t("desk.residents")}</h2>
      <Form method="get" className="mb-4 flex items-end gap-2" role="search">
        <div className="flex-1">
          <Field label={t("desk.search")} name="q" type="search" defaultValue={query} />
        </div>
        <Button variant="secondary">{t("desk.searchButton")}</Button>
      </Form>
      {residents.length === 0 ? <p>{t("desk.noResults")}</p> : null}
      <ul className="space-y-3">
        {residents.map((resident) => (
          <li key={resident.id}>
            <Card className="space-y-2">
              <p className="text-xl font-semibold">{resident.displayName}</p>
              <p className="text-base text-ink/80">
                {[
                  resident.residences.map((r) => `${r.building.name} ${r.unit}`).join(", "),
                  resident.phone,
                  resident.email,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {resident.registeredBy ? (
                <p className="text-base text-ink/70">{t("desk.registeredBy", { name: resident.registeredBy.displayName })}</p>
              ) : null}
              <Form method="post" action="/namens">
                <input type="hidden" name="residentId" value={resident.id} />
                <Button variant="secondary" className="w-full">
                  {t("actingFor.start", { name: resident.displayName })}
                </Button>
              </Form>
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
