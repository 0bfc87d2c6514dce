import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { newCartLine } from "../../checkout/utils/new-cart-line"

export const attachBookingLineItemStepId = "attach-booking-line-item"

/**
 * Records on the booking which cart line carries it: the line of its variant
 * that no other booking of the cart carries. Runs under the practitioner's
 * lock, right after the line was added, so there is exactly one such line.
 */
export const attachBookingLineItemStep = createStep(
  attachBookingLineItemStepId,
  async (input: { booking_id: string }, { container }) => {
    const bookings = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const booking = await bookings.retrieveBooking(input.booking_id)
    const others = await bookings.listBookings({ cart_id: booking.cart_id, id: { $ne: booking.id } }, { select: ["line_item_id"] })
    const lineId = await newCartLine(container, {
      cart_id: booking.cart_id!,
      variant_id: booking.variant_id,
      carried: new Set(others.map((b) => b.line_item_id)),
      hold: `booking ${booking.id}`,
    })
    const attached = await bookings.updateBookings({ id: booking.id, line_item_id: lineId })
    return new StepResponse(attached, booking.id)
  },
  async (bookingId, { container }) => {
    if (!bookingId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings({ id: bookingId, line_item_id: null })
  }
)
