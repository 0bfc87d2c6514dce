import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { anonymiseCustomerReviewsStep } from "../steps/purchase-outcomes"

export const anonymiseCustomerReviewsWorkflowId = "anonymise-customer-reviews"

/** A deleted account's reviews are anonymised. */
export const anonymiseCustomerReviewsWorkflow = createWorkflow(
  anonymiseCustomerReviewsWorkflowId,
  (input: Parameters<typeof anonymiseCustomerReviewsStep>[0]) => {
    const result = anonymiseCustomerReviewsStep(input)
    return new WorkflowResponse(result)
  }
)
