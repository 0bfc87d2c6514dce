import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isOverlapRefusal } from "../../../lib/bookings/hold"
import type { SessionVariant } from "../../../lib/bookings/session-variant"
import { sessionSpan } from "../../../lib/scheduling"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import type AvailabilityModuleService from "../../../modules/availability/service"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"
import { slotJustTaken } from "../utils/slot-taken"

export const moveBookingStepId = "move-booking"

/** Moves the booking (and its buffers) to a new start and counts the move; compensation moves it back. */
export const moveBookingStep = createStep(
  moveBookingStepId,
  async (input: { booking_id: string; session: SessionVariant; starts_at: Date }, { container }) => {
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const before = await service.retrieveBooking(input.booking_id)
    const startsAt = new Date(input.starts_at)
    const settings = await container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE).settingsFor([before.practitioner_id])
    const span = sessionSpan({ startsAt, durationMinutes: input.session.duration_minutes, settings: settings.get(before.practitioner_id)! })
    try {
      const moved = await service.updateBookings({
        id: before.id,
        ...span,
        reschedule_count: before.reschedule_count + 1,
        reminder_sent_at: null,
      })
      return new StepResponse(moved, before)
    } catch (error) {
      if (!isOverlapRefusal(error)) throw error
      throw slotJustTaken(input.session, startsAt)
    }
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings({
      id: before.id,
      starts_at: before.starts_at,
      ends_at: before.ends_at,
      blocked_from: before.blocked_from,
      blocked_until: before.blocked_until,
      reschedule_count: before.reschedule_count,
      reminder_sent_at: before.reminder_sent_at,
    })
  }
)
