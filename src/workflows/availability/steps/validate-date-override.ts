import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { weeklyScheduleProblem } from "../../../lib/scheduling"
import type { DateOverrideInput } from "./upsert-date-override"

export const validateDateOverrideStepId = "validate-date-override"

/** The hours of one date follow the same rules as a weekday's (in order, no overlaps, on the grid). */
export const validateDateOverrideStep = createStep(validateDateOverrideStepId, async (input: DateOverrideInput) => {
  const problem = weeklyScheduleProblem(input.intervals.map((i) => ({ ...i, weekday: 1 as const })))
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Hours on ${input.date}: ${problem.replace("on weekday 1, ", "")}.`)
  return new StepResponse(undefined)
})
