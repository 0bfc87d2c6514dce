import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ticketCancelProblem,
  ticketPolicyFor,
  ticketRefund,
  ticketRefundPercent,
  ticketShare,
} from "../../../lib/events/ticket-cancellation"
import type { CancellationActor } from "../../booking/steps/quote-booking-cancellation"
import { REFUNDABLE_ORDER_FIELDS, refundablePayment } from "../../utils/refundable-order"

export const quoteTicketCancellationStepId = "quote-ticket-cancellation"

export type TicketCancellationQuote = {
  ticket_id: string
  attendee_name: string
  event_date_id: string
  order_id: string | null
  line_item_id: string | null
  percent: number
  /** What the ticket cost: its even share of its line. */
  ticket_price: number
  refund_amount: number
  currency_code: string | null
  email: string | null
  payment_id: string | null
  payment_captured: boolean
}

const TICKET_FIELDS = [
  "id",
  "status",
  "order_id",
  "line_item_id",
  "customer_id",
  "attendee_name",
  "seat",
  "event_date.id",
  "event_date.starts_at",
  "event_date.status",
  "event_date.event.host_practitioner_id",
  "event_date.event.cancellation_policy",
]

/**
 * What cancelling this ticket would refund now: the policy's share (all of it
 * when `full_refund`, as when a whole date is cancelled) of what this one
 * ticket cost — its even share of its line, the rest of the order untouched.
 * Someone else's ticket is not found; a ticket checked in, cancelled or of a
 * date already started (for the shopper) is refused in words. Writes nothing.
 */
export const quoteTicketCancellationStep = createStep(
  quoteTicketCancellationStepId,
  async (input: { ticket_id: string; actor: CancellationActor; full_refund?: boolean; now: Date }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: tickets } = await query.graph({ entity: "event_ticket", fields: TICKET_FIELDS, filters: { id: input.ticket_id } })
    const ticket = tickets[0]
    const { actor } = input
    const owns =
      ticket &&
      (actor.by === "staff" ||
        (actor.by === "customer" && !!ticket.customer_id && ticket.customer_id === actor.customer_id) ||
        (actor.by === "practitioner" && ticket.event_date.event.host_practitioner_id === actor.practitioner_id))
    if (!ticket || !owns) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no ticket with id ${input.ticket_id}.`)
    const now = new Date(input.now)
    const date = ticket.event_date
    const problem = ticketCancelProblem(
      { status: ticket.status, date_status: date.status, starts_at: new Date(date.starts_at) },
      now,
      actor.by
    )
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    const { data: orders } = ticket.order_id
      ? await query.graph({
          entity: "order",
          fields: REFUNDABLE_ORDER_FIELDS,
          filters: { id: ticket.order_id },
        })
      : { data: [] as any[] }
    const order = orders[0]
    const line = (order?.items ?? []).find((item: { id: string } | null) => item?.id === ticket.line_item_id)
    // Each seat of a line has its own fixed share, so the line's tickets refund its total exactly, whatever the order they go in.
    const ticketPrice = line ? ticketShare(Number(line.total), Number(line.quantity), (ticket.seat ?? 0) + 1) : 0
    const percent = input.full_refund
      ? 100
      : ticketRefundPercent(ticketPolicyFor(date.event.cancellation_policy), new Date(date.starts_at), now, actor.by)
    const quote: TicketCancellationQuote = {
      ticket_id: ticket.id,
      attendee_name: ticket.attendee_name,
      event_date_id: date.id,
      order_id: ticket.order_id ?? null,
      line_item_id: ticket.line_item_id ?? null,
      percent,
      ticket_price: ticketPrice,
      refund_amount: ticketRefund(ticketPrice, percent),
      currency_code: order?.currency_code ?? null,
      email: order?.email ?? null,
      ...refundablePayment(order),
    }
    return new StepResponse(quote)
  }
)
