import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pairHoldsWithOrderLines } from "../../../lib/bookings/order-lines"
import type { SoldOrderLine } from "../../../lib/payouts/sale-entries"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { placedOrderLines } from "../../checkout/utils/placed-order-lines"
import { sessionVariantIds } from "../../checkout/utils/session-lines"

export type OrderSale = { order_id: string; currency_code: string; lines: SoldOrderLine[] }

/**
 * An order's lines as the ledger reads them: who sold each (a ticket's event
 * host; otherwise the practitioner linked to the product; none for the
 * house), what it is, its categories, its booking or event date, and its
 * total after discounts with its tax, as Medusa computes them. Nothing a
 * line's metadata says is read.
 */
export async function orderSaleLines(container: MedusaContainer, orderId: string): Promise<OrderSale | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "total",
      "items.id",
      "items.variant_id",
      "items.product_id",
      "items.total",
      "items.tax_total",
      "items.tax_lines.*",
      "items.adjustments.*",
    ],
    filters: { id: orderId },
  })
  const order = orders[0]
  if (!order) return undefined
  const items = (order.items ?? []).filter(Boolean) as Array<Record<string, any>>
  const variantIds = items.map((item) => item.variant_id)
  const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))] as string[]

  const [tickets, sessions, products, bookings] = await Promise.all([
    container
      .resolve<EventModuleService>(EVENT_MODULE)
      .listEventTicketVariants({ variant_id: variantIds.filter(Boolean) }, { relations: ["event_date", "event_date.event"] }),
    sessionVariantIds(container, variantIds),
    productIds.length
      ? query
          .graph({ entity: "product", fields: ["id", "practitioner.id", "categories.id"], filters: { id: productIds } })
          .then((r) => r.data)
      : Promise.resolve([]),
    orderLineBookings(container, orderId),
  ])
  const ticketOf = new Map(tickets.map((mapping) => [mapping.variant_id, mapping]))
  const productOf = new Map(products.map((product: any) => [product.id, product]))

  const lines: SoldOrderLine[] = items.map((item) => {
    const ticket = item.variant_id ? ticketOf.get(item.variant_id) : undefined
    const product: any = item.product_id ? productOf.get(item.product_id) : undefined
    const categoryIds = ((product?.categories ?? []) as Array<{ id: string } | null>).flatMap((c) => (c ? [c.id] : []))
    const common = {
      line_item_id: item.id,
      product_id: item.product_id ?? null,
      category_ids: categoryIds,
      total: item.total,
      tax_total: item.tax_total,
    }
    if (ticket) {
      return {
        ...common,
        practitioner_id: ticket.event_date.event.host_practitioner_id ?? null,
        purchase: "ticket",
        booking_id: null,
        event_date_id: ticket.event_date.id,
        event_date_ends_at: new Date(ticket.event_date.ends_at),
      }
    }
    const isSession = !!item.variant_id && sessions.has(item.variant_id)
    return {
      ...common,
      practitioner_id: product?.practitioner?.id ?? null,
      purchase: isSession ? "session" : "crystal",
      booking_id: isSession ? (bookings.get(item.id) ?? null) : null,
      event_date_id: null,
      event_date_ends_at: null,
    }
  })
  return { order_id: order.id, currency_code: order.currency_code, lines }
}

/** Each session line's booking: one already confirmed names its order line; one still held is paired with it. */
async function orderLineBookings(container: MedusaContainer, orderId: string): Promise<Map<string, string>> {
  const placed = await placedOrderLines(container, orderId)
  if (!placed) return new Map()
  const bookings = await container
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listBookings({ cart_id: placed.cart_id, status: ["held", "confirmed", "completed", "cancelled", "no_show"] })
  const orderLineIds = new Set(placed.order_lines.map((line) => line.id))
  const byLine = new Map<string, string>()
  for (const booking of bookings)
    if (booking.line_item_id && orderLineIds.has(booking.line_item_id)) byLine.set(booking.line_item_id, booking.id)
  const held = bookings.filter((booking) => booking.status === "held")
  for (const [bookingId, lineId] of pairHoldsWithOrderLines(held, placed.cart_lines, placed.order_lines)) byLine.set(lineId, bookingId)
  return byLine
}
