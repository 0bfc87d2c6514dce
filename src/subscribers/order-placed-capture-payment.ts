import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Every order's payment is captured as soon as it is placed: practitioners
 * are paid by separate transfers tied to the charge, a card authorisation
 * lapses after about 7 days while sessions and events are often further
 * ahead, and a policy refund is then an ordinary refund.
 */
export default async function capturePaymentOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: event.data.id },
  })
  const payments = (data[0]?.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? [])
  for (const payment of payments) {
    if (payment && !payment.captured_at && !payment.canceled_at) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    }
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "capture-order-payment" } }
