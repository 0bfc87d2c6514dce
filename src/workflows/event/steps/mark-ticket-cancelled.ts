import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { wordedConflict } from "../../utils/worded-conflict"

export const markTicketCancelledStepId = "mark-ticket-cancelled"

/**
 * Cancels the ticket if it is still valid (one conditional update: of two
 * cancellations at once, one goes through and the other hears it is already
 * cancelled): `refunded` with the amount, or `cancelled` when nothing is
 * refunded. Valid again if the workflow fails later.
 */
export const markTicketCancelledStep = createStep(
  markTicketCancelledStepId,
  async (input: { ticket_id: string; refund_amount: number; now: Date }, { container }) => {
    const cancelled = await container.resolve<EventModuleService>(EVENT_MODULE).cancelValidTicket({
      id: input.ticket_id,
      status: input.refund_amount > 0 ? "refunded" : "cancelled",
      refund_amount: input.refund_amount,
      now: new Date(input.now),
    })
    if (!cancelled) throw wordedConflict("ticket_conflict", "This ticket was cancelled a moment ago; nothing more was refunded.")
    return new StepResponse(cancelled, input.ticket_id)
  },
  async (ticketId, { container }) => {
    if (!ticketId) return
    await container
      .resolve<EventModuleService>(EVENT_MODULE)
      .updateEventTickets({ id: ticketId, status: "valid", refund_amount: null, cancelled_at: null })
  }
)
