import { Modules } from "@medusajs/framework/utils"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ticketCancelledNotification } from "../../../lib/events/event-change-notifications"
import { waitlistDate } from "../utils/date-offer"
import type { TicketCancellationQuote } from "./quote-ticket-cancellation"

export const notifyTicketCancelledStepId = "notify-ticket-cancelled"

/** Emails the buyer that the ticket is cancelled and what was refunded. Last step: nothing to undo. */
export const notifyTicketCancelledStep = createStep(
  notifyTicketCancelledStepId,
  async (input: { quote: TicketCancellationQuote; reason: string | null }, { container }) => {
    const { quote } = input
    if (!quote.email || !quote.order_id) return new StepResponse([])
    const date = await waitlistDate(container, quote.event_date_id)
    const notification = ticketCancelledNotification({
      ticket: { id: quote.ticket_id, attendee_name: quote.attendee_name },
      order: { id: quote.order_id, email: quote.email, currency_code: quote.currency_code ?? "" },
      date,
      refund_amount: quote.refund_amount,
      reason: input.reason,
    })
    return new StepResponse(await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications([notification]))
  }
)
