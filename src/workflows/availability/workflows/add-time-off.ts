import { markFreeSlotsStaleStep } from "../steps/mark-free-slots-stale"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTimeOffStep } from "../steps/create-time-off"
import { validateTimeOffAllowanceStep } from "../steps/validate-time-off-allowance"

export const addTimeOffWorkflowId = "add-time-off"

/** A practitioner takes time off, up to the most periods that may lie ahead. */
export const addTimeOffWorkflow = createWorkflow(
  addTimeOffWorkflowId,
  (input: { practitioner_id: string; starts_at: Date; ends_at: Date; reason?: string }) => {
    validateTimeOffAllowanceStep(transform({ input }, ({ input }) => ({ practitioner_id: input.practitioner_id })))
    const timeOff = createTimeOffStep(input)
    markFreeSlotsStaleStep(input)
    return new WorkflowResponse(timeOff)
  }
)
