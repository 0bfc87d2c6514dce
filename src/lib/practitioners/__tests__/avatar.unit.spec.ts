import { AVATAR_MAX_BYTES, checkAvatar } from "../avatar"

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0, 0, 0, 0]), Buffer.from("WEBPVP8 ")])

describe("checkAvatar", () => {
  it.each([
    ["PNG", PNG, "image/png", "png"],
    ["JPEG", JPEG, "image/jpeg", "jpg"],
    ["WebP", WEBP, "image/webp", "webp"],
  ])("accepts a %s picture by its bytes", (_name, bytes, type, extension) => {
    expect(checkAvatar(bytes)).toEqual({ ok: true, type, extension })
  })

  it.each([
    ["no file", undefined, /multipart\/form-data in the field "avatar"/],
    ["an empty file", Buffer.alloc(0), /multipart/],
    ["a text file", Buffer.from("<svg onload=alert(1)>"), /PNG, JPEG or WebP/],
    ["a GIF", Buffer.from("GIF89a......"), /PNG, JPEG or WebP/],
    ["a picture over 2 MB", Buffer.concat([PNG, Buffer.alloc(AVATAR_MAX_BYTES)]), /at most 2.0 MB/],
  ])("refuses %s and says what to send", (_name, bytes, message) => {
    const result = checkAvatar(bytes as Buffer | undefined)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(message)
  })
})
