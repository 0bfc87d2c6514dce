import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markReviewHelpfulStep } from "../steps/author-review-changes"

export const markReviewHelpfulWorkflowId = "mark-review-helpful"

/** A customer marks a review helpful, once. */
export const markReviewHelpfulWorkflow = createWorkflow(
  markReviewHelpfulWorkflowId,
  (input: Parameters<typeof markReviewHelpfulStep>[0]) => {
    const result = markReviewHelpfulStep(input)
    return new WorkflowResponse(result)
  }
)
