import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { unverifyRefundedReviewsWorkflow } from "../workflows/review/workflows/unverify-refunded-reviews"

/** A refund from any path may end a purchase: its review keeps its place but loses the verified badge. */
export default async function unverifyReviewsOnPaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  await unverifyRefundedReviewsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "unverify-refunded-reviews" } }
