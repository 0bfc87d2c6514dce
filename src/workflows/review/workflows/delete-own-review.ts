import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { deleteOwnReviewStep } from "../steps/author-review-changes"

export const deleteOwnReviewWorkflowId = "delete-own-review"

/** The author deletes their review. */
export const deleteOwnReviewWorkflow = createWorkflow(deleteOwnReviewWorkflowId, (input: Parameters<typeof deleteOwnReviewStep>[0]) => {
  const result = deleteOwnReviewStep(input)
  emitEventStep({ eventName: "review.deleted", data: { id: result.id } })
  return new WorkflowResponse(result)
})
