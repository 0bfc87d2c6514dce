import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordPaymentRefundsWorkflow } from "../workflows/payout/workflows/record-payment-refunds"

/** Every refund of a payment, from any path (a cancellation, staff, a return), reaches the practitioners' ledger. */
export default async function recordRefundsOnPaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPaymentRefundsWorkflow(container).run({ input: { payment_id: event.data.id, now: new Date() } })
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "record-payment-refunds" } }
