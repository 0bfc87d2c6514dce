import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import PractitionerModuleService from "../../../modules/practitioner/service"

export type UpdatePractitionerStepInput = { id: string } & Record<string, unknown>

export const updatePractitionerStepId = "update-practitioner"

/** Updates one practitioner; compensation restores the fields it changed. */
export const updatePractitionerStep = createStep(
  updatePractitionerStepId,
  async (input: UpdatePractitionerStepInput, { container }) => {
    const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    const before = await service.retrievePractitioner(input.id)
    const previous = Object.fromEntries(
      Object.keys(input).map((key) => [key, (before as Record<string, unknown>)[key]])
    )
    const updated = await service.updatePractitioners(input as never)
    return new StepResponse(updated as unknown as typeof before, previous as UpdatePractitionerStepInput)
  },
  async (previous: UpdatePractitionerStepInput | undefined, { container }) => {
    if (!previous) return
    const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    await service.updatePractitioners(previous as never)
  }
)
