import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import PractitionerModuleService from "../../../modules/practitioner/service"
import { CreatePractitionerDTO } from "../../../modules/practitioner/types"

export const createPractitionerStepId = "create-practitioner"

/** Creates one practitioner; compensation deletes it again. */
export const createPractitionerStep = createStep(
  createPractitionerStepId,
  async (input: CreatePractitionerDTO, { container }) => {
    const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    const created = await service.createPractitioners(input)
    return new StepResponse(created, created.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    await service.deletePractitioners(id)
  }
)
