import QRCode from "qrcode"

/**
 * A ticket's QR code as an SVG document: it carries the check-in code and
 * nothing else (never a database id), with medium error correction so a
 * scuffed phone screen still scans.
 */
export function ticketQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 2 })
}

/** The same QR code as a PNG, for email clients that do not show SVG. */
export function ticketQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(code, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 240 })
}
