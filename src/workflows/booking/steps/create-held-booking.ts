import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isOverlapRefusal } from "../../../lib/bookings/hold"
import type { SessionVariant } from "../../../lib/bookings/session-variant"
import { sessionSpan } from "../../../lib/scheduling"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import type AvailabilityModuleService from "../../../modules/availability/service"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { BookingMeetingMode } from "../../../modules/booking/statuses"
import { holdMinutes } from "../utils/hold-minutes"
import { slotJustTaken } from "../utils/slot-taken"

export const createHeldBookingStepId = "create-held-booking"

export type CreateHeldBookingInput = {
  session: SessionVariant
  cart_id: string
  customer_id?: string | null
  starts_at: Date
  customer_timezone: string
  meeting_mode: BookingMeetingMode
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
    const settings = await container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE).settingsFor([practitionerId])
    const span = sessionSpan({ startsAt, durationMinutes: input.session.duration_minutes, settings: settings.get(practitionerId)! })
    const bookings = container.resolve<BookingModuleService>(BOOKING_MODULE)
    try {
      const booking = await bookings.createBookings({
        practitioner_id: practitionerId,
        product_id: input.session.product_id,
        variant_id: input.session.variant_id,
        cart_id: input.cart_id,
        customer_id: input.customer_id ?? null,
        ...span,
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
      throw slotJustTaken(input.session, startsAt)
    }
  },
  async (bookingId, { container }) => {
    if (!bookingId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteBookings([bookingId])
  }
)
