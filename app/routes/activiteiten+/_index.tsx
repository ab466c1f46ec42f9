import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/ui/page";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "nav.activities");

export default function Activities() {
  const { t } = useTranslation();
  return <PageTitle intro={t("home.activitiesText")}>{t("nav.activities")}</PageTitle>;
}
