import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStaleSeatHoldsStep } from "../steps/expire-stale-seat-holds"

export const expireSeatHoldsWorkflowId = "expire-seat-holds"

/**
 * Run by a job: stale seat holds give their seats back; holds whose cart
 * became an order stay held and their orders come back as `confirm_orders`.
 */
export const expireSeatHoldsWorkflow = createWorkflow(
  expireSeatHoldsWorkflowId,
  (input: { now: Date }) => new WorkflowResponse(expireStaleSeatHoldsStep(input))
)
