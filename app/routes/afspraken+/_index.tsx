import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/ui/page";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "nav.agreements");

export default function Agreements() {
  const { t } = useTranslation();
  return <PageTitle intro={t("home.agreementsText")}>{t("nav.agreements")}</PageTitle>;
}
