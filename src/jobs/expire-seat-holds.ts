import type { MedusaContainer } from "@medusajs/framework/types"
import { EVENT_MODULE } from "../modules/event"
import type EventModuleService from "../modules/event/service"
import { holdSweepSeconds } from "../workflows/booking/utils/hold-minutes"
import { expireSeatHoldsWorkflow } from "../workflows/event/workflows/expire-seat-holds"
import { issueOrderTicketsWorkflow } from "../workflows/event/workflows/issue-order-tickets"
import { offerFreedSeatsWorkflow } from "../workflows/event/workflows/offer-freed-seats"

/**
 * Every BOOKING_HOLD_SWEEP_SECONDS: seat holds past BOOKING_HOLD_MINUTES give
 * their seats back, and an order still holding seats (its order.placed was
 * lost to a crash or a failed subscriber) gets its tickets issued by the same
 * workflow the subscriber runs. Then each waitlist moves on: lapsed offers
 * expire and seats that came free go to whoever waits.
 */
export default async function expireSeatHoldsJob(container: MedusaContainer) {
  const now = new Date()
  const { result } = await expireSeatHoldsWorkflow(container).run({ input: { now } })
  for (const orderId of result.confirm_orders) {
    await issueOrderTicketsWorkflow(container).run({ input: { order_id: orderId } })
  }
  for (const dateId of await container.resolve<EventModuleService>(EVENT_MODULE).datesWithWaitlist(now)) {
    await offerFreedSeatsWorkflow(container).run({ input: { event_date_id: dateId, now } })
  }
}

export const config = { name: "expire-seat-holds", schedule: { interval: holdSweepSeconds() * 1000 } }
