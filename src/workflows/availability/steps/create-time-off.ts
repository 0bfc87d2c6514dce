import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { availabilityService } from "../utils/availability-service"

export const createTimeOffStepId = "create-time-off"

/** Time away between two instants. */
export const createTimeOffStep = createStep(
  createTimeOffStepId,
  async (input: { practitioner_id: string; starts_at: Date; ends_at: Date; reason?: string }, { container }) => {
    const created = await availabilityService(container).createTimeOffs({ ...input, reason: input.reason ?? null })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await availabilityService(container).deleteTimeOffs([id])
  }
)
