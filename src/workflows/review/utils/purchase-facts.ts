import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { PurchaseFacts } from "../../../lib/reviews/eligibility"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import type { ReviewPurchase } from "../../../modules/review/values"
import { sessionVariantIds } from "../../checkout/utils/session-lines"
import { lineFulfilmentTimes } from "../../utils/line-fulfilment-times"

type Container = { resolve: <T = any>(key: string) => T }

/**
 * The facts a review needs about one purchase, read from the booking, the
 * ticket or the order (never from any metadata); undefined when there is no
 * such purchase.
 */
export async function purchaseFacts(container: Container, type: ReviewPurchase, id: string): Promise<PurchaseFacts | undefined> {
  switch (type) {
    case "booking":
      return bookingFacts(container, id)
    case "ticket":
      return ticketFacts(container, id)
    case "order_line":
      return orderLineFacts(container, id)
  }
}

type BookingRow = Awaited<ReturnType<BookingModuleService["listBookings"]>>[number]
type TicketRow = Awaited<ReturnType<EventModuleService["listEventTickets"]>>[number] & {
  event_date: { ends_at: Date; status: string; event: { id: string; host_practitioner_id: string | null } }
}

/** A booking's facts (one never ordered is no purchase). */
export function bookingFactsOf(booking: BookingRow): PurchaseFacts {
  return {
    type: "booking",
    id: booking.id,
    customer_id: booking.customer_id,
    status: booking.status,
    ends_at: new Date(booking.ends_at),
    practitioner_id: booking.practitioner_id,
    order_id: booking.order_id,
  }
}

/** A ticket's facts, read with its date and event. */
export function ticketFactsOf(ticket: TicketRow): PurchaseFacts {
  return {
    type: "ticket",
    id: ticket.id,
    customer_id: ticket.customer_id,
    status: ticket.status,
    date_ends_at: new Date(ticket.event_date.ends_at),
    date_status: ticket.event_date.status,
    event_id: ticket.event_date.event.id,
    host_practitioner_id: ticket.event_date.event.host_practitioner_id,
    order_id: ticket.order_id,
  }
}

async function bookingFacts(container: Container, id: string): Promise<PurchaseFacts | undefined> {
  const [booking] = await container.resolve<BookingModuleService>(BOOKING_MODULE).listBookings({ id })
  return booking?.order_id ? bookingFactsOf(booking) : undefined
}

async function ticketFacts(container: Container, id: string): Promise<PurchaseFacts | undefined> {
  const [ticket] = await container
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEventTickets({ id }, { relations: ["event_date", "event_date.event"] })
  return ticket ? ticketFactsOf(ticket as TicketRow) : undefined
}

async function orderLineFacts(container: Container, lineId: string): Promise<PurchaseFacts | undefined> {
  const orders = container.resolve(Modules.ORDER)
  const [detail] = await orders.listOrderItems({ item_id: lineId }, { select: ["order_id"], take: 1 })
  if (!detail) return undefined
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id", "status", "items.id", "items.product_id", "items.variant_id", "items.product.practitioner.id"],
    filters: { id: detail.order_id },
  })
  const order = data[0]
  const line = order?.items?.find((item: { id: string } | null) => item?.id === lineId)
  if (!order || !line) return undefined
  const [times, sessions, tickets] = await Promise.all([
    lineFulfilmentTimes(container, [order.id]),
    sessionVariantIds(container, [line.variant_id]),
    line.variant_id
      ? container.resolve<EventModuleService>(EVENT_MODULE).listEventTicketVariants({ variant_id: line.variant_id }, { take: 1 })
      : Promise.resolve([]),
  ])
  return {
    type: "order_line",
    id: lineId,
    customer_id: order.customer_id ?? null,
    order_status: order.status,
    product_id: line.product_id ?? null,
    practitioner_id: line.product?.practitioner?.id ?? null,
    shipped_at: times.get(lineId)?.shipped_at ?? null,
    delivered_at: times.get(lineId)?.delivered_at ?? null,
    order_id: order.id,
    is_session_or_ticket: sessions.size > 0 || tickets.length > 0,
  }
}
