import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { AVATAR_FIELD, AVATAR_MAX_BYTES, checkAvatar } from "../../../../lib/practitioners/avatar"

const receive = multer({
  storage: multer.memoryStorage(),
  // One byte over the limit is enough to know it is too large.
  limits: { fileSize: AVATAR_MAX_BYTES + 1, files: 1, fields: 0 },
}).single(AVATAR_FIELD)

export type ReceivedAvatar = { bytes: Buffer; type: string; extension: string }
export type WithAvatar<T> = T & { avatar?: ReceivedAvatar }

function unreadableBody(error: unknown) {
  const cause = error instanceof Error ? ` (${error.message})` : ""
  return `The multipart body could not be read${cause}. Send multipart/form-data with one picture in the field "${AVATAR_FIELD}".`
}

/**
 * Reads the multipart avatar into memory into `req.avatar`, and refuses
 * anything that is not a small PNG, JPEG or WebP picture with a 400 that says
 * what to send.
 */
export function receiveAvatar(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError) {
      const message =
        error.code === "LIMIT_FILE_SIZE"
          ? `An avatar can be at most ${AVATAR_MAX_BYTES / 1024 / 1024} MB.`
          : `Send one picture in the multipart field "${AVATAR_FIELD}" and nothing else (${error.message}).`
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    }
    // Anything else multer reports is the body itself: no boundary, cut short, a malformed part header.
    if (error) return next(new MedusaError(MedusaError.Types.INVALID_DATA, unreadableBody(error)))
    const file = req.file
    const checked = checkAvatar(file?.buffer)
    if (!checked.ok) return next(new MedusaError(MedusaError.Types.INVALID_DATA, checked.message))
    ;(req as WithAvatar<MedusaRequest>).avatar = { bytes: file!.buffer, type: checked.type, extension: checked.extension }
    next()
  })
}
