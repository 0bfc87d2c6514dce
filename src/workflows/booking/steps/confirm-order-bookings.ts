import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pairBookingsWithOrderLines, PricedLine } from "../../../lib/bookings/order-lines"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { defaultMeetingLinks } from "../utils/meeting-link"

export const confirmOrderBookingsStepId = "confirm-order-bookings"

const LINE_FIELDS = ["id", "variant_id", "unit_price", "quantity"]
/** An order line's quantity lives on its order item (`detail`). */
const ORDER_LINE_FIELDS = ["items.id", "items.variant_id", "items.unit_price", "items.detail.quantity"]

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
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "cart.id", ...ORDER_LINE_FIELDS],
      filters: { id: input.order_id },
    })
    const order = orders[0]
    const cartId: string | undefined = order?.cart?.id
    if (!cartId) return new StepResponse([], [])
    const service = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const held = await service.listBookings({ cart_id: cartId, status: "held" })
    if (!held.length) return new StepResponse([], [])
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: LINE_FIELDS.map((field) => `items.${field}`),
      filters: { id: cartId },
    })
    const orderLines: PricedLine[] = (order.items ?? []).flatMap((item) =>
      item
        ? [
            {
              id: item.id,
              variant_id: item.variant_id ?? null,
              unit_price: Number(item.unit_price),
              quantity: Number(item.detail?.quantity ?? 0),
            },
          ]
        : []
    )
    const pairs = pairBookingsWithOrderLines(held, (carts[0]?.items ?? []) as PricedLine[], orderLines)
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
