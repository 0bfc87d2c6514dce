import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelEventTicketWorkflow } from "../../../../../../workflows/event/workflows/cancel-event-ticket"
import { CancelTicketType } from "../../../../../utils/event-cancellation-validators"
import { ticketCancellationResponse } from "../../../../../utils/ticket-cancellation-response"

/** POST /admin/events/tickets/:id/cancel { confirm?, reason? } — staff cancel any ticket, refunded in full. */
export async function POST(req: AuthenticatedMedusaRequest<CancelTicketType>, res: MedusaResponse) {
  const { confirm, reason } = req.validatedBody
  const { result } = await cancelEventTicketWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, actor: { by: "staff" }, reason, confirm, now: new Date() },
  })
  res.json(ticketCancellationResponse(result, confirm))
}
