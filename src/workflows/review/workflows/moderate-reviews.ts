import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ModerationDecision, moderateReviewsStep } from "../steps/moderate-reviews"

export const moderateReviewsWorkflowId = "moderate-reviews"

/** Staff approve, reject or hide reviews (one or many). */
export const moderateReviewsWorkflow = createWorkflow(moderateReviewsWorkflowId, (input: ModerationDecision) => {
  const result = moderateReviewsStep(input)
  emitEventStep({ eventName: "review.moderated", data: { ids: input.ids, decision: input.decision } })
  return new WorkflowResponse(result)
})
