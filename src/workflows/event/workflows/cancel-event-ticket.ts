import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { refundOrderLineWorkflow } from "../../payout/workflows/refund-order-line"
import type { CancellationActor } from "../../booking/steps/quote-booking-cancellation"
import { markTicketCancelledStep } from "../steps/mark-ticket-cancelled"
import { notifyTicketCancelledStep } from "../steps/notify-ticket-cancelled"
import { quoteTicketCancellationStep } from "../steps/quote-ticket-cancellation"
import { returnTicketSeatStep } from "../steps/return-ticket-seat"

export const cancelEventTicketWorkflowId = "cancel-event-ticket"

export type CancelEventTicketInput = {
  ticket_id: string
  actor: CancellationActor
  reason?: string
  /** false: only say what the refund would be. */
  confirm: boolean
  /** Refund in full whatever the policy says (a whole date cancelled). */
  full_refund?: boolean
  now: Date
}

/**
 * Cancels one ticket under its event's policy: the ticket is cancelled (once,
 * however many ask at the same instant), its seat goes back to the date, and
 * the policy's share of that ticket alone is refunded through Medusa's
 * payment refund (the payment captured first if it was only authorised) —
 * the rest of the order, shipped crystals and sessions, untouched. The buyer
 * is emailed, and `event_ticket.cancelled` lets the waitlist take the seat.
 * Without `confirm` it answers the quote and changes nothing.
 */
export const cancelEventTicketWorkflow = createWorkflow(cancelEventTicketWorkflowId, (input: CancelEventTicketInput) => {
  // One cancellation at a time per ticket: each ticket's refund is its share of the line given what is already cancelled.
  const lock = transform({ input }, ({ input }) => `ticket-cancellation:${input.ticket_id}`)
  acquireLockStep({ key: lock, timeout: 30, ttl: 120 })
  const quote = quoteTicketCancellationStep(input)
  when("cancel-confirmed", { input }, ({ input }) => input.confirm).then(() => {
    markTicketCancelledStep(
      transform({ input, quote }, ({ input, quote }) => ({
        ticket_id: quote.ticket_id,
        refund_amount: quote.refund_amount,
        now: input.now,
      }))
    )
    returnTicketSeatStep(transform({ quote }, ({ quote }) => ({ line_item_id: quote.line_item_id })))
  })
  when(
    "capture-before-ticket-refund",
    { quote, input },
    ({ quote, input }) => input.confirm && quote.refund_amount > 0 && !!quote.payment_id && !quote.payment_captured
  ).then(() => {
    capturePaymentWorkflow.runAsStep({ input: transform({ quote }, ({ quote }) => ({ payment_id: quote.payment_id! })) })
  })
  when("refund-ticket", { quote, input }, ({ quote, input }) => input.confirm && quote.refund_amount > 0 && !!quote.payment_id).then(() => {
    refundOrderLineWorkflow.runAsStep({
      input: transform({ quote }, ({ quote }) => ({
        payment_id: quote.payment_id!,
        amount: quote.refund_amount,
        note: `Ticket ${quote.ticket_id} cancelled (${quote.percent} % of the ticket under the policy)`,
        order_id: quote.order_id,
        line_item_id: quote.line_item_id,
        ticket_id: quote.ticket_id,
      })),
    })
  })
  releaseLockStep({ key: lock })
  when("announce-ticket-cancellation", { input }, ({ input }) => input.confirm).then(() => {
    notifyTicketCancelledStep(transform({ input, quote }, ({ input, quote }) => ({ quote, reason: input.reason ?? null })))
    emitEventStep({
      eventName: "event_ticket.cancelled",
      data: transform({ quote }, ({ quote }) => ({ id: quote.ticket_id, event_date_id: quote.event_date_id })),
    })
  })
  return new WorkflowResponse(quote)
})
