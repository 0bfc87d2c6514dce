import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { reportReviewStep } from "../steps/author-review-changes"

export const reportReviewWorkflowId = "report-review"

/** A customer or practitioner reports a review; enough reports send it to staff. */
export const reportReviewWorkflow = createWorkflow(reportReviewWorkflowId, (input: Parameters<typeof reportReviewStep>[0]) => {
  const result = reportReviewStep(input)
  emitEventStep({ eventName: "review.reported", data: { id: result.id } })
  return new WorkflowResponse(result)
})
