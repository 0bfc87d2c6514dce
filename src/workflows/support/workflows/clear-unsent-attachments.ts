import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { clearUnsentAttachmentsStep } from "../steps/clear-unsent-attachments"

/** Removes attachments uploaded a day ago or more and never sent, with their files. */
export const clearUnsentAttachmentsWorkflow = createWorkflow("clear-unsent-support-attachments", (input: { now: Date }) => {
  const cleared = clearUnsentAttachmentsStep(input)
  when({ cleared }, ({ cleared }) => cleared.file_ids.length > 0).then(() => {
    deleteFilesWorkflow.runAsStep({ input: transform({ cleared }, ({ cleared }) => ({ ids: cleared.file_ids })) })
  })
  return new WorkflowResponse(transform({ cleared }, ({ cleared }) => ({ cleared: cleared.file_ids.length })))
})
