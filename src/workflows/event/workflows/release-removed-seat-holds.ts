import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseRemovedSeatHoldsStep } from "../steps/release-removed-seat-holds"

export const releaseRemovedSeatHoldsWorkflowId = "release-removed-seat-holds"

/** After a cart changes, the tickets no longer in it stop holding their seats. */
export const releaseRemovedSeatHoldsWorkflow = createWorkflow(
  releaseRemovedSeatHoldsWorkflowId,
  (input: { cart_id: string }) => new WorkflowResponse(releaseRemovedSeatHoldsStep(input))
)
