import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTimeOffStep } from "../steps/create-time-off"

export const addTimeOffWorkflowId = "add-time-off"

/** A practitioner takes time off. */
export const addTimeOffWorkflow = createWorkflow(
  addTimeOffWorkflowId,
  (input: { practitioner_id: string; starts_at: Date; ends_at: Date; reason?: string }) => new WorkflowResponse(createTimeOffStep(input))
)
