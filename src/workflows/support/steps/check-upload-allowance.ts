import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { UNSENT_ATTACHMENTS_MAX, type SupportAuthor } from "../../../modules/support/values"
import { supportService } from "../utils/support-access"

/** Refuses another upload while the uploader already has the most unsent files one may keep waiting. */
export const checkUploadAllowanceStep = createStep(
  "check-support-upload-allowance",
  async (input: { uploader: { type: SupportAuthor; id: string } }, { container }) => {
    const [, waiting] = await supportService(container).listAndCountSupportAttachments(
      { uploader_type: input.uploader.type, uploader_id: input.uploader.id, message_id: null },
      { take: 1 }
    )
    if (waiting >= UNSENT_ATTACHMENTS_MAX) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `You have ${waiting} files uploaded and not sent yet. Send them with a message, or wait a day for them to be cleared, before uploading more.`
      )
    }
    return new StepResponse(waiting)
  }
)
