import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderConfirmationWorkflow } from "../workflows/checkout/workflows/send-order-confirmation"

/** order.placed → the shopper's confirmation email (runs on workers). */
export default async function orderPlacedConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderConfirmationWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "avenrae-order-placed-confirmation" },
}
