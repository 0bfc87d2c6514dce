import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStaleHoldsStep } from "../steps/expire-stale-holds"

export const expireBookingHoldsWorkflowId = "expire-booking-holds"

/**
 * Run by a job: stale holds release their time; holds whose cart became an
 * order stay held and their orders come back as `confirm_orders`.
 */
export const expireBookingHoldsWorkflow = createWorkflow(
  expireBookingHoldsWorkflowId,
  (input: { now: Date }) => new WorkflowResponse(expireStaleHoldsStep(input))
)
