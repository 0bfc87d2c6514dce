import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateEventTicketTypeWorkflow } from "../../../../../workflows/event/workflows/update-event-ticket-type"
import { VendorUpdateTicketTypeType } from "../../../../vendor/events/validators"

/** POST /admin/events/ticket-types/:id — staff change any ticket type's per-order limit, sale window or prices. */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateTicketTypeType>, res: MedusaResponse) {
  const { prices, ...update } = req.validatedBody
  const { result } = await updateEventTicketTypeWorkflow(req.scope).run({ input: { ticket_type_id: req.params.id, update, prices } })
  res.json({ ticket_type: result })
}
