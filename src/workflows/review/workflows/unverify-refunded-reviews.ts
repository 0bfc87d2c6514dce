import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { unverifyRefundedReviewsStep } from "../steps/purchase-outcomes"

export const unverifyRefundedReviewsWorkflowId = "unverify-refunded-reviews"

/** A refund clears `verified` on the reviews whose purchase no longer stands. */
export const unverifyRefundedReviewsWorkflow = createWorkflow(
  unverifyRefundedReviewsWorkflowId,
  (input: Parameters<typeof unverifyRefundedReviewsStep>[0]) => {
    const result = unverifyRefundedReviewsStep(input)
    return new WorkflowResponse(result)
  }
)
