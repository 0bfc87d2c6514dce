import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Captures every payment of the order not yet captured (or cancelled), one
 * caller at a time per payment and re-read under the lock, so the
 * subscriber and a seed or a retry never capture twice.
 *
 * Avenrae captures at placement: practitioners are paid by separate
 * transfers tied to the charge, a card authorisation lapses after about 7
 * days while sessions and events are often further ahead, and a policy
 * refund is then an ordinary refund.
 */
export async function captureOrderPayments(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const paymentsOf = async () => {
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "payment_collections.payments.id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: orderId },
    })
    return (data[0]?.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? []).filter(Boolean)
  }
  const uncaptured = (payment: any) => !payment.captured_at && !payment.canceled_at
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  for (const { id } of (await paymentsOf()).filter(uncaptured)) {
    await locking.execute(
      `payment-capture:${id}`,
      async () => {
        const payment = (await paymentsOf()).find((p: any) => p.id === id)
        if (payment && uncaptured(payment)) await capturePaymentWorkflow(container).run({ input: { payment_id: id } })
      },
      { timeout: 30 }
    )
  }
}
