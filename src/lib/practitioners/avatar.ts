/** Rules for a practitioner's avatar: a small PNG, JPEG or WebP picture. */
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024
export const AVATAR_FIELD = "avatar"

const SIGNATURES: Array<{ type: string; extension: string; matches: (bytes: Buffer) => boolean }> = [
  {
    type: "image/png",
    extension: "png",
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: "image/jpeg", extension: "jpg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: "image/webp",
    extension: "webp",
    matches: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
]

/**
 * The picture's real type read from its first bytes (the declared content
 * type is whatever the client said), or an explanation of what to send.
 */
export function checkAvatar(bytes: Buffer | undefined): { ok: true; type: string; extension: string } | { ok: false; message: string } {
  if (!bytes?.length) {
    return { ok: false, message: `Send the picture as multipart/form-data in the field "${AVATAR_FIELD}".` }
  }
  if (bytes.length > AVATAR_MAX_BYTES) {
    return { ok: false, message: `The picture is ${megabytes(bytes.length)}; an avatar can be at most ${megabytes(AVATAR_MAX_BYTES)}.` }
  }
  const signature = SIGNATURES.find((s) => s.matches(bytes))
  if (!signature) return { ok: false, message: "An avatar must be a PNG, JPEG or WebP picture." }
  return { ok: true, type: signature.type, extension: signature.extension }
}

function megabytes(bytes: number) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
