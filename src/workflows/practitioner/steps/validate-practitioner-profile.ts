import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { isKnownTimeZone } from "../../../lib/practitioners/time-zone"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import PractitionerModuleService from "../../../modules/practitioner/service"

export const validatePractitionerProfileStepId = "validate-practitioner-profile"

/** Time zone known, handle not taken by someone else. Writes nothing. */
export const validatePractitionerProfileStep = createStep(
  validatePractitionerProfileStepId,
  async (input: { id?: string; handle?: string; timezone?: string }, { container }) => {
    if (input.timezone !== undefined && !isKnownTimeZone(input.timezone)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${input.timezone}" is not a known IANA time zone; use one like "Africa/Johannesburg" or "Europe/London".`
      )
    }
    if (input.handle) {
      const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
      const [taken] = await service.listPractitioners({ handle: input.handle }, { select: ["id"] })
      if (taken && taken.id !== input.id) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `The handle "${input.handle}" is taken; choose another.`)
      }
    }
  }
)
