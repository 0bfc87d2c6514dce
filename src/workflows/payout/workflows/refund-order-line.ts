import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { attributeLineRefundStep, paymentRefundIdsStep } from "../steps/attribute-line-refund"

export const refundOrderLineWorkflowId = "refund-order-line"

export type RefundOrderLineInput = {
  payment_id: string
  amount: number
  note: string
  order_id: string | null
  line_item_id: string | null
  booking_id?: string | null
  ticket_id?: string | null
}

/**
 * Refunds part of one order line through Medusa's payment refund and names
 * the line on the refund, so the ledger takes the practitioner's part back
 * from that line alone. One refund at a time per payment.
 */
export const refundOrderLineWorkflow = createWorkflow(refundOrderLineWorkflowId, (input: RefundOrderLineInput) => {
  const lock = transform({ input }, ({ input }) => `payment-refund:${input.payment_id}`)
  acquireLockStep({ key: lock, timeout: 30, ttl: 120 })
  const before = paymentRefundIdsStep({ payment_id: input.payment_id })
  refundPaymentWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ payment_id: input.payment_id, amount: input.amount, note: input.note })),
  })
  const attribution = when("name-the-refunded-line", { input }, ({ input }) => !!input.order_id && !!input.line_item_id).then(() =>
    attributeLineRefundStep(
      transform({ input, before }, ({ input, before }) => ({
        payment_id: input.payment_id,
        refunds_before: before,
        amount: input.amount,
        order_id: input.order_id!,
        line_item_id: input.line_item_id!,
        booking_id: input.booking_id ?? null,
        ticket_id: input.ticket_id ?? null,
      }))
    )
  )
  releaseLockStep({ key: lock })
  return new WorkflowResponse(transform({ attribution }, ({ attribution }) => attribution ?? null))
})
