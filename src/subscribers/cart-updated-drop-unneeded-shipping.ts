import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { dropUnneededShippingWorkflow } from "../workflows/checkout/workflows/drop-unneeded-shipping"

/** Removing the last shipped item from a cart (any route) removes its delivery charge too. */
export default async function dropUnneededShippingOnCartUpdated({ event, container }: SubscriberArgs<{ id: string }>) {
  await dropUnneededShippingWorkflow(container).run({ input: { cart_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "cart.updated", context: { subscriberId: "drop-unneeded-shipping" } }
