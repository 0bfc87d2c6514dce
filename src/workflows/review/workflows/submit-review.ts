import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SubmitReviewInput, submitReviewStep } from "../steps/submit-review"

export const submitReviewWorkflowId = "submit-review"

/** A shopper reviews a purchase of theirs (see submitReviewStep). */
export const submitReviewWorkflow = createWorkflow(submitReviewWorkflowId, (input: SubmitReviewInput) => {
  const result = submitReviewStep(input)
  emitEventStep({ eventName: "review.submitted", data: { id: result.id } })
  return new WorkflowResponse(result)
})
