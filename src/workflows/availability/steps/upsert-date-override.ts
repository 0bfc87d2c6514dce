import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { availabilityService } from "../utils/availability-service"

export const upsertDateOverrideStepId = "upsert-date-override"

export type DateOverrideInput = { practitioner_id: string; date: string; intervals: Array<{ start: string; end: string }> }

/** Other hours (or a day off) on one date; replaces that date's override. Compensation restores the old one. */
export const upsertDateOverrideStep = createStep(
  upsertDateOverrideStepId,
  async (input: DateOverrideInput, { container }) => {
    const service = availabilityService(container)
    const [previous] = await service.listDateOverrides({ practitioner_id: input.practitioner_id, date: input.date })
    if (previous) await service.deleteDateOverrides([previous.id])
    const created = await service.createDateOverrides({
      practitioner_id: input.practitioner_id,
      date: input.date,
      intervals: { items: input.intervals },
    })
    const restore = previous
      ? { practitioner_id: previous.practitioner_id, date: previous.date, intervals: previous.intervals as Record<string, unknown> }
      : null
    return new StepResponse(created, { created: created.id, previous: restore })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = availabilityService(container)
    await service.deleteDateOverrides([undo.created])
    if (undo.previous) await service.createDateOverrides(undo.previous)
  }
)
