import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WeeklyRule } from "../../../lib/scheduling"
import { availabilityService } from "../utils/availability-service"

export const replaceWeeklyRulesStepId = "replace-weekly-rules"

/** Makes `rules` the practitioner's whole weekly schedule; compensation puts the old one back. */
export const replaceWeeklyRulesStep = createStep(
  replaceWeeklyRulesStepId,
  async (input: { practitioner_id: string; rules: WeeklyRule[] }, { container }) => {
    const service = availabilityService(container)
    const previous = await service.listWeeklyRules({ practitioner_id: input.practitioner_id })
    await service.deleteWeeklyRules(previous.map((r) => r.id))
    const created = await service.createWeeklyRules(
      input.rules.map((r) => ({ practitioner_id: input.practitioner_id, weekday: r.weekday, start_time: r.start, end_time: r.end }))
    )
    return new StepResponse(created, {
      practitioner_id: input.practitioner_id,
      created: created.map((r) => r.id),
      previous: previous.map((r) => ({
        practitioner_id: r.practitioner_id,
        weekday: r.weekday,
        start_time: r.start_time,
        end_time: r.end_time,
      })),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = availabilityService(container)
    await service.deleteWeeklyRules(undo.created)
    if (undo.previous.length) await service.createWeeklyRules(undo.previous)
  }
)
