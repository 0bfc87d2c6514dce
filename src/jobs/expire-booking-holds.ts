import type { MedusaContainer } from "@medusajs/framework/types"
import { expireBookingHoldsWorkflow } from "../workflows/booking/workflows/expire-booking-holds"

/** Every minute: holds past BOOKING_HOLD_MINUTES expire. */
export default async function expireBookingHoldsJob(container: MedusaContainer) {
  await expireBookingHoldsWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "expire-booking-holds", schedule: "* * * * *" }
