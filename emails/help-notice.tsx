import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { EmailLayout, buttonStyle } from "./layout";

export type HelpNoticeEmailProps = {
  lang: string;
  /** Translated by the caller for the recipient: help:email.<kind>.* */
  greeting: string;
  lines: string[];
  quote?: string;
  button: string;
  link: string;
  footer: string;
};

/** Offers, acceptances, cancellations, concerns and check-in reminders of the help feature. */
export function HelpNoticeEmail({ lang, greeting, lines, quote, button, link, footer }: HelpNoticeEmailProps) {
  return (
    <EmailLayout lang={lang} preview={lines[0] ?? greeting} footer={footer}>
      <Text>{greeting}</Text>
      {lines.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      {quote ? <Text style={{ borderInlineStart: "4px solid #b4380f", paddingInlineStart: 12, fontStyle: "italic" }}>{quote}</Text> : null}
      <Button href={link} style={buttonStyle}>
        {button}
      </Button>
    </EmailLayout>
  );
}
