import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"

export const attachBookingLineItemStepId = "attach-booking-line-item"

/** Records which cart line carries the booking (the line's metadata names the booking). */
export const attachBookingLineItemStep = createStep(
  attachBookingLineItemStepId,
  async (input: { booking_id: string; cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["items.id", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const line = (data[0]?.items ?? []).find((item: any) => item?.metadata?.booking_id === input.booking_id)
    const bookings = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const booking = await bookings.updateBookings({ id: input.booking_id, line_item_id: line?.id ?? null })
    return new StepResponse(booking, input.booking_id)
  },
  async (bookingId, { container }) => {
    if (!bookingId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings({ id: bookingId, line_item_id: null })
  }
)
