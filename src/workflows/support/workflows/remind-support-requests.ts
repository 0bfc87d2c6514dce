import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { remindSupportRequestsStep } from "../steps/remind-support-requests"

export const remindSupportRequestsWorkflowId = "remind-support-requests"

/** Reminds staff of requests waiting on them past the target. */
export const remindSupportRequestsWorkflow = createWorkflow(remindSupportRequestsWorkflowId, (input: { now: Date }) => {
  return new WorkflowResponse(remindSupportRequestsStep(input))
})
