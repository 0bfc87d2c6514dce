import { markFreeSlotsStaleStep } from "../steps/mark-free-slots-stale"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { WeeklyRule } from "../../../lib/scheduling"
import { replaceWeeklyRulesStep } from "../steps/replace-weekly-rules"
import { validateWeeklyScheduleStep } from "../steps/validate-weekly-schedule"

export const setWeeklyScheduleWorkflowId = "set-weekly-schedule"

/** A practitioner's weekly hours, replaced as a whole (their portal's editor saves the week). */
export const setWeeklyScheduleWorkflow = createWorkflow(
  setWeeklyScheduleWorkflowId,
  (input: { practitioner_id: string; rules: WeeklyRule[] }) => {
    validateWeeklyScheduleStep(input)
    const rules = replaceWeeklyRulesStep(input)
    markFreeSlotsStaleStep(input)
    return new WorkflowResponse(rules)
  }
)
