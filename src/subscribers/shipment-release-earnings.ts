import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { releaseEarningsWorkflow } from "../workflows/payout/workflows/release-earnings"

/** A shipped fulfillment starts the hold on its crystals' money. */
export default async function releaseEarningsOnShipment({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fulfillment",
    fields: ["id", "order.id"],
    filters: { id: event.data.id },
  })
  const orderId: string | undefined = data[0]?.order?.id
  if (!orderId) return
  await releaseEarningsWorkflow(container).run({ input: { now: new Date(), order_ids: [orderId] } })
}

export const config: SubscriberConfig = { event: "shipment.created", context: { subscriberId: "shipment-release-earnings" } }
