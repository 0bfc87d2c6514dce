import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { availabilityService } from "../utils/availability-service"

export const deleteOwnAvailabilityEntryStepId = "delete-own-availability-entry"

export type AvailabilityEntryRef = { practitioner_id: string; kind: "time_off" | "override"; id: string }

/** Removes one of the practitioner's own entries (time off, or a date override by its date); someone else's is not found. */
export const deleteOwnAvailabilityEntryStep = createStep(
  deleteOwnAvailabilityEntryStepId,
  async (input: AvailabilityEntryRef, { container }) => {
    const service = availabilityService(container)
    const entries =
      input.kind === "time_off"
        ? await service.listTimeOffs({ id: input.id, practitioner_id: input.practitioner_id })
        : await service.listDateOverrides({ practitioner_id: input.practitioner_id, date: input.id })
    if (!entries.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no ${input.kind.replace("_", " ")} ${input.id}.`)
    if (input.kind === "time_off") await service.softDeleteTimeOffs([entries[0].id])
    else await service.softDeleteDateOverrides([entries[0].id])
    return new StepResponse(entries[0], { kind: input.kind, id: entries[0].id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = availabilityService(container)
    if (undo.kind === "time_off") await service.restoreTimeOffs([undo.id])
    else await service.restoreDateOverrides([undo.id])
  }
)
