import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "~/components/ui/icons";
import { Card, Notice, PageTitle } from "~/components/ui/page";
import { ErrorMessage } from "~/components/ui/error-message";
import { CategoryIcon } from "~/features/activities/components/category-icon";
import { formatShortMoment, formatWhen } from "~/features/activities/format";
import { getMySignUps, listThisWeek } from "~/features/activities/queries.server";
import { isCategory } from "~/features/activities/vocabulary";
import { getActor } from "~/utils/auth.server";
import { getFixedT, getLocale } from "~/utils/i18n.server";

export const meta: MetaFunction = () => [{ title: "Warme Buurt" }];

const areas: { to: string; icon: IconName; title: string; text: string }[] = [
  { to: "/activiteiten", icon: "calendar", title: "home.activities", text: "home.activitiesText" },
  { to: "/hulp", icon: "hands", title: "home.help", text: "home.helpText" },
  { to: "/afspraken", icon: "house", title: "home.agreements", text: "home.agreementsText" },
  { to: "/bevragingen", icon: "speech", title: "home.surveys", text: "home.surveysText" },
];

/**
 * What is on this week near the person (where they live, when we know it) and their next sign-up. The words of the
 * activities part are written here, so the home page carries only the common translations.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const [actor, locale] = await Promise.all([getActor(request), getLocale(request)]);
  const [week, mine] = await Promise.all([listThisWeek(actor, locale), actor ? getMySignUps(actor.user.id, new Date(), { locale, take: 1 }) : Promise.resolve([])]);
  const t = getFixedT(locale, "activities");
  const next = mine[0];
  return {
    nearby: week.nearby,
    week: week.items.map((item) => {
      const category = isCategory(item.category) ? item.category : "other";
      const places = item.placesLeft === null ? null : item.placesLeft === 0 ? t("list.full") : t("list.placesLeft", { count: item.placesLeft });
      return { id: item.id, title: item.title, lang: item.lang, category, kind: t(`categories.${category}`), when: formatWhen(item.startsAt, item.endsAt, locale), place: item.place, places };
    }),
    next: next
      ? { occurrenceId: next.occurrence.id, title: next.occurrence.activity.title, lang: next.occurrence.activity.lang, when: formatShortMoment(next.occurrence.startsAt, locale), waiting: next.status === "waitlisted" }
      : null,
  };
}

export default function Home() {
  const { t } = useTranslation();
  const { nearby, week, next } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <>
      {searchParams.has("verwijderd") ? <Notice tone="success">{t("home.accountDeleted")}</Notice> : null}
      <PageTitle intro={t("home.intro")}>{t("home.title")}</PageTitle>
      {next ? (
        <Card className="mb-5 border-2 border-brand">
          <h2 className="text-base font-semibold text-ink/70">{t("home.nextSignUp")}</h2>
          <Link to={`/activiteiten/${next.occurrenceId}`} className="block text-xl font-bold" lang={next.lang} dir="auto">
            {next.title}
          </Link>
          <p className="first-letter:uppercase">
            {next.when}
            {next.waiting ? ` · ${t("me.waiting")}` : ""}
          </p>
        </Card>
      ) : null}
      <section aria-labelledby="this-week" className="mb-6 space-y-3">
        <h2 id="this-week" className="text-2xl font-bold">
          {nearby ? t("home.thisWeekNearby") : t("home.thisWeek")}
        </h2>
        {week.length === 0 ? <p>{t("home.nothingThisWeek")}</p> : null}
        <ul className="space-y-2" data-testid="this-week">
          {week.map((item) => (
            <li key={item.id}>
              <Link to={`/activiteiten/${item.id}`} className="flex items-start gap-3 rounded-xl border border-ink/10 bg-white p-3 text-ink no-underline shadow-sm hover:border-brand">
                <span className="mt-1 text-brand-dark">
                  <CategoryIcon category={item.category} />
                </span>
                <span className="min-w-0">
                  <span className="block text-sm font-semibold text-brand-dark">{item.kind}</span>
                  <span className="block text-lg font-bold text-brand-dark underline" lang={item.lang} dir="auto">
                    {item.title}
                  </span>
                  <span className="block text-base first-letter:uppercase">{item.when}</span>
                  <span className="block text-base text-ink/80">
                    <bdi>{item.place}</bdi>
                    {item.places ? ` · ${item.places}` : ""}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <Link to="/activiteiten" className="inline-flex min-h-tap items-center font-semibold">
          {t("home.allActivities")}
        </Link>
      </section>
      <ul className="space-y-3">
        {areas.map((area) => (
          <li key={area.to}>
            <Link
              to={area.to}
              className="flex items-start gap-4 rounded-xl border border-ink/10 bg-white p-4 text-ink no-underline shadow-sm hover:border-brand"
            >
              <span className="rounded-full bg-brand-light p-3 text-brand-dark">
                <Icon name={area.icon} />
              </span>
              <span>
                <span className="block text-xl font-bold text-brand-dark underline">{t(area.title)}</span>
                <span className="block">{t(area.text)}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
