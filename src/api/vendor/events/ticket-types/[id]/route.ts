import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateEventTicketTypeWorkflow } from "../../../../../workflows/event/workflows/update-event-ticket-type"
import { VendorUpdateTicketTypeType } from "../../validators"

/** POST /vendor/events/ticket-types/:id { per_order_limit?, sale_starts_at?, sale_ends_at?, prices? } — a host changes a ticket type of their own event. */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateTicketTypeType>, res: MedusaResponse) {
  const { prices, ...update } = req.validatedBody
  const { result } = await updateEventTicketTypeWorkflow(req.scope).run({
    input: { ticket_type_id: req.params.id, host_practitioner_id: req.auth_context.actor_id, update, prices },
  })
  res.json({ ticket_type: result })
}
