import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pairHoldsWithOrderLines } from "../../../lib/bookings/order-lines"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { placedOrderLines } from "../../checkout/utils/placed-order-lines"
import { defaultMeetingLinks } from "../utils/meeting-link"

export const confirmOrderBookingsStepId = "confirm-order-bookings"

/**
 * Confirms the sessions held by the order's own cart whose lines are in the
 * order at quantity 1, links them to the order and its line, and gives online
 * sessions a room. Nothing a line's metadata says is read. Already-confirmed
 * bookings are left as they are, so running it twice (a retried event)
 * changes nothing. Returns only the bookings it confirmed now.
 */
export const confirmOrderBookingsStep = createStep(
  confirmOrderBookingsStepId,
  async (input: { order_id: string }, { container }) => {
    const placed = await placedOrderLines(container, input.order_id)
    if (!placed) return new StepResponse([], [])
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const held = await service.listBookings({ cart_id: placed.cart_id, status: "held" })
    if (!held.length) return new StepResponse([], [])
    const pairs = pairHoldsWithOrderLines(held, placed.cart_lines, placed.order_lines)
    const order = placed.order
    const paid = held.filter((booking) => pairs.has(booking.id))
    const links = defaultMeetingLinks()
    const updates = await Promise.all(
      paid.map(async (booking) => ({
        id: booking.id,
        status: "confirmed" as const,
        order_id: order.id,
        customer_id: order.customer_id ?? booking.customer_id,
        line_item_id: pairs.get(booking.id)!,
        hold_expires_at: null,
        meeting_url: booking.meeting_mode === "online" ? (booking.meeting_url ?? (await links.roomFor(booking))) : booking.meeting_url,
      }))
    )
    const confirmed = updates.length ? await service.updateBookings(updates) : []
    const previous = paid.map((b) => ({
      id: b.id,
      status: "held" as const,
      order_id: null,
      customer_id: b.customer_id,
      line_item_id: b.line_item_id,
      hold_expires_at: b.hold_expires_at,
      meeting_url: b.meeting_url,
    }))
    return new StepResponse(confirmed, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings(previous)
  }
)
