import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import PractitionerModuleService from "../../../modules/practitioner/service"

export type CreatePractitionerStepInput = Parameters<PractitionerModuleService["createPractitioners"]>[0]

export const createPractitionerStepId = "create-practitioner"

/** Creates one practitioner; compensation deletes it again. */
export const createPractitionerStep = createStep(
  createPractitionerStepId,
  async (input: CreatePractitionerStepInput, { container }) => {
    const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    const practitioner = await service.createPractitioners(input as never)
    const created = Array.isArray(practitioner) ? practitioner[0] : practitioner
    return new StepResponse(created, created.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    await service.deletePractitioners(id)
  }
)
