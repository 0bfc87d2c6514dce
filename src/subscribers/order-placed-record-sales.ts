import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderSalesWorkflow } from "../workflows/payout/workflows/record-order-sales"

/** Every placed order writes what each practitioner earns from it, whichever way the cart was completed. */
export default async function recordSalesOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderSalesWorkflow(container).run({ input: { order_id: event.data.id, now: new Date() } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "record-order-sales" } }
