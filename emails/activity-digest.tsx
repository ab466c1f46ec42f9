import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { EmailLayout } from "./layout";

export type ActivityDigestProps = {
  lang: string;
  t: (key: string, options?: Record<string, unknown>) => string;
  neighbourhood: string;
  items: { title: string; when: string; link: string }[];
  unsubscribeLink: string;
};

/** Once a week: what is new in the person's neighbourhood. */
export function ActivityDigestEmail({ lang, t, neighbourhood, items, unsubscribeLink }: ActivityDigestProps) {
  return (
    <EmailLayout lang={lang} preview={t("email.digest.intro", { neighbourhood })} footer={t("email.footer")}>
      <Text>{t("email.greeting")}</Text>
      <Text>{t("email.digest.intro", { neighbourhood })}</Text>
      {items.map((item) => (
        <Text key={item.link}>
          <Link href={item.link} style={{ fontWeight: 700 }}>
            {item.title}
          </Link>
          <br />
          {item.when}
        </Text>
      ))}
      <Text style={{ fontSize: 14, color: "#57606a" }}>
        {t("email.unsubscribeIntro")} <Link href={unsubscribeLink}>{t("email.unsubscribe")}</Link>
      </Text>
    </EmailLayout>
  );
}
