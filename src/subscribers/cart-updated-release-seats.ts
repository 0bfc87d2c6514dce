import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseRemovedSeatHoldsWorkflow } from "../workflows/event/workflows/release-removed-seat-holds"

/** Removing a ticket line from the cart (any route) gives its seats back to the date. */
export default async function releaseSeatsOnCartUpdated({ event, container }: SubscriberArgs<{ id: string }>) {
  await releaseRemovedSeatHoldsWorkflow(container).run({ input: { cart_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "cart.updated", context: { subscriberId: "release-removed-seat-holds" } }
