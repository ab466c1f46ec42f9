import { Button } from "@react-email/button";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { EmailLayout, buttonStyle } from "./layout";

export type ActivityMessageProps = {
  lang: string;
  t: (key: string, options?: Record<string, unknown>) => string;
  /** confirmed, waitlisted, promoted, changed, cancelled, reminder */
  kind: string;
  title: string;
  /** How many dates a series sign-up has (email.series.*). */
  count?: number;
  when: string;
  /** A series sign-up: every date instead of one `when`. */
  dates?: string[];
  place: string;
  position?: number | string;
  activityLink: string;
  cancelLink?: string;
  unsubscribeLink: string;
};

/** Every message about one sign-up: what happened, when and where, and the links to act on it. */
export function ActivityMessageEmail({ lang, t, kind, title, count, when, dates, place, position, activityLink, cancelLink, unsubscribeLink }: ActivityMessageProps) {
  const intro = t(`email.${kind}.intro`, { title, position, count });
  return (
    <EmailLayout lang={lang} preview={intro} footer={t("email.footer")}>
      <Text>{t("email.greeting")}</Text>
      <Text>{intro}</Text>
      <Text style={{ fontSize: 22, fontWeight: 700, margin: "16px 0 4px" }}>{title}</Text>
      {dates ? (
        dates.map((date) => (
          <Text key={date} style={{ margin: 0 }}>
            {date}
          </Text>
        ))
      ) : (
        <Text style={{ margin: 0 }}>
          {t("email.when")}: {when}
        </Text>
      )}
      <Text style={{ margin: "0 0 16px" }}>
        {t("email.where")}: {place}
      </Text>
      {kind === "cancelled" ? null : <Text>{t(`email.${kind}.next`)}</Text>}
      <Button href={activityLink} style={buttonStyle}>
        {t("email.open")}
      </Button>
      {cancelLink && kind !== "cancelled" ? (
        <Text>
          {t("email.cancelIntro")} <Link href={cancelLink}>{t("email.cancelLink")}</Link>
        </Text>
      ) : null}
      <Text style={{ fontSize: 14, color: "#57606a" }}>
        {t("email.unsubscribeIntro")} <Link href={unsubscribeLink}>{t("email.unsubscribe")}</Link>
      </Text>
    </EmailLayout>
  );
}
