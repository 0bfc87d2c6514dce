import type { TicketCancellationQuote } from "../../workflows/event/steps/quote-ticket-cancellation"

/** How a ticket cancellation (or its quote) is answered: whether it happened, and the refund first. */
export function ticketCancellationResponse(quote: TicketCancellationQuote, confirmed: boolean) {
  return {
    cancelled: confirmed,
    ticket_id: quote.ticket_id,
    refund: {
      percent: quote.percent,
      amount: quote.refund_amount,
      currency_code: quote.currency_code,
      of_ticket_price: quote.ticket_price,
    },
  }
}
