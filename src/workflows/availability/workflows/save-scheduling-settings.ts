import { markFreeSlotsStaleStep } from "../steps/mark-free-slots-stale"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveSchedulingSettingsStep, SchedulingSettingsInput } from "../steps/save-scheduling-settings"

export const saveSchedulingSettingsWorkflowId = "save-scheduling-settings"

/** A practitioner's buffers, notice, window, slot step and policy. */
export const saveSchedulingSettingsWorkflow = createWorkflow(saveSchedulingSettingsWorkflowId, (input: SchedulingSettingsInput) => {
  const settings = saveSchedulingSettingsStep(input)
  markFreeSlotsStaleStep(input)
  return new WorkflowResponse(settings)
})
