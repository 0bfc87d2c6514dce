import type { MedusaContainer } from "@medusajs/framework/types"
import { holdSweepSeconds } from "../workflows/booking/utils/hold-minutes"
import { expireSeatHoldsWorkflow } from "../workflows/event/workflows/expire-seat-holds"
import { issueOrderTicketsWorkflow } from "../workflows/event/workflows/issue-order-tickets"

/**
 * Every BOOKING_HOLD_SWEEP_SECONDS: seat holds past BOOKING_HOLD_MINUTES give
 * their seats back, and an order still holding seats (its order.placed was
 * lost to a crash or a failed subscriber) gets its tickets issued by the same
 * workflow the subscriber runs.
 */
export default async function expireSeatHoldsJob(container: MedusaContainer) {
  const { result } = await expireSeatHoldsWorkflow(container).run({ input: { now: new Date() } })
  for (const orderId of result.confirm_orders) {
    await issueOrderTicketsWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config = { name: "expire-seat-holds", schedule: { interval: holdSweepSeconds() * 1000 } }
