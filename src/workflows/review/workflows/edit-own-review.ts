import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { editOwnReviewStep } from "../steps/author-review-changes"

export const editOwnReviewWorkflowId = "edit-own-review"

/** The author edits their review, which goes back to staff. */
export const editOwnReviewWorkflow = createWorkflow(editOwnReviewWorkflowId, (input: Parameters<typeof editOwnReviewStep>[0]) => {
  const result = editOwnReviewStep(input)
  emitEventStep({ eventName: "review.edited", data: { id: result.id } })
  return new WorkflowResponse(result)
})
