import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { replyToReviewStep } from "../steps/practitioner-reply"

export const replyToReviewWorkflowId = "reply-to-review"

/** The practitioner writes or edits their public reply. */
export const replyToReviewWorkflow = createWorkflow(replyToReviewWorkflowId, (input: Parameters<typeof replyToReviewStep>[0]) => {
  const result = replyToReviewStep(input)
  emitEventStep({ eventName: "review.replied", data: { id: result.id } })
  return new WorkflowResponse(result)
})
