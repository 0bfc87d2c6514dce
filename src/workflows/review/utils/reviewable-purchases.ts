import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PurchaseFacts, reviewRefusal, reviewTargetOf } from "../../../lib/reviews/eligibility"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import type PractitionerModuleService from "../../../modules/practitioner/service"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { sessionVariantIds } from "../../checkout/utils/session-lines"
import { lineFulfilmentTimes } from "../../utils/line-fulfilment-times"
import { bookingFactsOf, ticketFactsOf } from "./purchase-facts"

type Container = { resolve: <T = any>(key: string) => T }

/** How far back the list looks: the latest purchases of each kind. */
const RECENT = 100

export type ReviewablePurchaseView = {
  purchase_type: PurchaseFacts["type"]
  purchase_id: string
  target_type: string
  target_id: string
  title: string
  subtitle: string | null
  date: Date
}

/**
 * The purchases this customer can review now and has not reviewed:
 * completed sessions, attended (or ended) events and shipped products, by
 * the same rules the review workflow applies.
 */
export async function reviewablePurchases(container: Container, customerId: string, now: Date): Promise<ReviewablePurchaseView[]> {
  const [mine, sessions, tickets, lines] = await Promise.all([
    container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .listReviews({ customer_id: customerId }, { select: ["purchase_type", "purchase_id"] }),
    sessionPurchases(container, customerId),
    ticketPurchases(container, customerId),
    orderLinePurchases(container, customerId),
  ])
  const reviewed = new Set(mine.map((review) => `${review.purchase_type}:${review.purchase_id}`))
  return [...sessions, ...tickets, ...lines]
    .filter(({ facts }) => !reviewed.has(`${facts.type}:${facts.id}`) && !reviewRefusal(facts, customerId, now))
    .map(({ facts, title, subtitle, date }) => ({
      purchase_type: facts.type,
      purchase_id: facts.id,
      ...reviewTargetOf(facts),
      title,
      subtitle,
      date,
    }))
    .sort((a, b) => b.date.getTime() - a.date.getTime())
}

type Candidate = { facts: PurchaseFacts; title: string; subtitle: string | null; date: Date }

async function sessionPurchases(container: Container, customerId: string): Promise<Candidate[]> {
  const bookings = await container
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listBookings({ customer_id: customerId, status: "completed" }, { order: { starts_at: "DESC" }, take: RECENT })
  if (!bookings.length) return []
  const practitioners = await container
    .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    .listPractitioners({ id: [...new Set(bookings.map((b) => b.practitioner_id))] }, { select: ["id", "display_name"] })
  const nameOf = new Map(practitioners.map((p) => [p.id, p.display_name]))
  return bookings.map((booking) => ({
    facts: bookingFactsOf(booking),
    title: `Session with ${nameOf.get(booking.practitioner_id) ?? "your practitioner"}`,
    subtitle: null,
    date: new Date(booking.starts_at),
  }))
}

async function ticketPurchases(container: Container, customerId: string): Promise<Candidate[]> {
  const tickets = await container
    .resolve<EventModuleService>(EVENT_MODULE)
    .listEventTickets(
      { customer_id: customerId, status: ["valid", "checked_in"] },
      { relations: ["event_date", "event_date.event"], order: { created_at: "DESC" }, take: RECENT }
    )
  return tickets.map((ticket) => ({
    facts: ticketFactsOf(ticket as Parameters<typeof ticketFactsOf>[0]),
    title: ticket.event_date.event.title,
    subtitle: ticket.attendee_name,
    date: new Date(ticket.event_date.starts_at),
  }))
}

async function orderLinePurchases(container: Container, customerId: string): Promise<Candidate[]> {
  const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "created_at",
      "items.id",
      "items.title",
      "items.product_title",
      "items.product_id",
      "items.variant_id",
      "items.product.practitioner.id",
    ],
    filters: { customer_id: customerId },
    pagination: { order: { created_at: "DESC" }, take: RECENT },
  })
  if (!orders.length) return []
  const items = orders.flatMap((order: any) => (order.items ?? []).filter(Boolean).map((item: any) => ({ order, item })))
  const variantIds = items.map(({ item }) => item.variant_id).filter(Boolean)
  const [times, sessions, ticketVariants] = await Promise.all([
    lineFulfilmentTimes(
      container,
      orders.map((order: any) => order.id)
    ),
    sessionVariantIds(container, variantIds),
    variantIds.length ? container.resolve<EventModuleService>(EVENT_MODULE).listEventTicketVariants({ variant_id: variantIds }) : [],
  ])
  const ticketVariantIds = new Set(ticketVariants.map((mapping) => mapping.variant_id))
  return items.map(({ order, item }) => ({
    facts: {
      type: "order_line",
      id: item.id,
      customer_id: customerId,
      order_status: order.status,
      product_id: item.product_id ?? null,
      practitioner_id: item.product?.practitioner?.id ?? null,
      shipped_at: times.get(item.id)?.shipped_at ?? null,
      delivered_at: times.get(item.id)?.delivered_at ?? null,
      order_id: order.id,
      is_session_or_ticket: sessions.has(item.variant_id) || ticketVariantIds.has(item.variant_id),
    },
    title: item.product_title ?? item.title,
    subtitle: `Order #${order.display_id}`,
    date: new Date(order.created_at),
  }))
}
