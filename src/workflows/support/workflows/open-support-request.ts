import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { openSupportRequestStep, OpenSupportRequestInput } from "../steps/open-support-request"

export const openSupportRequestWorkflowId = "open-support-request"

/** A shopper or practitioner asks for help, optionally about one of their purchases or payouts. */
export const openSupportRequestWorkflow = createWorkflow(openSupportRequestWorkflowId, (input: OpenSupportRequestInput) => {
  const opened = openSupportRequestStep(input)
  return new WorkflowResponse(transform({ opened }, ({ opened }) => opened.request))
})
