import { slotTaken } from "../../../lib/bookings/slot-taken"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { describeSessionTime, holdMinutes, isOverlapRefusal } from "../../../lib/bookings/hold"
import { SessionVariant } from "../../../lib/bookings/session-variant"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import AvailabilityModuleService from "../../../modules/availability/service"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"

export const createHeldBookingStepId = "create-held-booking"

export type CreateHeldBookingInput = {
  session: SessionVariant
  cart_id: string
  customer_id?: string | null
  starts_at: Date
  customer_timezone: string
  meeting_mode: "in_person" | "online"
  notes?: string
}

const MINUTE = 60_000

/**
 * Holds the slot for the cart until BOOKING_HOLD_MINUTES from now, blocking
 * the session plus the practitioner's buffers. If the database refuses the
 * overlap (another cart won the race), the shopper is told in words.
 */
export const createHeldBookingStep = createStep(
  createHeldBookingStepId,
  async (input: CreateHeldBookingInput, { container }) => {
    const practitionerId = input.session.practitioner.id
    const startsAt = new Date(input.starts_at)
    const endsAt = new Date(startsAt.getTime() + input.session.duration_minutes * MINUTE)
    const window = { from: startsAt, to: endsAt }
    const { settings } = await container
      .resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
      .availabilityFor(practitionerId, window)
    const bookings = container.resolve<BookingModuleService>(BOOKING_MODULE)
    try {
      const booking = await bookings.createBookings({
        practitioner_id: practitionerId,
        product_id: input.session.product_id,
        variant_id: input.session.variant_id,
        cart_id: input.cart_id,
        customer_id: input.customer_id ?? null,
        starts_at: startsAt,
        ends_at: endsAt,
        blocked_from: new Date(startsAt.getTime() - settings.buffer_before_minutes * MINUTE),
        blocked_until: new Date(endsAt.getTime() + settings.buffer_after_minutes * MINUTE),
        customer_timezone: input.customer_timezone,
        status: "held",
        hold_expires_at: new Date(Date.now() + holdMinutes() * MINUTE),
        meeting_mode: input.meeting_mode,
        meeting_address: input.meeting_mode === "in_person" ? input.session.practitioner.service_address : null,
        notes: input.notes ?? null,
      })
      return new StepResponse(booking, booking.id)
    } catch (error) {
      if (!isOverlapRefusal(error)) throw error
      throw slotTaken(
        `${describeSessionTime(input.session.title, startsAt, input.session.practitioner.timezone)} was just taken by someone else. Choose another time.`
      )
    }
  },
  async (bookingId, { container }) => {
    if (!bookingId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteBookings([bookingId])
  }
)
