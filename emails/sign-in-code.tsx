import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { EmailLayout, buttonStyle } from "./layout";

export type SignInCodeEmailProps = {
  lang: string;
  code: string;
  link: string;
  t: (key: string, options?: Record<string, unknown>) => string;
};

export function SignInCodeEmail({ lang, code, link, t }: SignInCodeEmailProps) {
  return (
    <EmailLayout lang={lang} preview={t("email.body") + " " + code} footer={t("email.ignore")}>
      <Text>{t("email.greeting")}</Text>
      <Text>{t("email.body")}</Text>
      <Text style={{ fontSize: 34, fontWeight: 700, letterSpacing: 6 }}>{code}</Text>
      <Text>{t("email.linkIntro")}</Text>
      <Button href={link} style={buttonStyle}>
        {t("email.button")}
      </Button>
      <Text>{t("email.expires")}</Text>
    </EmailLayout>
  );
}
