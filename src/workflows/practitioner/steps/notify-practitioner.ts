import { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { practitionerNotification } from "../../../lib/practitioners/practitioner-notification"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import PractitionerModuleService from "../../../modules/practitioner/service"

export const notifyPractitionerStepId = "notify-practitioner"

/**
 * Emails a practitioner about a staff decision (`happened`, e.g. "verified")
 * through Medusa's notification module. Last step of its workflows: a sent
 * email cannot be recalled, so there is nothing to compensate.
 */
export const notifyPractitionerStep = createStep(
  notifyPractitionerStepId,
  async (input: { id: string; happened: string; data?: Record<string, unknown> }, { container }) => {
    const practitioner = await container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE).retrievePractitioner(input.id)
    const [sent] = await container
      .resolve<INotificationModuleService>(Modules.NOTIFICATION)
      .createNotifications([practitionerNotification(practitioner, input.happened, input.data)])
    return new StepResponse(sent)
  }
)
