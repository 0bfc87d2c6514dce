import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseEarningsWorkflow } from "../workflows/payout/workflows/release-earnings"

/** A session completed, missed or cancelled decides when its money is earned. */
export default async function releaseEarningsOnBookingOutcome({ event, container }: SubscriberArgs<{ id: string }>) {
  await releaseEarningsWorkflow(container).run({ input: { now: new Date(), booking_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: ["booking.outcome_recorded", "booking.cancelled"],
  context: { subscriberId: "booking-outcome-release-earnings" },
}
