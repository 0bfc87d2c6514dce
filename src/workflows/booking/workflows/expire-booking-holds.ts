import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStaleHoldsStep } from "../steps/expire-stale-holds"

export const expireBookingHoldsWorkflowId = "expire-booking-holds"

/** Run every minute by a job: stale holds release their time. */
export const expireBookingHoldsWorkflow = createWorkflow(
  expireBookingHoldsWorkflowId,
  (input: { now: Date }) => new WorkflowResponse(expireStaleHoldsStep(input))
)
