import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { releaseRemovedHoldsStep } from "../steps/release-removed-holds"

export const releaseRemovedHoldsWorkflowId = "release-removed-holds"

/** After a cart changes, the sessions no longer in it stop holding their time. */
export const releaseRemovedHoldsWorkflow = createWorkflow(
  releaseRemovedHoldsWorkflowId,
  (input: { cart_id: string }) => new WorkflowResponse(releaseRemovedHoldsStep(input))
)
