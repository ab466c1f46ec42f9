import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Html } from "@react-email/html";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";

type Props = { lang: string; preview: string; footer: string; children: ReactNode };

/** The frame every Warme Buurt email shares: big readable text, right-to-left for Arabic. */
export function EmailLayout({ lang, preview, footer, children }: Props) {
  const dir = lang === "ar" ? "rtl" : "ltr";
  return (
    <Html lang={lang} dir={dir}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#fffaf5", fontFamily: "Arial, sans-serif", color: "#1f2328" }}>
        <Container style={{ maxWidth: 520, padding: "24px 16px" }}>
          <Text style={{ fontSize: 22, fontWeight: 700, color: "#b4380f", margin: "0 0 16px" }}>Warme Buurt</Text>
          <Section style={{ fontSize: 18, lineHeight: "28px" }}>{children}</Section>
          <Text style={{ fontSize: 14, color: "#57606a", marginTop: 32 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#b4380f",
  color: "#ffffff",
  borderRadius: 8,
  padding: "14px 22px",
  fontSize: 18,
  fontWeight: 700,
  textDecoration: "none",
  display: "inline-block",
} as const;
