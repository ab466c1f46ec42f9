import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { EmailLayout, buttonStyle } from "./layout";

export type AgreementReviewEmailProps = {
  lang: string;
  link: string;
  names: { space: string; building: string };
  reviewDate: string;
  t: (key: string, options?: Record<string, unknown>) => string;
};

/** To the author: time to look at the rules again with the residents. */
export function AgreementReviewEmail({ lang, link, names, reviewDate, t }: AgreementReviewEmailProps) {
  const body = t("email.reviewBody", { ...names, date: reviewDate });
  return (
    <EmailLayout lang={lang} preview={body} footer={t("email.footer")}>
      <Text>{t("email.greeting")}</Text>
      <Text>{body}</Text>
      <Button href={link} style={buttonStyle}>
        {t("email.viewButton")}
      </Button>
    </EmailLayout>
  );
}
