import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { availabilityService } from "../utils/availability-service"

export const validateTimeOffAllowanceStepId = "validate-time-off-allowance"

/**
 * Periods of time off a practitioner may have that have not ended yet. Every
 * slot list reads them all; a calendar needs a few dozen at most.
 */
export const MAX_UPCOMING_TIME_OFF = 200

/** Refuses another period of time off once the practitioner has the most that may lie ahead. */
export const validateTimeOffAllowanceStep = createStep(
  validateTimeOffAllowanceStepId,
  async (input: { practitioner_id: string }, { container }) => {
    const [, upcoming] = await availabilityService(container).listAndCountTimeOffs(
      { practitioner_id: input.practitioner_id, ends_at: { $gt: new Date() } },
      { take: 1, select: ["id"] }
    )
    if (upcoming >= MAX_UPCOMING_TIME_OFF) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `You already have ${upcoming} periods of time off ahead, the most allowed. Join adjacent ones or remove one you no longer need.`
      )
    }
  }
)
