import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { moderateReplyStep } from "../steps/moderate-reviews"

export const moderateReviewReplyWorkflowId = "moderate-review-reply"

/** Staff approve or reject a reply the pre-check held back. */
export const moderateReviewReplyWorkflow = createWorkflow(
  moderateReviewReplyWorkflowId,
  (input: Parameters<typeof moderateReplyStep>[0]) => {
    const result = moderateReplyStep(input)
    emitEventStep({ eventName: "review.reply_moderated", data: { id: result.id } })
    return new WorkflowResponse(result)
  }
)
