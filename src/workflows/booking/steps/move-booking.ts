import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { describeSessionTime, isOverlapRefusal } from "../../../lib/bookings/hold"
import { SessionVariant } from "../../../lib/bookings/session-variant"
import { slotTaken } from "../../../lib/bookings/slot-taken"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import AvailabilityModuleService from "../../../modules/availability/service"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"

export const moveBookingStepId = "move-booking"

const MINUTE = 60_000

/** Moves the booking (and its buffers) to a new start and counts the move; compensation moves it back. */
export const moveBookingStep = createStep(
  moveBookingStepId,
  async (input: { booking_id: string; session: SessionVariant; starts_at: Date }, { container }) => {
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const before = await service.retrieveBooking(input.booking_id)
    const startsAt = new Date(input.starts_at)
    const endsAt = new Date(startsAt.getTime() + input.session.duration_minutes * MINUTE)
    const { settings } = await container
      .resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
      .availabilityFor(before.practitioner_id, { from: startsAt, to: endsAt })
    try {
      const moved = await service.updateBookings({
        id: before.id,
        starts_at: startsAt,
        ends_at: endsAt,
        blocked_from: new Date(startsAt.getTime() - settings.buffer_before_minutes * MINUTE),
        blocked_until: new Date(endsAt.getTime() + settings.buffer_after_minutes * MINUTE),
        reschedule_count: before.reschedule_count + 1,
        reminder_sent_at: null,
      })
      return new StepResponse(moved, before)
    } catch (error) {
      if (!isOverlapRefusal(error)) throw error
      throw slotTaken(`${describeSessionTime(input.session.title, startsAt, input.session.practitioner.timezone)} was just taken by someone else. Choose another time.`)
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
