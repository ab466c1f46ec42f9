/**
 * A QR code as an SVG string, for the posters, notices and invitations printed for a hall or a letterbox. Error
 * correction M survives a crease or a stain. qrcode (some 10 MB per process) is loaded by the first print, not by
 * every worker at start.
 */
export async function qrCodeSvg(text: string, { margin }: { margin: number }) {
  const { default: QRCode } = await import("qrcode");
  return QRCode.toString(text, { type: "svg", margin, errorCorrectionLevel: "M" });
}
