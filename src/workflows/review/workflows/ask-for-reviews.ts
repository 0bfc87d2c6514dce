import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { askForReviewsStep } from "../steps/ask-for-reviews"

export const askForReviewsWorkflowId = "ask-for-reviews"

/** Emails the customers whose purchases are ready to review (see askForReviewsStep). */
export const askForReviewsWorkflow = createWorkflow(askForReviewsWorkflowId, (input: { now: Date }) => {
  return new WorkflowResponse(askForReviewsStep(input))
})
