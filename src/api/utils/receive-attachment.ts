import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { attachmentName, checkAttachment } from "../../lib/support/attachment-check"
import { ATTACHMENT_MAX_BYTES } from "../../modules/support/values"

const FIELD = "file"

const receive = multer({
  storage: multer.memoryStorage(),
  // One byte over the limit is enough to know it is too large.
  limits: { fileSize: ATTACHMENT_MAX_BYTES + 1, files: 1, fields: 0 },
}).single(FIELD)

export type ReceivedAttachment = { bytes: Buffer; type: string; filename: string }
export type WithAttachment<T> = T & { attachment?: ReceivedAttachment }

/**
 * Reads one multipart file (field "file") into `req.attachment`, refusing
 * anything too large or of a type support does not take with a 400 that
 * says what to send. The type is read from the file's bytes, not its name.
 */
export function receiveAttachment(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError) {
      const message =
        error.code === "LIMIT_FILE_SIZE"
          ? `An attachment can be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB.`
          : `Send one file in the multipart field "${FIELD}" and nothing else (${error.message}).`
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    }
    if (error) {
      const cause = error instanceof Error ? ` (${error.message})` : ""
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The multipart body could not be read${cause}. Send multipart/form-data with one file in the field "${FIELD}".`
        )
      )
    }
    const checked = checkAttachment(req.file?.buffer)
    if (!checked.ok) return next(new MedusaError(MedusaError.Types.INVALID_DATA, checked.message))
    ;(req as WithAttachment<MedusaRequest>).attachment = {
      bytes: req.file!.buffer,
      type: checked.type,
      filename: attachmentName(req.file!.originalname, checked.extension),
    }
    next()
  })
}
