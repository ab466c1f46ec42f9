import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { EmailLayout, buttonStyle } from "./layout";

export type AgreementOpenedEmailProps = {
  lang: string;
  link: string;
  names: { space: string; building: string };
  closesAt: string;
  /** Set when a revised version opens: how many rules were added, removed or changed. */
  changes: { added: number; removed: number; changed: number } | null;
  t: (key: string, options?: Record<string, unknown>) => string;
};

/** "There is a proposal for the rules of your common room: please say what you think." */
export function AgreementOpenedEmail({ lang, link, names, closesAt, changes, t }: AgreementOpenedEmailProps) {
  const intro = changes ? t("email.changedBody", names) : t("email.openedBody", names);
  return (
    <EmailLayout lang={lang} preview={intro} footer={t("email.footer")}>
      <Text>{t("email.greeting")}</Text>
      <Text>{intro}</Text>
      {changes ? (
        <Text>
          {[
            changes.changed ? t("changes.changedCount", { count: changes.changed }) : null,
            changes.added ? t("changes.addedCount", { count: changes.added }) : null,
            changes.removed ? t("changes.removedCount", { count: changes.removed }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      ) : null}
      <Text>{t("email.until", { date: closesAt })}</Text>
      <Button href={link} style={buttonStyle}>
        {t("email.respondButton")}
      </Button>
    </EmailLayout>
  );
}
