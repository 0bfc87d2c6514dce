import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkInTicketWorkflow } from "../../../../workflows/event/workflows/check-in-ticket"
import { CheckInTicketType } from "../validators"

/** POST /admin/events/check-in { code } — staff check in any event's ticket. */
export async function POST(req: AuthenticatedMedusaRequest<CheckInTicketType>, res: MedusaResponse) {
  const { result } = await checkInTicketWorkflow(req.scope).run({
    input: { code: req.validatedBody.code, by: { actor_type: "user", actor_id: req.auth_context.actor_id }, now: new Date() },
  })
  res.json({ ticket: result })
}
