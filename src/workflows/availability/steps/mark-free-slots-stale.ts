import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import type AvailabilityModuleService from "../../../modules/availability/service"

/** The practitioner's hours changed: their free slots are recomputed by the next refresh (within a minute). */
export const markFreeSlotsStaleStep = createStep("mark-free-slots-stale", async (input: { practitioner_id: string }, { container }) => {
  await container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE).markFreeSlotsStale([input.practitioner_id], new Date())
  return new StepResponse(undefined)
})
