import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseRemovedHoldsWorkflow } from "../workflows/booking/workflows/release-removed-holds"

/** Removing a session's line from the cart (any route) releases its hold. */
export default async function releaseHoldsOnCartUpdated({ event, container }: SubscriberArgs<{ id: string }>) {
  await releaseRemovedHoldsWorkflow(container).run({ input: { cart_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "cart.updated", context: { subscriberId: "release-removed-holds" } }
