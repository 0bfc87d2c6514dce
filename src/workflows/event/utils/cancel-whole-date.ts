import type { MedusaContainer } from "@medusajs/framework/types"
import type { CancellationActor } from "../../booking/steps/quote-booking-cancellation"
import { cancelEventDateWorkflow } from "../workflows/cancel-event-date"
import { cancelEventTicketWorkflow } from "../workflows/cancel-event-ticket"

/**
 * Cancels a date and every ticket still valid on it, each refunded in full
 * and its buyer emailed. Safe to run twice: a second run finds the date
 * already cancelled and only the tickets a first run did not reach, so no
 * ticket is refunded twice.
 */
export async function cancelWholeEventDate(
  container: MedusaContainer,
  input: { event_date_id: string; actor: CancellationActor; reason: string }
) {
  const now = new Date()
  const { result } = await cancelEventDateWorkflow(container).run({ input: { ...input, now } })
  // Refunded per currency, in cents while adding up.
  const refundedCents = new Map<string, number>()
  for (const ticketId of result.ticket_ids) {
    const { result: quote } = await cancelEventTicketWorkflow(container).run({
      input: { ticket_id: ticketId, actor: { by: "staff" }, reason: input.reason, confirm: true, full_refund: true, now },
    })
    const currency = quote.currency_code ?? "none"
    refundedCents.set(currency, (refundedCents.get(currency) ?? 0) + Math.round(quote.refund_amount * 100))
  }
  return {
    event_date_id: input.event_date_id,
    status: "cancelled" as const,
    tickets_cancelled: result.ticket_ids.length,
    refunded: Object.fromEntries([...refundedCents].map(([currency, cents]) => [currency, cents / 100])),
    holds_released: result.released_holds,
    waitlist_told: result.waitlist_told,
  }
}
