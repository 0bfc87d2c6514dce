import { createStep } from "@medusajs/framework/workflows-sdk"
import { describeSessionTime } from "../../../lib/bookings/hold"
import type { SessionVariant } from "../../../lib/bookings/session-variant"
import { listFreeSlots } from "../utils/list-free-slots"
import { slotTaken } from "../utils/slot-taken"

export const validateSlotIsFreeStepId = "validate-slot-is-free"

const DAY = 86_400_000

/**
 * The asked start must be one of the practitioner's free slots right now
 * (hours, notice, window, other bookings). A friendly refusal only: the
 * booking table's exclusion constraint is what makes an overlap impossible.
 */
export const validateSlotIsFreeStep = createStep(
  validateSlotIsFreeStepId,
  async (input: { session: SessionVariant; starts_at: Date; ignore_booking_id?: string }, { container }) => {
    const startsAt = new Date(input.starts_at)
    const slots = await listFreeSlots(container, {
      session: input.session,
      from: new Date(startsAt.getTime() - DAY),
      to: new Date(startsAt.getTime() + DAY),
      displayZone: input.session.practitioner.timezone,
      now: new Date(),
      ignoreBookingId: input.ignore_booking_id,
    })
    if (!slots.some((slot) => Date.parse(slot.starts_at) === startsAt.getTime())) {
      throw slotTaken(
        `${describeSessionTime(input.session.title, startsAt, input.session.practitioner.timezone)} is not free. Choose another time from the practitioner's free slots.`
      )
    }
  }
)
