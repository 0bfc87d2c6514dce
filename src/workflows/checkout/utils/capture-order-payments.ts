import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Captures every payment of the order not yet captured (or cancelled).
 * Avenrae captures at placement: practitioners are paid by separate
 * transfers tied to the charge, a card authorisation lapses after about 7
 * days while sessions and events are often further ahead, and a policy
 * refund is then an ordinary refund.
 */
export async function captureOrderPayments(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const payments = (data[0]?.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? [])
  for (const payment of payments) {
    if (payment && !payment.captured_at && !payment.canceled_at) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    }
  }
}
