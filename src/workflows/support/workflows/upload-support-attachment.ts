import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SupportAuthor } from "../../../modules/support/values"
import { checkUploadAllowanceStep } from "../steps/check-upload-allowance"
import { recordSupportAttachmentStep } from "../steps/record-support-attachment"

export type UploadSupportAttachmentInput = {
  uploader: { type: SupportAuthor; id: string }
  file: { filename: string; mimeType: string; content: string; size: number }
}

/**
 * Stores a checked attachment (while its uploader has fewer than
 * UNSENT_ATTACHMENTS_MAX waiting to be sent) privately with Medusa's file module and
 * records it for its uploader; if the record cannot be written, the
 * upload's own compensation deletes the file again.
 */
export const uploadSupportAttachmentWorkflow = createWorkflow("upload-support-attachment", (input: UploadSupportAttachmentInput) => {
  checkUploadAllowanceStep({ uploader: input.uploader })
  const uploaded = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: [{ filename: input.file.filename, mimeType: input.file.mimeType, content: input.file.content, access: "private" as const }],
    })),
  })
  const attachment = recordSupportAttachmentStep(
    transform({ input, uploaded }, ({ input, uploaded }) => ({
      uploader_type: input.uploader.type,
      uploader_id: input.uploader.id,
      file_id: uploaded[0].id,
      filename: input.file.filename,
      mime_type: input.file.mimeType,
      size: input.file.size,
    }))
  )
  return new WorkflowResponse(attachment)
})
