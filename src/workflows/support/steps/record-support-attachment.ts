import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SupportAuthor } from "../../../modules/support/values"
import { supportService } from "../utils/support-access"

export type AttachmentRecordInput = {
  uploader_type: SupportAuthor
  uploader_id: string
  file_id: string
  filename: string
  mime_type: string
  size: number
}

/** Keeps the uploaded file as an attachment its uploader can send with their next message. */
export const recordSupportAttachmentStep = createStep(
  "record-support-attachment",
  async (input: AttachmentRecordInput, { container }) => {
    const attachment = await supportService(container).createSupportAttachments({ ...input, message_id: null })
    return new StepResponse(attachment, attachment.id)
  },
  async (id, { container }) => {
    if (id) await supportService(container).deleteSupportAttachments(id)
  }
)
