import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addSupportParticipantStep, closeSupportRequestStep, updateSupportRequestStep } from "../steps/change-support-request"

/** Staff assign a request, or set its priority or status. */
export const updateSupportRequestWorkflow = createWorkflow(
  "update-support-request",
  (input: Parameters<typeof updateSupportRequestStep>[0]) => {
    return new WorkflowResponse(updateSupportRequestStep(input))
  }
)

/** The requester closes their request. */
export const closeSupportRequestWorkflow = createWorkflow(
  "close-support-request",
  (input: Parameters<typeof closeSupportRequestStep>[0]) => {
    return new WorkflowResponse(closeSupportRequestStep(input))
  }
)

/** Staff add the practitioner of a request's session or event to it. */
export const addSupportParticipantWorkflow = createWorkflow(
  "add-support-participant",
  (input: Parameters<typeof addSupportParticipantStep>[0]) => {
    return new WorkflowResponse(addSupportParticipantStep(input))
  }
)
