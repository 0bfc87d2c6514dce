import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { captureOrderPayments } from "../workflows/checkout/utils/capture-order-payments"

/** Every order's payment is captured as soon as it is placed (see captureOrderPayments for why). */
export default async function capturePaymentOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await captureOrderPayments(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "capture-order-payment" } }
