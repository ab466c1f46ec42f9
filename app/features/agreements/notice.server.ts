import { qrCodeSvg } from "~/utils/qr-code.server";
import { env } from "~/utils/env.server";

/** The QR code on the hallway notice leads to the agreement's page (all versions, every language). */
export async function noticeQrSvg(agreementId: string) {
  const url = new URL(`/afspraken/${agreementId}`, env.APP_URL).toString();
  // An SVG without style attributes: the CSP allows no inline styles.
  const svg = await qrCodeSvg(url, { margin: 1 });
  return { url, svg: svg.replace(/<svg /, '<svg role="img" aria-hidden="true" focusable="false" ') };
}
