import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { EmailLayout, buttonStyle } from "./layout";

export type BookingCancelledEmailProps = {
  lang: string;
  link: string;
  space: string;
  when: string;
  message: string | null;
  t: (key: string, options?: Record<string, unknown>) => string;
};

/** A buurtwerker cancelled a booking; the resident hears why. */
export function BookingCancelledEmail({ lang, link, space, when, message, t }: BookingCancelledEmailProps) {
  const body = t("email.bookingCancelledBody", { space, when });
  return (
    <EmailLayout lang={lang} preview={body} footer={t("email.footer")}>
      <Text>{t("email.greeting")}</Text>
      <Text>{body}</Text>
      {message ? <Text>{t("email.bookingCancelledMessage", { message })}</Text> : null}
      <Button href={link} style={buttonStyle}>
        {t("email.bookAgainButton")}
      </Button>
    </EmailLayout>
  );
}
