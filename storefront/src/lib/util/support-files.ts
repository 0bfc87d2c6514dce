import type {
  AttachmentType,
  ATTACHMENT_MAX_BYTES as BACKEND_ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_MESSAGE as BACKEND_ATTACHMENTS_PER_MESSAGE,
} from "../../../../src/modules/support/values"

/** The files support takes, as the backend lists them (it reads the type from the bytes; this is only a first check). */
export const ATTACHMENT_TYPES = [
  "image/png",
  "image/jpeg",
  "image/webp",
  "application/pdf",
  "text/plain",
] as const satisfies readonly AttachmentType[]

export const ATTACHMENT_MAX_BYTES: typeof BACKEND_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
export const ATTACHMENTS_PER_MESSAGE: typeof BACKEND_ATTACHMENTS_PER_MESSAGE = 5

/** What a file picker offers: the types, and their usual endings for systems that do not know the types. */
export const ATTACHMENT_ACCEPT = [...ATTACHMENT_TYPES, ".png", ".jpg", ".jpeg", ".webp", ".pdf", ".txt"].join(",")

/** The kinds in words, for the picker's hint. */
export const ATTACHMENT_HINT = `Pictures (PNG, JPEG, WebP), PDF or plain text, up to ${fileSize(ATTACHMENT_MAX_BYTES)} each, ${ATTACHMENTS_PER_MESSAGE} at most.`

/** A size for people: "812 bytes", "14 KB", "2.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`
}

/**
 * Why a file cannot be sent, or null when it may be tried: empty, too large,
 * or of a type support does not take. A file whose type the browser does not
 * know is left to the backend, which reads it from the bytes.
 */
export function fileProblem(file: { name: string; size: number; type: string }): string | null {
  if (file.size === 0) return `${file.name} is empty.`
  if (file.size > ATTACHMENT_MAX_BYTES) return `${file.name} is larger than ${fileSize(ATTACHMENT_MAX_BYTES)}, the most a file can be.`
  if (file.type && !(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) {
    return `${file.name} is not a picture, PDF or text file. Send a PNG, JPEG, WebP, PDF or plain text file.`
  }
  return null
}

/**
 * Of the files chosen, those that still fit in one message (given how many
 * are attached already) and, when some do not, the words saying so.
 */
export function filesThatFit<T>(chosen: readonly T[], attached: number): { take: T[]; refusal: string | null } {
  const room = Math.max(0, ATTACHMENTS_PER_MESSAGE - attached)
  if (chosen.length <= room) return { take: [...chosen], refusal: null }
  return {
    take: chosen.slice(0, room),
    refusal: `A message can carry ${ATTACHMENTS_PER_MESSAGE} files at most${room > 0 ? `; only the first ${room} ${room === 1 ? "was" : "were"} added` : ""}.`,
  }
}
