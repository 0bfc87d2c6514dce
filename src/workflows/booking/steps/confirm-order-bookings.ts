import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { defaultMeetingLinks } from "../../../lib/bookings/meeting-link"
import { BOOKING_MODULE } from "../../../modules/booking"
import BookingModuleService from "../../../modules/booking/service"

export const confirmOrderBookingsStepId = "confirm-order-bookings"

/**
 * Confirms the bookings an order's lines name, links them to the order and
 * gives online sessions a room. Already-confirmed bookings are left as they
 * are, so running it twice (a retried event) changes nothing. Returns only
 * the bookings it confirmed now.
 */
export const confirmOrderBookingsStep = createStep(
  confirmOrderBookingsStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "items.id", "items.metadata"],
      filters: { id: input.order_id },
    })
    const order = orders[0]
    const lines = (order?.items ?? []).filter((item: any) => typeof item?.metadata?.booking_id === "string")
    if (!lines.length) return new StepResponse([], [])
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const held = await service.listBookings({ id: lines.map((l: any) => l.metadata.booking_id), status: "held" })
    const links = defaultMeetingLinks()
    const updates = await Promise.all(
      held.map(async (booking) => ({
        id: booking.id,
        status: "confirmed" as const,
        order_id: order.id,
        customer_id: order.customer_id ?? booking.customer_id,
        line_item_id: lines.find((l: any) => l.metadata.booking_id === booking.id)?.id ?? booking.line_item_id,
        hold_expires_at: null,
        meeting_url: booking.meeting_mode === "online" ? booking.meeting_url ?? (await links.roomFor(booking)) : booking.meeting_url,
      }))
    )
    const confirmed = updates.length ? await service.updateBookings(updates) : []
    return new StepResponse(confirmed, held.map((b) => ({ id: b.id, status: "held" as const, order_id: null, hold_expires_at: b.hold_expires_at, meeting_url: b.meeting_url })))
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateBookings(previous)
  }
)
