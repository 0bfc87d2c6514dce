import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import PractitionerModuleService from "../../../modules/practitioner/service"
import { PractitionerDTO, UpdatePractitionerDTO } from "../../../modules/practitioner/types"

export const updatePractitionerStepId = "update-practitioner"

/** Updates one practitioner; compensation restores the fields it changed. */
export const updatePractitionerStep = createStep(
  updatePractitionerStepId,
  async (input: UpdatePractitionerDTO, { container }) => {
    const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    const before = await service.retrievePractitioner(input.id)
    // The same keys as the input, with the values they had: an update of its own.
    const previous = Object.fromEntries(
      Object.keys(input).map((key) => [key, before[key as keyof PractitionerDTO]])
    ) as UpdatePractitionerDTO
    const updated = await service.updatePractitioners(input)
    return new StepResponse(updated, previous)
  },
  async (previous: UpdatePractitionerDTO | undefined, { container }) => {
    if (!previous) return
    const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    await service.updatePractitioners(previous)
  }
)
