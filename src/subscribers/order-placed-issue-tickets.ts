import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { issueOrderTicketsWorkflow } from "../workflows/event/workflows/issue-order-tickets"

/** Every placed order issues the tickets its cart held seats for, however the cart was completed. */
export default async function issueTicketsOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await issueOrderTicketsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "issue-order-tickets" } }
