import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

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
    const carried = new Set(others.map((b) => b.line_item_id))
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["items.id", "items.variant_id"],
      filters: { id: booking.cart_id! },
    })
    const lines = (data[0]?.items ?? []).filter(
      (item): item is NonNullable<typeof item> => !!item && item.variant_id === booking.variant_id && !carried.has(item.id)
    )
    if (lines.length !== 1) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Expected one new cart line for booking ${booking.id}, found ${lines.length}.`
      )
    }
    const attached = await bookings.updateBookings({ id: booking.id, line_item_id: lines[0].id })
    return new StepResponse(attached, booking.id)
  },
  async (bookingId, { container }) => {
    if (!bookingId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings({ id: bookingId, line_item_id: null })
  }
)
