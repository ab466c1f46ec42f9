import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CategoryIcon } from "~/features/activities/components/category-icon";
import { isCategory } from "~/features/activities/vocabulary";

export type CardData = {
  id: string;
  /** "donderdag 3 juni · 14:00 – 16:00", formatted by the loader (formatWhen). */
  when: string;
  category: string;
  title: string;
  /** The language of the title: the reader's when translated, else Dutch. */
  lang?: string;
  place: string;
  neighbourhood: string;
  series: boolean;
  placesLeft: number | null;
};

export function PlacesLeft({ placesLeft }: { placesLeft: number | null }) {
  const { t } = useTranslation("activities");
  if (placesLeft === null) return <span>{t("list.noLimit")}</span>;
  if (placesLeft === 0) return <span className="font-semibold text-red-800">{t("list.full")}</span>;
  return <span className="font-semibold text-green-800">{t("list.placesLeft", { count: placesLeft })}</span>;
}

export function ActivityCard({ item }: { item: CardData }) {
  const { t } = useTranslation("activities");
  const category = isCategory(item.category) ? item.category : "other";
  return (
    <Link to={`/activiteiten/${item.id}`} className="block rounded-xl border border-ink/10 bg-white p-4 text-ink no-underline shadow-sm hover:border-brand">
      <p className="flex items-center gap-2 text-base font-semibold text-brand-dark">
        <CategoryIcon category={category} />
        <span>{t(`categories.${category}`)}</span>
        {item.series ? <span className="ms-auto text-sm font-normal text-ink/70">{t("list.series")}</span> : null}
      </p>
      {/* Dutch inside an Arabic page keeps its own direction: punctuation stays where it belongs. */}
      <h2 className="mt-1 text-xl font-bold text-brand-dark underline" lang={item.lang} dir="auto">
        {item.title}
      </h2>
      <p className="font-semibold first-letter:uppercase">
        {item.when}
      </p>
      <p className="text-base text-ink/80">
        <bdi>{item.place}</bdi> · {item.neighbourhood}
      </p>
      <p className="mt-1 text-base">
        <PlacesLeft placesLeft={item.placesLeft} />
      </p>
    </Link>
  );
}
