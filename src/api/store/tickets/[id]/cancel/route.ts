import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelEventTicketWorkflow } from "../../../../../workflows/event/workflows/cancel-event-ticket"
import { CancelTicketType } from "../../../../utils/event-cancellation-validators"
import { ticketCancellationResponse } from "../../../../utils/ticket-cancellation-response"

/**
 * POST /store/tickets/:id/cancel { confirm?, reason? } — without confirm, what
 * cancelling this ticket would refund now under the event's policy; with
 * confirm: true, cancels it and refunds that ticket alone.
 */
export async function POST(req: AuthenticatedMedusaRequest<CancelTicketType>, res: MedusaResponse) {
  const { confirm, reason } = req.validatedBody
  const { result } = await cancelEventTicketWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      actor: { by: "customer", customer_id: req.auth_context.actor_id },
      reason,
      confirm,
      now: new Date(),
    },
  })
  res.json(ticketCancellationResponse(result, confirm))
}
