import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WeeklyRule, weeklyScheduleProblem } from "../../../lib/scheduling"

export const validateWeeklyScheduleStepId = "validate-weekly-schedule"

/** A week of hours is in order, without overlaps and on the grid, or the practitioner is told what to fix. */
export const validateWeeklyScheduleStep = createStep(validateWeeklyScheduleStepId, async (input: { rules: WeeklyRule[] }) => {
  const problem = weeklyScheduleProblem(input.rules)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Weekly hours: ${problem}.`)
  return new StepResponse(undefined)
})
