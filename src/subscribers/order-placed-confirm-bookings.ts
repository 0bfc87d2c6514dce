import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { confirmOrderBookingsWorkflow } from "../workflows/booking/workflows/confirm-order-bookings"

/** Every placed order confirms the sessions it carries, however the cart was completed. */
export default async function confirmBookingsOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await confirmOrderBookingsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "confirm-order-bookings" } }
