import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { admitTicketStep, AdmitTicketInput } from "../steps/admit-ticket"

export const checkInTicketWorkflowId = "check-in-ticket"

/** A code entered or scanned at the door: admitted once, or refused with the reason. */
export const checkInTicketWorkflow = createWorkflow(
  checkInTicketWorkflowId,
  (input: AdmitTicketInput) => new WorkflowResponse(admitTicketStep(input))
)
