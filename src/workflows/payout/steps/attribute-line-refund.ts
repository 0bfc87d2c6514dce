import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

type PaymentRefunds = { refunds?: Array<{ id: string; amount: unknown } | null> | null }

async function refundsOf(container: { resolve: (key: string) => any }, paymentId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount"],
    filters: { id: paymentId },
  })
  return ((data[0] as PaymentRefunds | undefined)?.refunds ?? []).filter((refund): refund is { id: string; amount: unknown } => !!refund)
}

/** The payment's refunds before this workflow refunds, to tell its own refund apart afterwards. */
export const paymentRefundIdsStep = createStep("payment-refund-ids", async (input: { payment_id: string }, { container }) => {
  return new StepResponse((await refundsOf(container, input.payment_id)).map((refund) => refund.id))
})

export type LineRefund = {
  payment_id: string
  refunds_before: string[]
  amount: number
  order_id: string
  line_item_id: string
  booking_id?: string | null
  ticket_id?: string | null
}

/**
 * Names the order line the refund just made was for: the payment's new
 * refund of this amount (the caller holds the payment's refund lock, so no
 * other refund of ours is made meanwhile). The ledger reads it when it
 * records the refund.
 */
export const attributeLineRefundStep = createStep("attribute-line-refund", async (input: LineRefund, { container }) => {
  const before = new Set(input.refunds_before)
  const refund = (await refundsOf(container, input.payment_id)).find(
    (candidate) => !before.has(candidate.id) && Number(candidate.amount) === Number(input.amount)
  )
  if (!refund) return new StepResponse(null)
  const [attribution] = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).createRefundAttributions([
    {
      refund_id: refund.id,
      order_id: input.order_id,
      line_item_id: input.line_item_id,
      amount: input.amount,
      booking_id: input.booking_id ?? null,
      ticket_id: input.ticket_id ?? null,
    },
  ])
  return new StepResponse(attribution)
})
