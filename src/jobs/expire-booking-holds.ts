import type { MedusaContainer } from "@medusajs/framework/types"
import { confirmOrderBookingsWorkflow } from "../workflows/booking/workflows/confirm-order-bookings"
import { expireBookingHoldsWorkflow } from "../workflows/booking/workflows/expire-booking-holds"
import { holdSweepSeconds } from "../workflows/booking/utils/hold-minutes"

/**
 * Every BOOKING_HOLD_SWEEP_SECONDS: holds past BOOKING_HOLD_MINUTES expire,
 * and an order still holding its sessions (its order.placed was lost to a
 * crash or a failed subscriber) gets them confirmed by the same workflow the
 * subscriber runs.
 */
export default async function expireBookingHoldsJob(container: MedusaContainer) {
  const { result } = await expireBookingHoldsWorkflow(container).run({ input: { now: new Date() } })
  for (const orderId of result.confirm_orders) {
    await confirmOrderBookingsWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config = { name: "expire-booking-holds", schedule: { interval: holdSweepSeconds() * 1000 } }
