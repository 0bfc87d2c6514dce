import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { refundOrderLineWorkflow } from "../../payout/workflows/refund-order-line"
import { CancellationActor, quoteBookingCancellationStep } from "../steps/quote-booking-cancellation"
import { markBookingCancelledStep } from "../steps/mark-booking-cancelled"

export const cancelBookingWorkflowId = "cancel-booking"

export type CancelBookingInput = {
  booking_id: string
  actor: CancellationActor
  reason?: string
  /** false: only say what the refund would be. */
  confirm: boolean
}

/**
 * Cancels a confirmed session under the policy: frees the time, and refunds
 * the policy's share of the session's line through Medusa's payment refund
 * (capturing the order's payment first if it was only authorised). Without
 * `confirm` it answers the quote and changes nothing.
 */
export const cancelBookingWorkflow = createWorkflow(cancelBookingWorkflowId, (input: CancelBookingInput) => {
  const quote = quoteBookingCancellationStep({ booking_id: input.booking_id, actor: input.actor })
  const booking = when("cancel-confirmed", { input }, ({ input }) => input.confirm).then(() =>
    markBookingCancelledStep(
      transform({ input, quote }, ({ input, quote }) => ({
        booking_id: input.booking_id,
        quoted_starts_at: quote.starts_at,
        by: input.actor.by,
        reason: input.reason,
        refund_amount: quote.refund_amount,
      }))
    )
  )
  when(
    "capture-before-refund",
    { quote, input },
    ({ quote, input }) => input.confirm && quote.refund_amount > 0 && !!quote.payment_id && !quote.payment_captured
  ).then(() => {
    capturePaymentWorkflow.runAsStep({ input: transform({ quote }, ({ quote }) => ({ payment_id: quote.payment_id! })) })
  })
  when("refund-session-line", { quote, input }, ({ quote, input }) => input.confirm && quote.refund_amount > 0 && !!quote.payment_id).then(
    () => {
      refundOrderLineWorkflow.runAsStep({
        input: transform({ quote, input }, ({ quote, input }) => ({
          payment_id: quote.payment_id!,
          amount: quote.refund_amount,
          note: `Session cancelled (${quote.percent} % of the session under the policy)`,
          order_id: quote.order_id,
          line_item_id: quote.line_item_id,
          booking_id: input.booking_id,
        })),
      })
    }
  )
  when("announce-cancellation", { input }, ({ input }) => input.confirm).then(() => {
    emitEventStep({
      eventName: "booking.cancelled",
      data: transform({ input, quote }, ({ input, quote }) => ({
        id: input.booking_id,
        by: input.actor.by,
        refund_amount: quote.refund_amount,
      })),
    })
  })
  return new WorkflowResponse(transform({ quote, booking }, ({ quote, booking }) => ({ quote, booking: booking ?? null })))
})
