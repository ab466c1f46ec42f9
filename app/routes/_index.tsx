import type { MetaFunction } from "@remix-run/node";
import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Icon, type IconName } from "~/components/ui/icons";
import { Notice, PageTitle } from "~/components/ui/page";
import { ErrorMessage } from "~/components/ui/error-message";

export const meta: MetaFunction = () => [
  { title: "Warme Buurt" },
  
];

const areas: { to: string; icon: IconName; title: string; text: string }[] = [
  { to: "/activiteiten", icon: "calendar", title: "home.activities", text: "home.activitiesText" },
  { to: "/hulp", icon: "hands", title: "home.help", text: "home.helpText" },
  { to: "/afspraken", icon: "house", title: "home.agreements", text: "home.agreementsText" },
  { to: "/bevragingen", icon: "speech", title: "home.surveys", text: "home.surveysText" },
];

export default function Home() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <>
      {searchParams.has("verwijderd") ? <Notice tone="success">{t("home.accountDeleted")}</Notice> : null}
      <PageTitle intro={t("home.intro")}>{t("home.title")}</PageTitle>
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
