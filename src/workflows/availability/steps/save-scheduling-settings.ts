import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { availabilityService } from "../utils/availability-service"

type Undo = { created: string | null; previous: (Omit<SchedulingSettingsInput, "practitioner_id"> & { id: string }) | null }

export const saveSchedulingSettingsStepId = "save-scheduling-settings"

export type SchedulingSettingsInput = {
  practitioner_id: string
  buffer_before_minutes?: number
  buffer_after_minutes?: number
  minimum_notice_minutes?: number
  maximum_advance_days?: number
  slot_step_minutes?: number
  cancellation_policy?: Record<string, unknown> | null
}

/** The practitioner's booking settings and, optionally, their own policy; compensation restores what was there. */
export const saveSchedulingSettingsStep = createStep(
  saveSchedulingSettingsStepId,
  async (input: SchedulingSettingsInput, { container }) => {
    const service = availabilityService(container)
    const [existing] = await service.listSchedulingSettings({ practitioner_id: input.practitioner_id })
    if (existing) {
      const updated = await service.updateSchedulingSettings({ ...input, id: existing.id })
      const previous: Undo["previous"] = {
        id: existing.id,
        buffer_before_minutes: existing.buffer_before_minutes,
        buffer_after_minutes: existing.buffer_after_minutes,
        minimum_notice_minutes: existing.minimum_notice_minutes,
        maximum_advance_days: existing.maximum_advance_days,
        slot_step_minutes: existing.slot_step_minutes,
        cancellation_policy: existing.cancellation_policy as Record<string, unknown> | null,
      }
      return new StepResponse(updated, { created: null, previous } as Undo)
    }
    const created = await service.createSchedulingSettings(input)
    return new StepResponse(created, { created: created.id, previous: null } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = availabilityService(container)
    if (undo.created) await service.deleteSchedulingSettings([undo.created])
    if (undo.previous) await service.updateSchedulingSettings(undo.previous)
  }
)
