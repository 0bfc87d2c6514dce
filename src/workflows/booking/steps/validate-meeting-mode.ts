import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SessionVariant } from "../../../lib/bookings/session-variant"
import type { BookingMeetingMode } from "../../../modules/booking/statuses"

export const validateMeetingModeStepId = "validate-meeting-mode"

/**
 * How the session meets: the shopper's choice if the practitioner offers it
 * (else a 400 in words), or online when offered, else in person. Writes nothing.
 */
export const validateMeetingModeStep = createStep(
  validateMeetingModeStepId,
  async (input: { session: SessionVariant; meeting_mode?: BookingMeetingMode }) => {
    const { practitioner } = input.session
    const mode = input.meeting_mode ?? (practitioner.meeting_modes.includes("online") ? "online" : "in_person")
    if (!practitioner.meeting_modes.includes(mode)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${practitioner.display_name} meets ${practitioner.meeting_modes.join(" or ").replace("_", " ")} only.`
      )
    }
    return new StepResponse(mode as BookingMeetingMode)
  }
)
