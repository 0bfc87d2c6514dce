import { markFreeSlotsStaleStep } from "../steps/mark-free-slots-stale"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DateOverrideInput, upsertDateOverrideStep } from "../steps/upsert-date-override"
import { validateDateOverrideStep } from "../steps/validate-date-override"

export const setDateOverrideWorkflowId = "set-date-override"

/** A practitioner sets other hours (or a day off) on one date. */
export const setDateOverrideWorkflow = createWorkflow(setDateOverrideWorkflowId, (input: DateOverrideInput) => {
  validateDateOverrideStep(input)
  const override = upsertDateOverrideStep(input)
  markFreeSlotsStaleStep(input)
  return new WorkflowResponse(override)
})
