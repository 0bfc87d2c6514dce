import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ReleaseEarningsInput, releaseEarningsStep } from "../steps/release-earnings"

export const releaseEarningsWorkflowId = "release-earnings"

/** Decides which pending earnings are now earned (and from when) or held for staff. */
export const releaseEarningsWorkflow = createWorkflow(releaseEarningsWorkflowId, (input: ReleaseEarningsInput) => {
  return new WorkflowResponse(releaseEarningsStep(input))
})
