import { ATTACHMENT_MAX_BYTES, AttachmentType } from "../../modules/support/values"

export type CheckedAttachment = { ok: true; type: AttachmentType; extension: string } | { ok: false; message: string }

const ALLOWED = "a PNG, JPEG or WebP picture, a PDF or a plain text file"

const startsWith = (bytes: Buffer, signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte)

/** What the file's own first bytes say it is (the name and the declared type are the sender's word only). */
function sniff(bytes: Buffer): { type: AttachmentType; extension: string } | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: "image/png", extension: "png" }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: "image/jpeg", extension: "jpg" }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return { type: "image/webp", extension: "webp" }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { type: "application/pdf", extension: "pdf" }
  if (isPlainText(bytes)) return { type: "text/plain", extension: "txt" }
  return null
}

/** A control character other than tab and line ends. */
const isControl = (char: string) => {
  const code = char.charCodeAt(0)
  return (code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r") || code === 0x7f
}

/** UTF-8 text with no control characters but tab and line ends. */
function isPlainText(bytes: Buffer) {
  const text = bytes.toString("utf8")
  if (Buffer.from(text, "utf8").length !== bytes.length || text.includes("\uFFFD")) return false
  return ![...text].some(isControl)
}

/** Checks an attachment's bytes: present, small enough, and one of the types support accepts. */
export function checkAttachment(bytes: Buffer | undefined): CheckedAttachment {
  if (!bytes?.length) return { ok: false, message: `Send one file in the multipart field "file": ${ALLOWED}.` }
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    return { ok: false, message: `An attachment can be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB.` }
  }
  const found = sniff(bytes)
  if (!found) return { ok: false, message: `This file type cannot be attached: send ${ALLOWED}.` }
  return { ok: true, ...found }
}

/**
 * The name an attachment is kept and offered under: the sender's name
 * without any folder, control characters or quotes, at most 100 characters,
 * ending in the extension its bytes showed.
 */
export function attachmentName(original: string | undefined, extension: string) {
  const base = (original ?? "")
    .split(/[\\/]/)
    .pop()!
    .split("")
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f && !'"<>|*?:'.includes(char))
    .join("")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 100)
  return `${base || "attachment"}.${extension}`
}

/**
 * A download's Content-Disposition for any name: a plain ASCII fallback for
 * old clients and the exact name in UTF-8 (RFC 6266), so a name in any script
 * neither breaks the header nor is lost.
 */
export function attachmentDisposition(filename: string) {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_")
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}
