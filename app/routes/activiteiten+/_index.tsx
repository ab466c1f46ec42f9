import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button, LinkButton } from "~/components/ui/button";
import { ErrorMessage } from "~/components/ui/error-message";
import { Field, SelectField } from "~/components/ui/field";
import { PageTitle } from "~/components/ui/page";
import { ActivityCard } from "~/features/activities/components/activity-card";
import { can } from "~/features/activities/permissions";
import { listFilterSchema, listOccurrences } from "~/features/activities/queries.server";
import { listNeighbourhoods } from "~/features/homes/queries.server";
import { categories, periods } from "~/features/activities/vocabulary";
import { formatWhen } from "~/features/activities/format";
import { getActor } from "~/utils/auth.server";
import { getLocale } from "~/utils/i18n.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "activities:title");

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filter = listFilterSchema.parse(Object.fromEntries(url.searchParams));
  const [actor, locale] = await Promise.all([getActor(request), getLocale(request)]);
  const [neighbourhoods, { items, ...result }] = await Promise.all([
    listNeighbourhoods(),
    listOccurrences(
      { neighbourhoodSlug: filter.wijk, category: filter.soort, period: filter.datum && (filter.wanneer ?? "all") === "all" ? "date" : filter.wanneer, date: filter.datum, page: filter.pagina, query: filter.zoek },
      actor,
      new Date(),
      locale,
    ),
  ]);
  const cards = items.map(({ startsAt, endsAt, ...item }) => ({ ...item, when: formatWhen(startsAt, endsAt, locale) }));
  return { filter, neighbourhoods, items: cards, ...result, mayOrganise: can(actor, "startActivity"), signedIn: Boolean(actor) };
}

export default function Activities() {
  const { t } = useTranslation("activities");
  const { filter, neighbourhoods, items, page, hasNext, mayOrganise, signedIn } = useLoaderData<typeof loader>();
  const pageLink = (to: number) => {
    const params = new URLSearchParams();
    if (filter.wijk) params.set("wijk", filter.wijk);
    if (filter.soort) params.set("soort", filter.soort);
    if (filter.wanneer) params.set("wanneer", filter.wanneer);
    if (filter.datum) params.set("datum", filter.datum);
    if (filter.zoek) params.set("zoek", filter.zoek);
    if (to > 1) params.set("pagina", String(to));
    return `/activiteiten?${params}`;
  };
  return (
    <>
      <PageTitle intro={t("intro")}>{t("title")}</PageTitle>
      {mayOrganise ? (
        <LinkButton to="/activiteiten/nieuw" className="mb-4 w-full">
          {t("list.newActivity")}
        </LinkButton>
      ) : null}
      {/* One plain GET form: the words and the filters travel together, so a search keeps the chosen wijk. */}
      <Form method="get" className="mb-5 space-y-3" role="search">
        <div className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <Field label={t("filters.search")} name="zoek" type="search" defaultValue={filter.zoek ?? ""} maxLength={60} enterKeyHint="search" />
          </div>
          <Button variant="secondary">{t("filters.searchButton")}</Button>
        </div>
        <details className="rounded-xl border border-ink/10 bg-white p-3" open={Boolean(filter.wijk || filter.soort || (filter.wanneer && filter.wanneer !== "all") || filter.datum)}>
          <summary className="flex min-h-tap cursor-pointer items-center text-lg font-semibold">{t("filters.title")}</summary>
          <div className="mt-2 space-y-4">
            <SelectField label={t("filters.neighbourhood")} name="wijk" defaultValue={filter.wijk ?? ""}>
              <option value="">{t("filters.allNeighbourhoods")}</option>
              {neighbourhoods.map((n) => (
                <option key={n.id} value={n.slug}>
                  {n.name}
                </option>
              ))}
            </SelectField>
            <SelectField label={t("filters.category")} name="soort" defaultValue={filter.soort ?? ""}>
              <option value="">{t("filters.allCategories")}</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </SelectField>
            <fieldset>
              <legend className="text-lg font-semibold">{t("filters.when")}</legend>
              <div className="mt-1 grid grid-cols-2 gap-2">
                {periods.map((p) => (
                  <label key={p} className="flex min-h-tap items-center gap-2 rounded-lg border-2 border-ink/20 px-3 has-[:checked]:border-brand">
                    <input type="radio" name="wanneer" value={p} defaultChecked={(filter.wanneer ?? "all") === p} className="size-5" />
                    {t(`filters.${p}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <Field label={t("filters.dateLabel")} name="datum" type="date" defaultValue={filter.datum ?? ""} />
            <Button variant="secondary" className="w-full">
              {t("filters.apply")}
            </Button>
          </div>
        </details>
      </Form>
      {items.length === 0 ? <p>{filter.zoek ? t("list.noMatch", { query: filter.zoek }) : t("list.empty")}</p> : null}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id}>
            <ActivityCard item={item} />
          </li>
        ))}
      </ul>
      {signedIn ? (
        <p className="mt-6">
          <Link to="/ik/meldingen" className="inline-flex min-h-tap items-center">
            {t("prefs.link")}
          </Link>
        </p>
      ) : null}
      {page > 1 || hasNext ? (
        <nav aria-label={t("list.page", { page })} className="mt-6 flex items-center justify-between gap-2">
          {page > 1 ? (
            <Link to={pageLink(page - 1)} className="flex min-h-tap items-center px-2 font-semibold" rel="prev">
              {t("common:actions.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span>{t("list.page", { page })}</span>
          {hasNext ? (
            <Link to={pageLink(page + 1)} className="flex min-h-tap items-center px-2 font-semibold" rel="next">
              {t("common:actions.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
