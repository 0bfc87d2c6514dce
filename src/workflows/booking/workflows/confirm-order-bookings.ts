import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { confirmOrderBookingsStep } from "../steps/confirm-order-bookings"
import { notifyBookingConfirmedStep } from "../steps/notify-booking-confirmed"

export const confirmOrderBookingsWorkflowId = "confirm-order-bookings"

/**
 * After an order is placed — from the storefront or by a payment webhook —
 * its held sessions become confirmed bookings of that order, and the shopper
 * and the practitioner are told. Safe to run again for the same order.
 */
export const confirmOrderBookingsWorkflow = createWorkflow(confirmOrderBookingsWorkflowId, (input: { order_id: string }) => {
  const confirmed = confirmOrderBookingsStep(input)
  const ids = transform({ confirmed }, ({ confirmed }) => confirmed.map((b) => b.id))
  notifyBookingConfirmedStep(transform({ input, ids }, ({ input, ids }) => ({ order_id: input.order_id, booking_ids: ids })))
  emitEventStep({
    eventName: "booking.confirmed",
    data: transform({ input, ids }, ({ input, ids }) => ({ order_id: input.order_id, ids })),
  })
  return new WorkflowResponse(confirmed)
})
