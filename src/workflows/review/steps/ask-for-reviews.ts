import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ASK_AFTER_MS, ASK_WITHIN_MS, reviewRequestNotification } from "../../../lib/reviews/review-requests"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import type PractitionerModuleService from "../../../modules/practitioner/service"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { ReviewPurchase } from "../../../modules/review/values"
import { storefrontUrl } from "../../utils/storefront-url"

type Due = { purchase_type: ReviewPurchase; purchase_id: string; customer_id: string; what: string }
const PER_KIND = 500

/**
 * Asks customers for a review once per purchase: 24 h after a session was
 * completed, when an event date they were checked in at has ended, and
 * 7 days after a crystal was delivered — within 30 days of that, never for
 * a purchase already reviewed, never twice (a claim per purchase, even
 * between two runs at once).
 */
export const askForReviewsStep = createStep("ask-for-reviews", async (input: { now: Date }, { container }) => {
  const now = new Date(input.now).getTime()
  const window = (type: ReviewPurchase) => ({
    $lte: new Date(now - ASK_AFTER_MS[type]),
    $gte: new Date(now - ASK_AFTER_MS[type] - ASK_WITHIN_MS),
  })
  const [sessions, tickets, deliveries] = await Promise.all([
    dueSessions(container, window("booking")),
    dueTickets(container, window("ticket")),
    dueDeliveries(container, window("order_line")),
  ])
  const candidates = [...sessions, ...tickets, ...deliveries]
  if (!candidates.length) return new StepResponse({ asked: 0 })
  const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const reviewed = new Set(
    (await reviews.listReviews({ purchase_id: candidates.map((c) => c.purchase_id) }, { select: ["purchase_id"] })).map(
      (r) => r.purchase_id
    )
  )
  const claimed = new Set(
    await reviews.claimReviewRequests(
      candidates.filter((c) => !reviewed.has(c.purchase_id)),
      new Date(now)
    )
  )
  const chosen = candidates.filter((c) => claimed.has(c.purchase_id))
  if (!chosen.length) return new StepResponse({ asked: 0 })
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: [...new Set(chosen.map((c) => c.customer_id))] }, { select: ["id", "email"] })
  const emailOf = new Map(customers.map((c: { id: string; email: string }) => [c.id, c.email]))
  const notifications = chosen.flatMap((due) => {
    const email = emailOf.get(due.customer_id)
    return email ? [reviewRequestNotification({ ...due, email, storefront: storefrontUrl() })] : []
  })
  if (notifications.length) await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(notifications)
  return new StepResponse({ asked: notifications.length })
})

type Container = { resolve: <T = any>(key: string) => T }
type Window = { $lte: Date; $gte: Date }

async function dueSessions(container: Container, window: Window): Promise<Due[]> {
  const bookings = await container
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listBookings({ status: "completed", ends_at: window, customer_id: { $ne: null } }, { take: PER_KIND, order: { ends_at: "ASC" } })
  if (!bookings.length) return []
  const names = await container
    .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    .listPractitioners({ id: [...new Set(bookings.map((b) => b.practitioner_id))] }, { select: ["id", "display_name"] })
  const nameOf = new Map(names.map((p) => [p.id, p.display_name]))
  return bookings.map((b) => ({
    purchase_type: "booking",
    purchase_id: b.id,
    customer_id: b.customer_id!,
    what: `your session with ${nameOf.get(b.practitioner_id) ?? "your practitioner"}`,
  }))
}

async function dueTickets(container: Container, window: Window): Promise<Due[]> {
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const dates = await events.listEventDates({ ends_at: window, status: { $ne: "cancelled" } }, { relations: ["event"], take: PER_KIND })
  if (!dates.length) return []
  const titleOf = new Map(dates.map((d) => [d.id, d.event.title]))
  const tickets = await events.listEventTickets(
    { event_date_id: dates.map((d) => d.id), status: "checked_in", customer_id: { $ne: null } },
    { take: PER_KIND * 4 }
  )
  return tickets.map((t) => ({
    purchase_type: "ticket",
    purchase_id: t.id,
    customer_id: t.customer_id!,
    what: `${titleOf.get(t.event_date_id) ?? "the event"} (${t.attendee_name})`,
  }))
}

async function dueDeliveries(container: Container, window: Window): Promise<Due[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fulfillment",
    fields: ["id", "canceled_at", "items.line_item_id", "items.title", "order.id", "order.customer_id"],
    filters: { delivered_at: window },
    pagination: { take: PER_KIND },
  })
  return data.flatMap((fulfillment: any) =>
    fulfillment.canceled_at || !fulfillment.order?.customer_id
      ? []
      : (fulfillment.items ?? []).flatMap((item: any) =>
          item?.line_item_id
            ? [
                {
                  purchase_type: "order_line" as const,
                  purchase_id: item.line_item_id,
                  customer_id: fulfillment.order.customer_id,
                  what: item.title,
                },
              ]
            : []
        )
  )
}
