import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "~/components/ui/error-message";
import { Card, PageTitle } from "~/components/ui/page";
import { env } from "~/utils/env.server";
import { titleFrom } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => titleFrom(matches, "privacy:statement.title");

/** The privacy statement: how long each kind of data is kept comes from the retention settings the jobs use. */
export function loader(_: LoaderFunctionArgs) {
  return { retention: env.retention, organisation: env.ORGANISATION_NAME };
}

const keeps = ["account", "home", "activities", "help", "agreements", "outreach", "logs"] as const;
const whos = ["staff", "buddy", "nobody"] as const;
const rights = ["see", "delete", "desk", "complain"] as const;

export default function Privacy() {
  const { t } = useTranslation("privacy");
  const { retention, organisation } = useLoaderData<typeof loader>();
  const howLong = [
    t("statement.howLong.mail", { days: retention.mailDays }),
    t("statement.howLong.logs", { days: retention.logDays }),
    t("statement.howLong.help", { days: retention.helpTextDays }),
    t("statement.howLong.outreach", { days: retention.helpTextDays, logDays: retention.logDays }),
    t("statement.howLong.inactive", { days: retention.inactiveDays }),
    t("statement.howLong.homeRequest", { days: retention.logDays }),
    t("statement.howLong.cancelCode"),
    t("statement.howLong.surveys", { days: retention.surveyDays }),
    t("statement.howLong.account"),
  ];
  return (
    <>
      <PageTitle intro={t("statement.intro", { organisation })}>{t("statement.title")}</PageTitle>
      <div className="space-y-4">
        <Section title={t("statement.keepTitle")} items={keeps.map((key) => t(`statement.keep.${key}`))} />
        <Section title={t("statement.howLongTitle")} items={howLong} />
        <Section title={t("statement.whoTitle")} items={whos.map((key) => t(`statement.who.${key}`))} />
        <Section title={t("statement.rightsTitle")} items={rights.map((key) => t(`statement.rights.${key}`))} />
        <p>
          <Link to="/ik/gegevens">{t("statement.myDataLink")}</Link>
        </p>
      </div>
    </>
  );
}

function Section({ title, items }: { title: string; items: string[] }) {
  return (
    <Card className="space-y-2">
      <h2 className="text-xl font-bold">{title}</h2>
      <ul className="list-disc space-y-1 ps-6">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </Card>
  );
}

export function ErrorBoundary() {
  return <ErrorMessage />;
}
