import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PractitionerStatus, StatusAction, statusTransition } from "../../../lib/practitioners/status-transitions"

export const validateStatusChangeStepId = "validate-practitioner-status-change"

/** Refuses a status change the rules do not allow; returns the new status. */
export const validateStatusChangeStep = createStep(
  validateStatusChangeStepId,
  async (input: { action: StatusAction; current: PractitionerStatus; reason?: string | null }) => {
    const result = statusTransition(input.action, input.current, input.reason)
    if (!result.ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, result.message)
    }
    return new StepResponse(result.to)
  }
)
