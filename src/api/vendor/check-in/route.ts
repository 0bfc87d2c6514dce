import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkInTicketWorkflow } from "../../../workflows/event/workflows/check-in-ticket"
import { CheckInTicketType } from "../../admin/events/validators"

/** POST /vendor/check-in { code } — a host checks in a ticket to an event they host; any other is not found. */
export async function POST(req: AuthenticatedMedusaRequest<CheckInTicketType>, res: MedusaResponse) {
  const { result } = await checkInTicketWorkflow(req.scope).run({
    input: { code: req.validatedBody.code, by: { actor_type: "practitioner", actor_id: req.auth_context.actor_id }, now: new Date() },
  })
  res.json({ ticket: result })
}
