import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelWholeEventDate } from "../../../../../../workflows/event/utils/cancel-whole-date"
import { CancelEventDateType } from "../../../../../utils/event-cancellation-validators"

/** POST /vendor/events/dates/:id/cancel { reason } — a host cancels a date of their own event (any other is not found). */
export async function POST(req: AuthenticatedMedusaRequest<CancelEventDateType>, res: MedusaResponse) {
  const result = await cancelWholeEventDate(req.scope, {
    event_date_id: req.params.id,
    actor: { by: "practitioner", practitioner_id: req.auth_context.actor_id },
    reason: req.validatedBody.reason,
  })
  res.json({ event_date_cancellation: result })
}
