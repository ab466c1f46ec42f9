import { Button } from "@react-email/button";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { EmailLayout, buttonStyle } from "./layout";

export type HelpDigestEmailProps = {
  lang: string;
  /** Translated by the caller for the recipient: help:email.digest.* */
  greeting: string;
  intro: string;
  items: { line: string; link: string }[];
  button: string;
  link: string;
  footer: string;
};

/** Once a day, for buurtwerkers who chose it: the help requests made in their neighbourhoods since the last one. */
export function HelpDigestEmail({ lang, greeting, intro, items, button, link, footer }: HelpDigestEmailProps) {
  return (
    <EmailLayout lang={lang} preview={intro} footer={footer}>
      <Text>{greeting}</Text>
      <Text>{intro}</Text>
      {items.map((item) => (
        <Text key={item.link}>
          <Link href={item.link} style={{ fontWeight: 700 }}>
            {item.line}
          </Link>
        </Text>
      ))}
      <Button href={link} style={buttonStyle}>
        {button}
      </Button>
    </EmailLayout>
  );
}
